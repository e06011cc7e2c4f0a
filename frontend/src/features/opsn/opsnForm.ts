import { readOpsnInput, type FeeKind, type OpsnLegalForm, type OpsnServiceKind } from '@mutualis/domain/opsn/opsn';
import type { OpsnFieldsFragment, OpsnInput } from '../../gql/graphql';
import type { FieldErrors } from '../../shared/forms/useForm';

export type Opsn = OpsnFieldsFragment;

/** A service as its row of the form holds it: plain strings, '' when nothing is chosen. */
export type ServiceDraft = {
  /** Identifies the row while rows are added and removed. */
  rowKey: number;
  kind: OpsnServiceKind | '';
  label: string;
  feeKind: FeeKind | '';
  /** In euros as typed, e.g. "1,10". */
  amount: string;
  perDay: string;
};

export type OpsnFormValues = {
  name: string;
  legalForm: OpsnLegalForm | '';
  /** Codes separated by commas, e.g. "64, 40". */
  departments: string;
  website: string;
  services: ServiceDraft[];
};

let nextRowKey = 0;

export function newService(): ServiceDraft {
  return { rowKey: nextRowKey++, kind: '', label: '', feeKind: '', amount: '', perDay: '' };
}

/** Cents as decimal text back to euros as a French user types them: "110" → "1,10", "37.5" → "0,375". */
function centsToTypedEuros(cents: string): string {
  const [whole, decimals = ''] = cents.split('.');
  const digits = whole.padStart(3, '0');
  return `${digits.slice(0, -2)},${digits.slice(-2)}${decimals}`;
}

export function initialValues(opsn: Opsn | undefined): OpsnFormValues {
  if (!opsn) return { name: '', legalForm: '', departments: '', website: '', services: [] };
  return {
    name: opsn.name,
    legalForm: opsn.legalForm,
    departments: opsn.departments.join(', '),
    website: opsn.website ?? '',
    services: opsn.services.map((service) => ({
      ...newService(),
      kind: service.kind,
      label: service.label ?? '',
      feeKind: service.fee?.kind ?? '',
      amount: service.fee ? centsToTypedEuros(service.fee.amountCents) : '',
      perDay: service.fee?.perDayCents ? centsToTypedEuros(service.fee.perDayCents) : '',
    })),
  };
}

/** "64, 40" or "64 40" → ["64", "40"]; "7" → "07", as the server reads them. */
const departmentCodes = (typed: string) =>
  typed
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((code) => code.toUpperCase().padStart(2, '0'));

export function toOpsnInput(values: OpsnFormValues): OpsnInput {
  return {
    name: values.name.trim(),
    legalForm: values.legalForm as OpsnLegalForm,
    departments: departmentCodes(values.departments),
    website: values.website.trim() || null,
    services: values.services.map((service) => ({
      kind: service.kind as OpsnServiceKind,
      label: service.label.trim() || null,
      fee: service.feeKind
        ? { kind: service.feeKind, amount: service.amount, perDay: service.feeKind === 'BASE_PLUS_PER_DAY' ? service.perDay : null }
        : null,
    })),
  };
}

/**
 * The domain's own checks (those the server makes), plus what the form itself needs chosen.
 * Errors are keyed by the form's field paths, e.g. "services.0.amount".
 */
export function checkOpsnForm(values: OpsnFormValues): FieldErrors {
  const problems: { field: string; message: string }[] = [];
  if (!values.legalForm) problems.push({ field: 'legalForm', message: 'Choisissez la forme juridique.' });
  values.services.forEach((service, i) => {
    if (!service.kind) problems.push({ field: `services.${i}.kind`, message: `Service ${i + 1} : choisissez le service.` });
  });
  const { problems: read } = readOpsnInput(
    toOpsnInput({ ...values, legalForm: values.legalForm || 'SYNDICAT_MIXTE', services: values.services.map((s) => ({ ...s, kind: s.kind || 'OTHER' })) }),
  );
  const domainProblems = read
    // A row whose service is not chosen yet was checked as « Autre service »: only « choose it » applies.
    .filter((p) => {
      const row = /^services\.(\d+)\./.exec(p.field);
      return !row || values.services[Number(row[1])].kind !== '';
    });
  const byField = new Map<string, string>();
  for (const { field, message } of [...problems, ...domainProblems]) if (!byField.has(field)) byField.set(field, message);
  // In the order of the form, so that the summary reads from top to bottom.
  const order = [
    'name',
    'legalForm',
    'departments',
    'website',
    ...values.services.flatMap((_, i) => ['kind', 'label', 'amount', 'perDay'].map((name) => `services.${i}.${name}`)),
  ];
  return Object.fromEntries(order.flatMap((field) => (byField.has(field) ? [[field, byField.get(field)]] : [])));
}
