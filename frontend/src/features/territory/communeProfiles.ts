import { add, parseDecimal, type Ratio } from '@mutualis/domain/money';
import {
  applyFiguresDraft,
  displayFigure,
  FIGURE_FIELDS,
  type CommuneFigures,
  type FiguresDraft,
  type ProfileCommune,
  type ProfileProblem,
} from '@mutualis/domain/territory/commune-profile';
import { centsToEuros, formatFrenchNumber } from '@mutualis/domain/territory/numbers';
import type { CommuneProfileFieldsFragment, CommuneProfileInput, EpciDetailsQuery } from '../../gql/graphql';

export type Epci = EpciDetailsQuery['epci'];
export type Commune = Epci['communes'][number];
export type UsageMetric = Epci['usageMetrics'][number];

type FigureField = (typeof FIGURE_FIELDS)[number];
export type FigureKey = FigureField['key'];
/** A cell of the communes table: a figure, or a usage metric as `metrics.<key>`. */
export type CellKey = FigureKey | `metrics.${string}`;

export const metricCell = (metricKey: string): CellKey => `metrics.${metricKey}`;
const metricKeyOf = (key: CellKey): string | undefined => (key.startsWith('metrics.') ? key.slice('metrics.'.length) : undefined);

/** What the user changed in one commune's figures and has not saved yet, as typed. */
export interface RowDraft {
  readonly typed: Readonly<Partial<Record<CellKey, string>>>;
  readonly dgfBelowTotalConfirmed?: boolean;
}

/** A commune's row: its saved figures and, once changed, the draft and what the domain makes of it. */
export interface ProfileRow {
  readonly commune: Commune;
  readonly saved: CommuneFigures;
  readonly draft?: RowDraft;
  readonly checked?: { figures: CommuneFigures; problems: ProfileProblem[] };
}

export function savedFigures(profile: CommuneProfileFieldsFragment): CommuneFigures {
  return {
    populationDgf: profile.populationDgf ?? null,
    populationDgfYear: profile.populationDgfYear ?? null,
    dgfBelowTotalConfirmed: profile.dgfBelowTotalConfirmed,
    agentsEtp: profile.agentsEtp ?? null,
    agentsYear: profile.agentsYear ?? null,
    workstations: profile.workstations ?? null,
    phones: profile.phones ?? null,
    tablets: profile.tablets ?? null,
    devicesYear: profile.devicesYear ?? null,
    potentielFinancierCents: profile.potentielFinancierCents ?? null,
    potentielFinancierYear: profile.potentielFinancierYear ?? null,
    metrics: Object.fromEntries(profile.metrics.map((m) => [m.key, m.value])),
  };
}

const profileCommune = (commune: Commune): ProfileCommune => ({
  insee: commune.inseeCode,
  name: commune.name,
  populationMunicipale: commune.populationMunicipale,
  populationTotale: commune.populationTotale,
});

/** A cell's value as an input shows it: French decimal comma, no thousands separator. */
export function cellText(figures: CommuneFigures, key: CellKey): string {
  const metricKey = metricKeyOf(key);
  if (metricKey === undefined) return displayFigure(figures, key as FigureKey);
  return (figures.metrics[metricKey] ?? '').replace('.', ',');
}

function valueOf(figures: CommuneFigures, key: CellKey): string | number | null {
  const metricKey = metricKeyOf(key);
  return metricKey === undefined ? (figures[key as FigureKey] as string | number | null) : (figures.metrics[metricKey] ?? null);
}

/** What a column sorts by; empty cells first. */
export const sortValue = (figures: CommuneFigures, key: CellKey): number => Number(valueOf(figures, key) ?? -1);

/** A cell's value as text to read: thousands grouped, years left alone. */
export function readableCell(figures: CommuneFigures, key: CellKey): string {
  const field = FIGURE_FIELDS.find((f) => f.key === key);
  const value = valueOf(figures, key);
  if (value === null) return '';
  if (field?.kind === 'year') return String(value);
  if (field?.kind === 'euros') return formatFrenchNumber(centsToEuros(value as number));
  return formatFrenchNumber(String(value));
}

/** The draft in the domain's terms; values of a metric removed meanwhile are dropped. */
function toFiguresDraft(draft: RowDraft, metrics: readonly UsageMetric[]): FiguresDraft {
  const figures: NonNullable<FiguresDraft['figures']> = {};
  const metricValues: Record<string, string> = {};
  for (const [key, text] of Object.entries(draft.typed) as [CellKey, string][]) {
    const metricKey = metricKeyOf(key);
    if (metricKey === undefined) figures[key as FigureKey] = text;
    else if (metrics.some((m) => m.key === metricKey)) metricValues[metricKey] = text;
  }
  return { figures, metrics: metricValues, dgfBelowTotalConfirmed: draft.dgfBelowTotalConfirmed };
}

/** The same check the server makes, so that problems show while typing. */
export function checkRow(row: Pick<ProfileRow, 'commune' | 'saved'>, draft: RowDraft, metrics: readonly UsageMetric[]) {
  const definitions = metrics.map(({ key, label, referenceYear }) => ({ key, label, referenceYear: referenceYear ?? null }));
  return applyFiguresDraft(profileCommune(row.commune), row.saved, toFiguresDraft(draft, metrics), definitions);
}

/** A problem as its cell shows it: the cell already says which commune. */
export function cellProblem(problems: readonly ProfileProblem[] | undefined, key: CellKey): string | undefined {
  return problems?.find((p) => p.field === key)?.detail;
}

// The API names the money field in euros, as typed; the domain keeps cents.
const inputField = (key: FigureKey) => (key === 'potentielFinancierCents' ? 'potentielFinancier' : key);

/** One row of the save: only the changed figures, and the revision the user saw. */
export function toProfileInput(commune: Commune, draft: RowDraft, metrics: readonly UsageMetric[]): CommuneProfileInput {
  const { figures = {}, metrics: metricValues = {} } = toFiguresDraft(draft, metrics);
  const input: CommuneProfileInput = { communeId: commune.id, expectedRevision: commune.profile.revision };
  for (const [key, text] of Object.entries(figures) as [FigureKey, string][]) input[inputField(key)] = text;
  const typedMetrics = Object.entries(metricValues).map(([key, value]) => ({ key, value: String(value) }));
  if (typedMetrics.length > 0) input.metrics = typedMetrics;
  if (draft.dgfBelowTotalConfirmed !== undefined) input.dgfBelowTotalConfirmed = draft.dgfBelowTotalConfirmed;
  return input;
}

/** Exact sum of decimal texts or numbers (nulls skipped), as decimal text; undefined when there is none. */
function sumOf(values: readonly (string | number | null)[], scale = 1n): string | undefined {
  let total: Ratio | undefined;
  for (const value of values) {
    const read = value === null ? null : parseDecimal(value);
    if (read) total = total ? add(total, read) : read;
  }
  if (!total) return undefined;
  const den = total.den * scale;
  const places = den.toString().length - 1; // decimal figures: the denominator is a power of ten
  const digits = total.num.toString().padStart(places + 1, '0');
  return places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** "361.0" → "361", "12.50" → "12.5": figures other than money show no trailing zeros. */
const withoutTrailingZeros = (decimal: string) => (decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal);

/** Totals of the columns whose sum means something: counts, ETP, euros and usage metrics, not years. */
export function totalsOf(figures: readonly CommuneFigures[], metrics: readonly UsageMetric[]): Partial<Record<CellKey, string>> {
  const totals: Partial<Record<CellKey, string>> = {};
  const put = (key: CellKey, sum: string | undefined) => {
    if (sum !== undefined) totals[key] = formatFrenchNumber(key === 'potentielFinancierCents' ? sum : withoutTrailingZeros(sum));
  };
  for (const field of FIGURE_FIELDS) {
    if (field.kind === 'year') continue;
    const values = figures.map((f) => valueOf(f, field.key));
    put(field.key, field.kind === 'euros' ? sumOf(values, 100n) : sumOf(values));
  }
  for (const metric of metrics) put(metricCell(metric.key), sumOf(figures.map((f) => valueOf(f, metricCell(metric.key)))));
  return totals;
}
