import { CsvError, formatCsv, parseCsv } from '../csv.js';
import { searchKey } from '../text.js';
import {
  DGF_CONFIRMATION_LABEL,
  FIGURE_FIELDS,
  applyFiguresDraft,
  displayFigure,
  type CommuneFigures,
  type FiguresDraft,
  type ProfileCommune,
  type UsageMetricDefinition,
} from './commune-profile.js';

/**
 * The communes' profiles as a spreadsheet: exported with one row per commune, and imported back
 * (edited in Excel or LibreOffice, or pasted) matching rows by INSEE code. A column left out of
 * the file leaves that figure as it is; an empty cell empties it.
 */
export interface ProfileRow {
  commune: ProfileCommune;
  figures: CommuneFigures;
}

type Column =
  | { kind: 'insee' }
  | { kind: 'ignored' }
  /** Official figures, shown for reference and ignored on import. */
  | { kind: 'readOnly'; value: (commune: ProfileCommune) => string }
  | { kind: 'figure'; field: (typeof FIGURE_FIELDS)[number] }
  | { kind: 'confirmation' }
  | { kind: 'metric'; metric: UsageMetricDefinition };

const INSEE_HEADER = 'Code INSEE';
const READ_ONLY_COLUMNS: { header: string; column: Column }[] = [
  { header: 'Commune', column: { kind: 'readOnly', value: (c) => c.name } },
  { header: 'Population municipale', column: { kind: 'readOnly', value: (c) => String(c.populationMunicipale) } },
  { header: 'Population totale', column: { kind: 'readOnly', value: (c) => String(c.populationTotale) } },
];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const yesNo = (value: boolean) => (value ? 'oui' : 'non');

/** The columns in file order, each with its header. */
function columnsOf(metrics: readonly UsageMetricDefinition[]): { header: string; column: Column }[] {
  const figures = FIGURE_FIELDS.flatMap((field) => {
    const column = { header: field.label, column: { kind: 'figure', field } as Column };
    return field.key === 'populationDgfYear'
      ? [column, { header: DGF_CONFIRMATION_LABEL, column: { kind: 'confirmation' } as Column }]
      : [column];
  });
  return [
    { header: INSEE_HEADER, column: { kind: 'insee' } },
    ...READ_ONLY_COLUMNS,
    ...figures,
    ...metrics.map((metric) => ({ header: capitalise(metric.label), column: { kind: 'metric', metric } as Column })),
  ];
}

export function writeProfilesCsv(rows: readonly ProfileRow[], metrics: readonly UsageMetricDefinition[]): string {
  const columns = columnsOf(metrics);
  const cell = ({ commune, figures }: ProfileRow, column: Column): string => {
    switch (column.kind) {
      case 'insee':
        return commune.insee;
      case 'ignored':
        return '';
      case 'readOnly':
        return column.value(commune);
      case 'figure':
        return displayFigure(figures, column.field.key);
      case 'confirmation':
        return yesNo(figures.dgfBelowTotalConfirmed);
      case 'metric':
        return (figures.metrics[column.metric.key] ?? '').replace('.', ',');
    }
  };
  return formatCsv([columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => cell(row, c.column)))]);
}

export interface ProfileChange {
  insee: string;
  communeName: string;
  field: string;
  fieldLabel: string;
  /** As the table shows them, French decimal writing; empty when there is no value. */
  before: string;
  after: string;
}

export interface ProfilesImportPlan {
  rowsRead: number;
  /** Every figure that would change, commune by commune, in file order. */
  changes: ProfileChange[];
  /** The communes' figures after the import, for the communes that change. */
  updates: { insee: string; figures: CommuneFigures }[];
  /** When there is any, the file is refused as a whole. */
  problems: { line: number; message: string }[];
}

// Column names people or other tools may use besides ours (CODGEO is INSEE's own).
const INSEE_ALIASES = ['code insee', 'insee', 'code commune', 'codgeo', 'code officiel geographique'];

function matchHeader(header: string, columns: readonly { header: string; column: Column }[]): Column | null {
  const key = searchKey(header);
  if (INSEE_ALIASES.includes(key)) return { kind: 'insee' };
  for (const { header: known, column } of columns) {
    if (searchKey(known) === key) return column;
    if (column.kind === 'metric' && searchKey(column.metric.key) === key) return column;
  }
  return null;
}

const YES = ['oui', 'o', 'vrai', 'x', '1', 'yes', 'true'];
const NO = ['non', 'n', 'faux', '0', 'no', 'false', ''];

/** An INSEE code as typed; a spreadsheet may have dropped the leading zero (1004 for 01004). */
const normaliseInsee = (typed: string) => {
  const code = typed.trim().toUpperCase();
  return /^\d{4}$/.test(code) ? `0${code}` : code;
};

/**
 * Reads a file against the communes' current figures and says what importing it would change,
 * or why it is refused (with line numbers). Pure: the preview and the import use the same plan.
 */
export function planProfilesImport(
  text: string,
  current: readonly ProfileRow[],
  metrics: readonly UsageMetricDefinition[],
): ProfilesImportPlan {
  const refused = (problems: ProfilesImportPlan['problems']): ProfilesImportPlan => ({ rowsRead: 0, changes: [], updates: [], problems });
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return refused([{ line: error.line, message: error.message }]);
    throw error;
  }
  if (records.length === 0) return refused([{ line: 1, message: 'Ligne 1 : le fichier est vide.' }]);
  const [header, ...rows] = records;
  const known = columnsOf(metrics);
  const problems: ProfilesImportPlan['problems'] = [];
  const columns = header.cells.map((name) => {
    const column = matchHeader(name, known);
    if (!column && name.trim() !== '') {
      problems.push({ line: header.line, message: `Ligne ${header.line} : colonne « ${name.trim()} » inconnue.` });
    }
    return column ?? { kind: 'ignored' as const };
  });
  const inseeColumn = columns.findIndex((c) => c.kind === 'insee');
  if (inseeColumn < 0) problems.push({ line: header.line, message: `Ligne ${header.line} : la colonne « ${INSEE_HEADER} » est obligatoire.` });
  const seenHeaders = new Set<string>();
  header.cells.forEach((name) => {
    const key = name.trim() === '' ? null : searchKey(name);
    if (key && seenHeaders.has(key)) problems.push({ line: header.line, message: `Ligne ${header.line} : colonne « ${name.trim()} » en double.` });
    if (key) seenHeaders.add(key);
  });
  if (problems.length > 0) return refused(problems);

  const byInsee = new Map(current.map((row) => [row.commune.insee, row]));
  const seenLines = new Map<string, number>();
  const changes: ProfileChange[] = [];
  const updates: ProfilesImportPlan['updates'] = [];
  for (const { line, cells } of rows) {
    const at = `Ligne ${line}`;
    if (cells.length !== columns.length) {
      problems.push({ line, message: `${at} : ${cells.length} cellules au lieu de ${columns.length}.` });
      continue;
    }
    const insee = normaliseInsee(cells[inseeColumn]);
    const row = byInsee.get(insee);
    if (!row) {
      problems.push({ line, message: `${at} : le code INSEE « ${cells[inseeColumn].trim()} » n'est pas celui d'une commune de l'intercommunalité.` });
      continue;
    }
    const earlier = seenLines.get(insee);
    if (earlier !== undefined) {
      problems.push({ line, message: `${at} : la commune ${row.commune.name} (${insee}) figure déjà ligne ${earlier}.` });
      continue;
    }
    seenLines.set(insee, line);
    const draft: Required<FiguresDraft> = { figures: {}, metrics: {}, dgfBelowTotalConfirmed: row.figures.dgfBelowTotalConfirmed };
    columns.forEach((column, i) => {
      const typed = cells[i];
      if (column.kind === 'figure') draft.figures[column.field.key] = typed;
      else if (column.kind === 'metric') draft.metrics[column.metric.key] = typed;
      else if (column.kind === 'confirmation') {
        const answer = typed.trim().toLowerCase();
        if (YES.includes(answer)) draft.dgfBelowTotalConfirmed = true;
        else if (NO.includes(answer)) draft.dgfBelowTotalConfirmed = false;
        else problems.push({ line, message: `${at} — ${DGF_CONFIRMATION_LABEL} : « ${typed} » ; « oui » ou « non » est attendu.` });
      }
    });
    const { figures, problems: invalid } = applyFiguresDraft(row.commune, row.figures, draft, metrics);
    problems.push(...invalid.map((p) => ({ line, message: `${at} : ${p.message}` })));
    const changed = describeChanges(row, figures, metrics);
    if (changed.length > 0) {
      changes.push(...changed);
      updates.push({ insee, figures });
    }
  }
  return problems.length > 0 ? refused(problems) : { rowsRead: rows.length, changes, updates, problems };
}

/** What differs between a commune's figures and new ones, field by field, as the table shows them. */
export function describeChanges(row: ProfileRow, after: CommuneFigures, metrics: readonly UsageMetricDefinition[]): ProfileChange[] {
  const change = (field: string, fieldLabel: string, before: string, next: string): ProfileChange[] =>
    before === next ? [] : [{ insee: row.commune.insee, communeName: row.commune.name, field, fieldLabel, before, after: next }];
  return [
    ...FIGURE_FIELDS.flatMap((f) => change(f.key, f.label, displayFigure(row.figures, f.key), displayFigure(after, f.key))),
    ...change('dgfBelowTotalConfirmed', DGF_CONFIRMATION_LABEL, yesNo(row.figures.dgfBelowTotalConfirmed), yesNo(after.dgfBelowTotalConfirmed)),
    ...metrics.flatMap((m) =>
      change(`metrics.${m.key}`, capitalise(m.label), (row.figures.metrics[m.key] ?? '').replace('.', ','), (after.metrics[m.key] ?? '').replace('.', ',')),
    ),
  ];
}
