import type { CommuneProfile as CostingCommune } from '../costing/types.js';
import { ofName } from '../text.js';
import { centsToEuros, eurosToCents, formatFrenchNumber, readFrenchNumber } from './numbers.js';

/**
 * A commune's profile: the figures allocation keys are computed from, each with its reference
 * year. Populations municipale and totale come from the official data; everything here is
 * entered by the EPCI's drafters and administrators.
 */
export interface CommuneFigures {
  /** Population DGF: totale + 1 per second home + caravan pitches; not in open data. */
  populationDgf: number | null;
  populationDgfYear: number | null;
  /** Set when a population DGF below the population totale is known to be right. */
  dgfBelowTotalConfirmed: boolean;
  /** Agents in full-time equivalents (ETP), decimal text. */
  agentsEtp: string | null;
  agentsYear: number | null;
  workstations: number | null;
  phones: number | null;
  tablets: number | null;
  devicesYear: number | null;
  potentielFinancierCents: number | null;
  potentielFinancierYear: number | null;
  /** Usage metrics defined by the EPCI (métriques d'usage), decimal text by metric key. */
  metrics: Record<string, string>;
}

/** A usage metric the EPCI defines once and fills in for every commune. */
export interface UsageMetricDefinition {
  key: string;
  /** Plural French name, e.g. "dossiers ADS par an", "jours de DPO". */
  label: string;
  referenceYear: number | null;
}

export interface ProfileCommune {
  insee: string;
  name: string;
  populationMunicipale: number;
  populationTotale: number;
}

type FigureKey = Exclude<keyof CommuneFigures, 'metrics' | 'dgfBelowTotalConfirmed'>;
type FigureKind = 'count' | 'decimal' | 'euros' | 'year';

interface FigureField {
  key: FigureKey;
  label: string;
  kind: FigureKind;
}

/** The entered figures, in the order the table and the CSV file show them. */
export const FIGURE_FIELDS: readonly FigureField[] = [
  { key: 'populationDgf', label: 'Population DGF', kind: 'count' },
  { key: 'populationDgfYear', label: 'Année population DGF', kind: 'year' },
  { key: 'agentsEtp', label: 'Agents (ETP)', kind: 'decimal' },
  { key: 'agentsYear', label: 'Année agents', kind: 'year' },
  { key: 'workstations', label: 'Postes de travail', kind: 'count' },
  { key: 'phones', label: 'Téléphones', kind: 'count' },
  { key: 'tablets', label: 'Tablettes', kind: 'count' },
  { key: 'devicesYear', label: 'Année équipements', kind: 'year' },
  { key: 'potentielFinancierCents', label: 'Potentiel financier (€)', kind: 'euros' },
  { key: 'potentielFinancierYear', label: 'Année potentiel financier', kind: 'year' },
];

export const DGF_CONFIRMATION_LABEL = 'DGF inférieure confirmée';

const LIMITS: Record<FigureKind, { decimals: number; max: number }> = {
  count: { decimals: 0, max: 10_000_000 },
  decimal: { decimals: 2, max: 1_000_000 },
  euros: { decimals: 2, max: 100_000_000_000 },
  year: { decimals: 0, max: 2100 },
};
const METRIC_LIMIT = { decimals: 3, max: 1_000_000_000_000 };
const FIRST_YEAR = 2000;

export const EMPTY_FIGURES: CommuneFigures = {
  populationDgf: null,
  populationDgfYear: null,
  dgfBelowTotalConfirmed: false,
  agentsEtp: null,
  agentsYear: null,
  workstations: null,
  phones: null,
  tablets: null,
  devicesYear: null,
  potentielFinancierCents: null,
  potentielFinancierYear: null,
  metrics: {},
};

/** A figure as typed: a number, text as French users write it, or nothing (empty). */
export type TypedFigure = string | number | null;

/** What a user submits for one commune: any subset of figures; what is absent stays as it is. */
export interface FiguresDraft {
  figures?: Partial<Record<FigureKey, TypedFigure>>;
  dgfBelowTotalConfirmed?: boolean;
  metrics?: Record<string, TypedFigure>;
}

export interface ProfileProblem {
  insee: string;
  field: string;
  /** French, naming the commune and the field. */
  message: string;
  /** The same without the commune, for a cell of that commune's row. */
  detail: string;
}

const isBlank = (typed: TypedFigure | undefined): typed is null | undefined | '' =>
  typed === null || typed === undefined || (typeof typed === 'string' && typed.trim() === '');

function readFigure(kind: FigureKind, typed: TypedFigure): { value: number | string } | { problem: string } {
  if (typed === null) throw new Error('blank figures are handled by the caller');
  const { decimals, max } = LIMITS[kind];
  const reading = readFrenchNumber(typed, decimals, max);
  if (!reading.ok) return { problem: reading.problem };
  if (kind === 'decimal') return { value: reading.value };
  if (kind === 'euros') return { value: eurosToCents(reading.value) };
  const whole = Number(reading.value);
  if (kind === 'year' && whole < FIRST_YEAR) return { problem: `« ${typed} » : une année entre ${FIRST_YEAR} et 2100 est attendue.` };
  return { value: whole };
}

/**
 * Applies a draft to a commune's current figures and checks the result: no negative values,
 * whole numbers for counts and years, at most 2 decimals for ETP and euros, population DGF at
 * least the population totale unless confirmed. Problems name the commune and the field.
 */
export function applyFiguresDraft(
  commune: ProfileCommune,
  current: CommuneFigures,
  draft: FiguresDraft,
  metrics: readonly UsageMetricDefinition[],
): { figures: CommuneFigures; problems: ProfileProblem[] } {
  const problems: ProfileProblem[] = [];
  const where = `Commune ${ofName(commune.name)} (${commune.insee})`;
  const problem = (field: string, detail: string) => problems.push({ insee: commune.insee, field, detail, message: `${where} — ${detail}` });
  const figures: CommuneFigures = { ...current, metrics: { ...current.metrics } };
  for (const field of FIGURE_FIELDS) {
    const typed = draft.figures?.[field.key];
    if (typed === undefined) continue;
    if (isBlank(typed)) {
      figures[field.key] = null as never;
      continue;
    }
    const read = readFigure(field.kind, typed);
    if ('problem' in read) problem(field.key, `${field.label} : ${read.problem}`);
    else figures[field.key] = read.value as never;
  }
  for (const [key, typed] of Object.entries(draft.metrics ?? {})) {
    const metric = metrics.find((m) => m.key === key);
    if (!metric) {
      problem(`metrics.${key}`, `la métrique « ${key} » n'est pas définie.`);
      continue;
    }
    if (isBlank(typed)) {
      delete figures.metrics[key];
      continue;
    }
    const reading = readFrenchNumber(typed, METRIC_LIMIT.decimals, METRIC_LIMIT.max);
    if (reading.ok) figures.metrics[key] = reading.value;
    else problem(`metrics.${key}`, `${capitalise(metric.label)} : ${reading.problem}`);
  }
  if (draft.dgfBelowTotalConfirmed !== undefined) figures.dgfBelowTotalConfirmed = draft.dgfBelowTotalConfirmed;
  if (figures.populationDgf !== null && figures.populationDgf < commune.populationTotale && !figures.dgfBelowTotalConfirmed) {
    problem(
      'populationDgf',
      `Population DGF : ${formatFrenchNumber(String(figures.populationDgf))} est inférieure à la population totale ` +
        `(${formatFrenchNumber(String(commune.populationTotale))}) ; cochez « ${DGF_CONFIRMATION_LABEL} » si c'est exact.`,
    );
  }
  return { figures, problems };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A figure as the table and the CSV file show it: French decimal writing, euros for money. */
export function displayFigure(figures: CommuneFigures, key: FigureKey): string {
  const value = figures[key];
  if (value === null) return '';
  if (key === 'potentielFinancierCents') return centsToEuros(value as number).replace('.', ',');
  return String(value).replace('.', ',');
}

/** The figures the costing engine reads, from the official populations and the entered profile. */
export function toCostingCommune(commune: ProfileCommune, figures: CommuneFigures): CostingCommune {
  const devices: CostingCommune['devices'] = {};
  if (figures.workstations !== null) devices.workstations = figures.workstations;
  if (figures.phones !== null) devices.phones = figures.phones;
  if (figures.tablets !== null) devices.tablets = figures.tablets;
  return {
    insee: commune.insee,
    name: commune.name,
    population: {
      municipale: commune.populationMunicipale,
      totale: commune.populationTotale,
      ...(figures.populationDgf !== null ? { dgf: figures.populationDgf } : {}),
    },
    ...(figures.agentsEtp !== null ? { agentsEtp: figures.agentsEtp } : {}),
    devices,
    ...(figures.potentielFinancierCents !== null ? { potentielFinancierCents: figures.potentielFinancierCents } : {}),
    usage: { ...figures.metrics },
  };
}

/** A metric's stable key from its label: "Dossiers ADS par an" → "dossiers_ads_par_an". */
export function metricKeyFor(label: string, taken: readonly string[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 40) || 'metrique';
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}_${n}`;
  return key;
}
