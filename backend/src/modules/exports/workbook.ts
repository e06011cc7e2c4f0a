import ExcelJS from '@protobi/exceljs';
import type { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { titlePage } from '../../domain/exports/report.js';
import type { ExportSubject } from '../../domain/exports/export-subject.js';
import { actionSheets, communeFiguresTable, communeTable, summaryTable, type Cell, type ColumnKind, type Table } from '../../domain/exports/tables.js';

const NUMBER_FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  euros: '#,##0.00\\ "€";-#,##0.00\\ "€"',
  integer: '#,##0',
  decimal: '#,##0.00',
};
/** Excel's limit on a sheet name, and the characters it refuses in one. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
/** Rows written between two turns of the event loop, so that other requests are served meanwhile. */
const ROWS_PER_TURN = 200;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3E3FD' } };
const MAX_WIDTH = 60;
const EXPLANATION_WIDTH = 120;

export const sheetName = (text: string) => {
  const name = text.replace(SHEET_NAME_FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  return (name.length > SHEET_NAME_MAX ? `${name.slice(0, SHEET_NAME_MAX - 1).trimEnd()}…` : name).replace(/^'|'$/g, '');
};

const columnLetter = (index: number): string => {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

/** A cell as the spreadsheet stores it: money in euros (cents / 100 is the exact decimal), never text. */
const cellValue = (cell: Cell, kind: ColumnKind): ExcelJS.CellValue => (cell === null ? null : kind === 'euros' && typeof cell === 'number' ? cell / 100 : cell);

/** Characters a cell shows, to size its column. */
function shownLength(cell: Cell, kind: ColumnKind): number {
  if (cell === null) return 0;
  if (typeof cell === 'string') return cell.length;
  const digits = String(Math.trunc(Math.abs(kind === 'euros' ? cell / 100 : cell))).length;
  return digits + Math.floor((digits - 1) / 3) + (kind === 'euros' ? 5 : kind === 'decimal' ? 3 : 0) + (cell < 0 ? 1 : 0);
}

/**
 * One table on its own sheet: a few lines saying what it is, a frozen header row with filters,
 * the rows, then a bold total row whose sums are formulas stored with their computed values
 * (LibreOffice does not recompute every sheet on load).
 */
async function writeTable(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, intro: readonly string[], table: Table, freezeColumns = 0) {
  const headerRow = intro.length + 2;
  const firstData = headerRow + 1;
  const lastData = headerRow + table.rows.length;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: freezeColumns, activeCell: `A${firstData}` }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  // One style object per column, given to each of its cells: exceljs caches a style by object
  // identity, and otherwise serialises a fresh copy for every cell (most of a large workbook's time).
  const styles = table.columns.map((column): Partial<ExcelJS.Style> => (NUMBER_FORMATS[column.kind] ? { numFmt: NUMBER_FORMATS[column.kind] } : {}));
  sheet.columns = table.columns.map((column, i) => {
    const longest = table.rows.reduce((width, row) => Math.max(width, shownLength(row[i], column.kind)), Math.min(column.header.length, 24));
    const width = column.header === 'Explication' ? EXPLANATION_WIDTH : Math.min(MAX_WIDTH, Math.max(8, longest + 2));
    return { key: String(i), width, style: styles[i] };
  });
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: Math.max(lastData, headerRow), column: table.columns.length } };
  intro.forEach((line, i) => {
    const row = sheet.addRow([line]);
    if (i === 0) row.font = { bold: true, size: 13 };
    row.commit();
  });
  sheet.addRow([]).commit();
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  header.commit();
  for (let r = 0; r < table.rows.length; r++) {
    const row = sheet.addRow(table.rows[r].map((cell, i) => cellValue(cell, table.columns[i].kind)));
    row.eachCell((cell, column) => (cell.style = styles[column - 1]));
    row.commit();
    if (r % ROWS_PER_TURN === ROWS_PER_TURN - 1) await nextTurn();
  }
  if (table.total) {
    const total = sheet.addRow(
      table.total.map((cell, i) => {
        const column = table.columns[i];
        if (!column.summed) return cellValue(cell, column.kind);
        const letter = columnLetter(i);
        return { formula: `SUM(${letter}${firstData}:${letter}${lastData})`, result: (cellValue(cell, column.kind) as number) ?? 0 };
      }),
    );
    total.font = { bold: true };
    total.commit();
  }
  sheet.commit();
}

/**
 * The allocation workbook: a summary, the per-commune table, one sheet per action (each share
 * with the figures its key used and its explanation) and the communes' figures. Streamed into
 * `out` sheet by sheet.
 */
export async function writeWorkbook(subject: ExportSubject, today: Date, out: Writable): Promise<void> {
  const intro = titlePage(subject, today);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const title = `Répartition des coûts du schéma « ${subject.schemeTitle} »${subject.scope.kind === 'COMMUNE' ? ` — ${intro[2]}` : ''}`;
  // Core properties the writer's typings do not declare; it writes them from these fields.
  Object.assign(workbook, {
    title,
    subject: intro[0],
    creator: subject.state.kind === 'VERSION' ? subject.state.authorName : subject.epci.name,
    lastModifiedBy: 'Mutualis',
    company: subject.epci.name,
    language: 'fr-FR',
    created: today,
    modified: today,
  });
  const scopeWord = subject.scope.kind === 'COMMUNE' ? 'de la commune' : 'par année';
  await writeTable(workbook, 'Synthèse', [`Synthèse ${scopeWord}`, ...intro], summaryTable(subject));
  await writeTable(workbook, 'Par commune', ['Coûts par commune et par année', ...intro], communeTable(subject), 2);
  for (const sheet of actionSheets(subject)) {
    await writeTable(
      workbook,
      sheetName(`${sheet.position}. ${sheet.title}`),
      [`Action ${sheet.position} : ${sheet.title}`, `Instrument : ${sheet.instrument}`, `Répartition : ${sheet.rule}`],
      sheet.table,
      3,
    );
  }
  await writeTable(workbook, 'Données des communes', ['Données des communes utilisées par le chiffrage', ...intro], communeFiguresTable(subject), 2);
  await workbook.commit();
}
