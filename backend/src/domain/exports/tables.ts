/**
 * The tables the office files show, built once from the costing engine's output so that the
 * workbook, the CSV and the report say the same thing to the cent. Money cells hold integer cents;
 * the writers turn them into euros.
 */
import { POPULATION_LABELS } from '../costing/figures.js';
import type { Action, AllocationKey, CommuneProfile, PriceComponent } from '../costing/types.js';
import { ACTION_KIND_LABELS } from '../scheme/action.js';
import { describeRule } from '../scheme/describe-action.js';
import { DEVICE_CHOICE_LABELS, PAYMENT_LABELS } from '../scheme/labels.js';
import { toCostingAction } from '../scheme/to-costing.js';
import { operatingSavingCents } from '../costing/savings.js';
import { communesInScope, decimalNumber, profilesInScope, yearsOf, type ExportSubject } from './export-subject.js';

export type ColumnKind = 'text' | 'euros' | 'integer' | 'decimal';

export interface TableColumn {
  header: string;
  kind: ColumnKind;
  /** The total row sums this column (a formula in the workbook). */
  summed?: boolean;
}

/** Euros columns hold integer cents; decimal columns numbers. */
export type Cell = string | number | null;

export interface Table {
  columns: TableColumn[];
  rows: Cell[][];
  /** The last row: its label first, the sum of each summed column, given figures elsewhere. */
  total: Cell[] | null;
}

const EPCI_PAYER = 'Intercommunalité';
const MANDATE_LABEL = 'Mandat';

const euros = (header: string): TableColumn => ({ header, kind: 'euros', summed: true });
const etp = (header: string): TableColumn => ({ header, kind: 'decimal' });
/** ETP are stocks of decimal figures: summed in millionths so that 0.1 + 0.2 stays 0.3. */
const sumEtp = (values: readonly number[]) => Math.round(values.reduce((sum, v) => sum + v * 1e6, 0)) / 1e6;

/** Sums each summed column of `rows` into `total`, whose other cells are kept. */
function withSums(columns: readonly TableColumn[], rows: readonly Cell[][], total: Cell[]): Cell[] {
  return columns.map((column, i) => (column.summed ? rows.reduce<number>((sum, row) => sum + Number(row[i] ?? 0), 0) : total[i]));
}

/**
 * The summary: for the whole scheme, each year's cost for the EPCI and the communes, the
 * communes' savings and the impact statement (ETP and operating expenses); for one commune,
 * its own figures year by year.
 */
export function summaryTable(subject: ExportSubject): Table {
  const { costing } = subject.content;
  if (subject.scope.kind === 'COMMUNE') {
    const [commune] = communesInScope(subject);
    const columns: TableColumn[] = [
      { header: 'Année', kind: 'text' },
      euros('Coût du schéma (€)'),
      euros('Situation actuelle (€)'),
      euros('Économie (€)'),
      { header: 'Coût par habitant (€)', kind: 'euros' },
      euros('Déduction de l’AC (€)'),
      etp('Variation des effectifs (ETP)'),
      euros('Économie sur les dépenses de fonctionnement (€)'),
    ];
    const row = (label: string, f: (typeof commune)['mandate']): Cell[] => [
      label,
      f.schemeCents,
      f.statusQuoCents,
      f.savingCents,
      f.costPerInhabitantCents,
      f.acDeductionCents,
      f.impact.etpChange,
      operatingSavingCents(f.impact),
    ];
    const rows = commune.years.map((y) => row(String(y.year), y));
    return { columns, rows, total: withSums(columns, rows, row(MANDATE_LABEL, commune.mandate)) };
  }
  const columns: TableColumn[] = [
    { header: 'Année', kind: 'text' },
    euros('Intercommunalité (€)'),
    euros('Communes (€)'),
    euros('Total (€)'),
    euros('Situation actuelle des communes (€)'),
    euros('Économies des communes (€)'),
    euros('Déductions de l’AC (€)'),
    etp('Effectifs de l’intercommunalité (ETP)'),
    euros('Économie sur les dépenses de fonctionnement de l’intercommunalité (€)'),
    etp('Effectifs des communes (ETP)'),
    euros('Économie sur les dépenses de fonctionnement des communes (€)'),
  ];
  const communesOf = (pick: (f: (typeof costing.communes)[number]['mandate']) => number, year: number | null) =>
    costing.communes.reduce((sum, c) => sum + pick(year === null ? c.mandate : c.years.find((y) => y.year === year)!), 0);
  const etpOf = (year: number | null) => sumEtp(costing.communes.map((c) => (year === null ? c.mandate : c.years.find((y) => y.year === year)!).impact.etpChange));
  const row = (label: string, year: number | null): Cell[] => {
    const totals = year === null ? costing.totals.mandate : costing.totals.years.find((t) => t.year === year)!;
    const epci = year === null ? costing.epci.mandate : costing.epci.years.find((e) => e.year === year)!;
    return [
      label,
      totals.epciCents,
      totals.communesCents,
      totals.totalCents,
      communesOf((f) => f.statusQuoCents, year),
      communesOf((f) => f.savingCents, year),
      communesOf((f) => f.acDeductionCents, year),
      epci.impact.etpChange,
      operatingSavingCents(epci.impact),
      etpOf(year),
      communesOf((f) => operatingSavingCents(f.impact), year),
    ];
  };
  const rows = yearsOf(costing.mandate).map((year) => row(String(year), year));
  return { columns, rows, total: withSums(columns, rows, row(MANDATE_LABEL, null)) };
}

const PER_COMMUNE_FIGURES = ['Coût du schéma', 'Situation actuelle', 'Économie', 'Coût par habitant', 'Déduction de l’AC'] as const;

/** Rows communes, columns years then the mandate: scheme cost, status quo, saving, € per inhabitant, AC deduction. */
export function communeTable(subject: ExportSubject): Table {
  const { costing } = subject.content;
  const periods = [...yearsOf(costing.mandate).map(String), MANDATE_LABEL];
  const columns: TableColumn[] = [
    { header: 'Code INSEE', kind: 'text' },
    { header: 'Commune', kind: 'text' },
    { header: 'Population municipale', kind: 'integer', summed: true },
    ...periods.flatMap((period) =>
      PER_COMMUNE_FIGURES.map((figure): TableColumn => ({ header: `${period} – ${figure} (€)`, kind: 'euros', summed: figure !== 'Coût par habitant' })),
    ),
  ];
  const population = new Map(subject.content.communes.map((c) => [c.insee, c.population.municipale]));
  const rows = communesInScope(subject).map((commune): Cell[] => [
    commune.insee,
    commune.name,
    population.get(commune.insee) ?? null,
    ...[...commune.years, commune.mandate].flatMap((f) => [f.schemeCents, f.statusQuoCents, f.savingCents, f.costPerInhabitantCents, f.acDeductionCents]),
  ]);
  return { columns, rows, total: withSums(columns, rows, columns.map((_, i) => (i === 0 ? 'Total' : null))) };
}

/** The communes' figures the costing used, as frozen with the version (or current, for the draft). */
export function communeFiguresTable(subject: ExportSubject): Table {
  const profiles = profilesInScope(subject);
  const metrics = [...new Set(profiles.flatMap((p) => Object.keys(p.usage ?? {})))].sort();
  const columns: TableColumn[] = [
    { header: 'Code INSEE', kind: 'text' },
    { header: 'Commune', kind: 'text' },
    { header: 'Population municipale', kind: 'integer' },
    { header: 'Population totale', kind: 'integer' },
    { header: 'Population DGF', kind: 'integer' },
    { header: 'Agents (ETP)', kind: 'decimal' },
    { header: 'Postes de travail', kind: 'integer' },
    { header: 'Téléphones', kind: 'integer' },
    { header: 'Tablettes', kind: 'integer' },
    { header: 'Potentiel financier (€)', kind: 'euros' },
    ...metrics.map((key): TableColumn => ({ header: capitalise(subject.metricLabels.get(key) ?? key), kind: 'decimal' })),
  ];
  const rows = profiles.map((p): Cell[] => [
    p.insee,
    p.name,
    p.population.municipale,
    p.population.totale,
    p.population.dgf ?? null,
    decimalNumber(p.agentsEtp),
    p.devices?.workstations ?? null,
    p.devices?.phones ?? null,
    p.devices?.tablets ?? null,
    p.potentielFinancierCents ?? null,
    ...metrics.map((key) => decimalNumber(p.usage?.[key])),
  ]);
  return { columns, rows, total: null };
}

/** A figure a key or a price reads from each participant. */
interface UsedFigure {
  header: string;
  kind: ColumnKind;
  value: (commune: CommuneProfile, usage: Record<string, string | number> | undefined) => Cell;
}

function keyFigures(key: AllocationKey, metricLabel: (key: string) => string): UsedFigure[] {
  switch (key.kind) {
    case 'population':
      return [populationFigure(key.population)];
    case 'agents':
      return [{ header: 'Agents (ETP)', kind: 'decimal', value: (c) => decimalNumber(c.agentsEtp) }];
    case 'devices':
      return key.devices.map((d) => ({ header: DEVICE_CHOICE_LABELS[d], kind: 'integer', value: (c) => c.devices?.[d] ?? null }));
    case 'potentielFinancier':
      return [{ header: 'Potentiel financier (€)', kind: 'euros', value: (c) => c.potentielFinancierCents ?? null }];
    case 'usage':
      return [usageFigure(key.metric, capitalise(key.unitLabel || metricLabel(key.metric)))];
    case 'composite':
      return key.parts.flatMap((part) => keyFigures(part.key, metricLabel));
    case 'equal':
    case 'percentages':
      return [];
  }
}

function priceFigures(price: PriceComponent): UsedFigure[] {
  switch (price.kind) {
    case 'perInhabitant':
    case 'bands':
      return [populationFigure(price.population)];
    case 'perUnit':
      return [usageFigure(price.metric, capitalise(price.unitLabel))];
    case 'flat':
      return [];
  }
}

const populationFigure = (kind: keyof typeof POPULATION_LABELS): UsedFigure => ({
  header: capitalise(POPULATION_LABELS[kind]),
  kind: 'integer',
  value: (c) => c.population[kind] ?? null,
});

const usageFigure = (metric: string, header: string): UsedFigure => ({
  header,
  kind: 'decimal',
  value: (c, usage) => decimalNumber(usage?.[metric] ?? c.usage?.[metric]),
});

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The figures an action's sharing rule reads, one column each (a figure named twice is shown once). */
function figuresUsed(action: Action, metricLabel: (key: string) => string): UsedFigure[] {
  const figures = action.allocation.kind === 'tariff' ? action.allocation.price.flatMap(priceFigures) : keyFigures(action.allocation.key, metricLabel);
  return figures.filter((figure, i) => figures.findIndex((f) => f.header === figure.header) === i);
}

/** The sharing rule as the engine applies it (kinds that set their own rule included), in words. */
export const ruleInWords = (action: Action, names: ReadonlyMap<string, string>) => describeRule(action.allocation, (insee) => names.get(insee) ?? insee);

export interface ActionSheet {
  actionId: string;
  /** 1-based, in the scheme's order. */
  position: number;
  title: string;
  instrument: string;
  /** The sharing rule in words, as the engine applies it (kinds that set their own rule included). */
  rule: string;
  table: Table;
}

/**
 * One table per action: each year, each share (the EPCI's, then each participant's) with the
 * figures its key used and its explanation. A commune's part keeps only that commune's rows and
 * the actions it takes part in. Built one action at a time, as the writer asks for them, so that
 * a large scheme never holds every share's row at once nor builds them all in one go.
 */
export function* actionSheets(subject: ExportSubject): Generator<ActionSheet> {
  const { content, scope } = subject;
  const profiles = new Map(content.communes.map((c) => [c.insee, c]));
  const names = new Map(content.communes.map((c) => [c.insee, c.name]));
  const costings = new Map(content.costing.actions.map((a) => [a.actionId, a]));
  const metricLabel = (key: string) => subject.metricLabels.get(key) ?? key;
  for (const [index, action] of content.actions.entries()) {
    const costing = costings.get(action.id);
    if (!costing) continue;
    if (scope.kind === 'COMMUNE' && !action.participants.some((p) => p.insee === scope.insee)) continue;
    const engineAction = toCostingAction(action, profiles);
    const usage = new Map(engineAction.participants.map((p) => [p.insee, p.usage]));
    const figures = figuresUsed(engineAction, metricLabel);
    const columns: TableColumn[] = [
      { header: 'Année', kind: 'text' },
      { header: 'Code INSEE', kind: 'text' },
      { header: 'Payeur', kind: 'text' },
      { header: 'Paiement', kind: 'text' },
      ...figures.map(({ header, kind }) => ({ header, kind })),
      euros('Part (€)'),
      euros('dont fonctionnement (€)'),
      euros('dont investissement (€)'),
      { header: 'Explication', kind: 'text' },
    ];
    const rows = costing.years.flatMap((year) =>
      year.shares
        .filter((share) => scope.kind === 'WHOLE' || (share.payer.kind === 'COMMUNE' && share.payer.insee === scope.insee))
        .map((share): Cell[] => {
          const insee = share.payer.kind === 'COMMUNE' ? share.payer.insee : null;
          const commune = insee ? profiles.get(insee) : undefined;
          return [
            String(year.year),
            insee ?? '',
            insee ? (names.get(insee) ?? insee) : EPCI_PAYER,
            share.payment ? PAYMENT_LABELS[share.payment] : '',
            ...figures.map((f) => (commune ? f.value(commune, usage.get(commune.insee)) : null)),
            share.cents,
            share.operatingCents,
            share.investmentCents,
            share.explanation,
          ];
        }),
    );
    yield {
      actionId: action.id,
      position: index + 1,
      title: action.title,
      instrument: ACTION_KIND_LABELS[action.kind],
      rule: ruleInWords(engineAction, names),
      table: { columns, rows, total: withSums(columns, rows, columns.map((_, i) => (i === 0 ? 'Total' : null))) },
    };
  }
}
