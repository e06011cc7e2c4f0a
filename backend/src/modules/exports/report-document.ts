import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { formatEuros } from '../../domain/costing/explain.js';
import type { ExportSubject } from '../../domain/exports/export-subject.js';
import { buildReport, type ReportBlock } from '../../domain/exports/report.js';
import type { Cell, ColumnKind, Table as ReportTable } from '../../domain/exports/tables.js';

/** Every run says it is French, so that spell-checkers and screen readers read it as such. */
const FRENCH = { value: 'fr-FR' } as const;
const run = (text: string, options: Omit<IRunOptions, 'text' | 'language'> = {}) => new TextRun({ ...options, text, language: FRENCH });

const decimalText = (value: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: 6 });

function cellText(cell: Cell, kind: ColumnKind): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (kind === 'euros') return formatEuros(cell);
  return decimalText(cell);
}

/** Tables' smaller text, as a paragraph style rather than on each of their thousands of runs. */
const TABLE_TEXT = 'TableText';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2 } as const;

/**
 * A real Word table: the header row repeats on every page, no row splits across pages, numbers
 * align right, the total row is bold.
 */
function table(model: ReportTable): Table {
  const row = (cells: Cell[], options: { header?: boolean; bold?: boolean }) =>
    new TableRow({
      tableHeader: options.header,
      cantSplit: true,
      children: cells.map(
        (cell, i) =>
          new TableCell({
            children: [
              new Paragraph({
                style: TABLE_TEXT,
                alignment: !options.header && model.columns[i].kind !== 'text' ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: [run(options.header ? String(cell) : cellText(cell, model.columns[i].kind), options.header || options.bold ? { bold: true } : {})],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(
        model.columns.map((c) => c.header),
        { header: true },
      ),
      ...model.rows.map((cells) => row(cells, {})),
      ...(model.total ? [row(model.total, { bold: true })] : []),
    ],
  });
}

function block(item: ReportBlock): (Paragraph | Table)[] {
  switch (item.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[item.level], children: [run(item.text)] })];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 120 }, children: [...(item.label ? [run(item.label, { bold: true })] : []), run(item.text)] })];
    case 'table':
      return [
        new Paragraph({ keepNext: true, spacing: { before: 200, after: 80 }, children: [run(item.caption, { italics: true })] }),
        table(item.table),
        new Paragraph({ children: [] }),
      ];
  }
}

/**
 * The report as a .docx file: a title page, a table of contents built from the headings (so it
 * is not empty before Word updates it), the report's sections, page numbers in the footer.
 */
export function reportDocument(subject: ExportSubject, today: Date): Promise<Buffer> {
  const report = buildReport(subject, today);
  const document = new Document({
    title: report.title,
    subject: report.titlePage[1],
    creator: subject.state.kind === 'VERSION' ? subject.state.authorName : subject.epci.name,
    lastModifiedBy: 'Mutualis',
    description: report.titlePage.join(' — '),
    styles: {
      default: { document: { run: { language: FRENCH, font: 'Liberation Sans', size: 21 } } },
      paragraphStyles: [{ id: TABLE_TEXT, name: 'Table Text', basedOn: 'Normal', run: { size: 18 } }],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 2400, after: 600 }, children: [run(report.title)] }),
          ...report.titlePage.map((line, i) => new Paragraph({ spacing: { after: 200 }, children: [run(line, { bold: i === 0, size: i === 0 ? 28 : 22 })] })),
        ],
      },
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ language: FRENCH, size: 18, children: ['Page ', PageNumber.CURRENT, ' sur ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ spacing: { after: 200 }, children: [run('Sommaire', { bold: true, size: 28 })] }),
          new TableOfContents('Sommaire', { hyperlink: true, headingStyleRange: '1-2' }),
          ...report.blocks.flatMap(block),
        ],
      },
    ],
  });
  // docx compiles the whole document before zipping it: its toStream() only emits that one buffer.
  return Packer.toBuffer(document);
}
