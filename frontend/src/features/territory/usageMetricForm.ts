import type { UsageMetricInput } from '../../gql/graphql';
import { checkRequired } from '../../shared/forms/validators';

/** A usage metric as its forms hold it: plain strings. */
export type UsageMetricFormValues = {
  label: string;
  referenceYear: string;
};

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

export function checkUsageMetric({ label, referenceYear }: UsageMetricFormValues) {
  const year = referenceYear.trim();
  const validYear = year === '' || (/^\d{4}$/.test(year) && Number(year) >= FIRST_YEAR && Number(year) <= LAST_YEAR);
  return {
    label: checkRequired(label, 'Saisissez le nom de la métrique.'),
    referenceYear: validYear ? undefined : `L'année de référence est une année entre ${FIRST_YEAR} et ${LAST_YEAR}, ou rien.`,
  };
}

export function toUsageMetricInput({ label, referenceYear }: UsageMetricFormValues): UsageMetricInput {
  return { label: label.trim(), referenceYear: referenceYear.trim() ? Number(referenceYear.trim()) : null };
}
