/**
 * CSV as French spreadsheets write it: semicolon-separated (Excel's French locale), or tab-
 * separated when pasted from a sheet, or comma-separated; UTF-8 with or without a BOM; quoted
 * fields with doubled quotes and line breaks inside.
 */
export interface CsvRecord {
  /** Line of the file where the record starts, from 1. */
  line: number;
  cells: string[];
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`Ligne ${line} : ${message}`);
    this.name = 'CsvError';
  }
}

/** The largest CSV file an import accepts, in characters (the documented 2 Mo). */
export const PROFILES_CSV_MAX_LENGTH = 2_000_000;

const SEPARATORS = [';', '\t', ','] as const;

/** The separator of the header line: the one it holds most of (semicolon on a tie). */
function detectSeparator(text: string): string {
  const end = text.search(/\r?\n/);
  const header = end < 0 ? text : text.slice(0, end);
  const counts = SEPARATORS.map((s) => header.split(s).length - 1);
  const best = Math.max(...counts);
  return best === 0 ? ';' : SEPARATORS[counts.indexOf(best)];
}

/** Reads every non-blank record; throws CsvError on an unterminated quote. */
export function parseCsv(input: string): CsvRecord[] {
  const text = input.replace(/^\uFEFF/, '');
  const separator = detectSeparator(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else cell += char;
  }
  if (quoted) throw new CsvError(quoteLine, 'guillemet ouvrant sans guillemet fermant.');
  endRecord();
  return records;
}

/**
 * Writes records with CRLF line ends. By default as French spreadsheets want it: semicolons and a
 * BOM so that Excel reads UTF-8; open-data files (SCDL) ask for commas and no BOM.
 */
export function formatCsv(records: readonly (readonly string[])[], { separator = ';', bom = true }: { separator?: ';' | ','; bom?: boolean } = {}): string {
  const quote = (cell: string) => (cell.includes(separator) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return `${bom ? '\uFEFF' : ''}${records.map((cells) => cells.map(quote).join(separator)).join('\r\n')}\r\n`;
}
