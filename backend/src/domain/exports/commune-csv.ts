import { formatCsv } from '../csv.js';
import { communeTable, type Cell, type ColumnKind } from './tables.js';
import type { ExportSubject } from './export-subject.js';

/** Cents as French spreadsheets read money: « -1234,50 », no thousands separator. */
export function centsAsDecimalComma(cents: number): string {
  const magnitude = Math.abs(cents);
  const text = `${Math.floor(magnitude / 100)},${String(magnitude % 100).padStart(2, '0')}`;
  return cents < 0 ? `-${text}` : text;
}

function cellText(cell: Cell, kind: ColumnKind): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  return kind === 'euros' ? centsAsDecimalComma(cell) : String(cell).replace('.', ',');
}

/**
 * The per-commune table as a plain CSV for other tools: semicolons, decimal commas, UTF-8 with a
 * BOM, like the communes' profiles file. Data rows only: a total row would be read as a commune.
 */
export function communeTableCsv(subject: ExportSubject): string {
  const table = communeTable(subject);
  return formatCsv([table.columns.map((c) => c.header), ...table.rows.map((row) => row.map((cell, i) => cellText(cell, table.columns[i].kind)))]);
}
