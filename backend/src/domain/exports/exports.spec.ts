import { commune } from '../costing/test-builders.js';
import type { SchemeAction } from '../scheme/action.js';
import { costScheme, type SchemeContext } from '../scheme/to-costing.js';
import { centsAsDecimalComma, communeTableCsv } from './commune-csv.js';
import type { ExportSubject } from './export-subject.js';
import { contentDisposition, exportFileName } from './file-names.js';
import { NO_ADOPTION, NO_CONSULTATION, buildReport } from './report.js';
import { actionSheets, communeTable, summaryTable, type Table } from './tables.js';

const MANDATE = { first: 2026, last: 2028 };
const context: SchemeContext = {
  mandate: MANDATE,
  taxRegime: 'FPU',
  communes: [
    commune('82112', 'Moissac', { population: { municipale: 13_652, totale: 13_928 } }),
    commune('82033', 'Castelsarrasin', { population: { municipale: 14_335, totale: 14_578 } }),
    commune('82001', 'Albefeuille-Lagarde', { population: { municipale: 547, totale: 560 } }),
  ],
};

const service: SchemeAction = {
  id: 'a1',
  title: 'DSI mutualisée',
  description: '',
  theme: null,
  obligations: ['NIS2'],
  kind: 'SHARED_SERVICE',
  years: MANDATE,
  participants: ['82112', '82033'].map((insee) => ({ insee, payment: 'AC_DEDUCTION', statusQuoCents: 1_000_001, etpTransferred: null })),
  statusQuo: { kind: 'ENTERED' },
  costLines: [{ kind: 'yearly', label: 'Prestations', nature: 'OPERATING', years: MANDATE, amountCents: 1_000_003 }],
  allocation: { kind: 'split', epciShare: { kind: 'percent', percent: '20' }, key: { kind: 'population', population: 'municipale' } },
  epciEtpGained: null,
  details: { kind: 'SHARED_SERVICE', function: 'IT', functionLabel: null, impactSheetDone: true, cstOpinionObtained: true },
};

function subject(overrides: Partial<ExportSubject> = {}): ExportSubject {
  const { result, problems } = costScheme(context, [service]);
  return {
    epci: { name: 'CC Terres des Confluences', siren: '200066322' },
    schemeTitle: 'Schéma 2026–2028',
    state: { kind: 'VERSION', number: 3, frozenAt: new Date('2027-03-14T10:00:00Z'), message: 'Après le bureau', authorName: 'Damien' },
    content: { scheme: { title: 'Schéma 2026–2028', description: '', mandate: MANDATE, taxRegime: 'FPU' }, actions: [service], communes: context.communes, costing: result, problems },
    scope: { kind: 'WHOLE' },
    metricLabels: new Map(),
    ...overrides,
  };
}

/** Every summed column of the total row is the sum of the column: the workbook's formulas hold the same values. */
function expectTotalsAreSums(table: Table) {
  table.columns.forEach((column, i) => {
    if (column.summed) expect(table.total![i]).toBe(table.rows.reduce((sum, row) => sum + Number(row[i] ?? 0), 0));
  });
}

describe('office files’ tables', () => {
  it('sums the summary’s years to the engine’s mandate totals', () => {
    const table = summaryTable(subject());
    expectTotalsAreSums(table);
    expect(table.total!.slice(1, 4)).toEqual([subject().content.costing.totals.mandate.epciCents, subject().content.costing.totals.mandate.communesCents, 3_000_009]);
  });

  it('sums each per-commune column to the communes’ total', () => {
    const table = communeTable(subject());
    expectTotalsAreSums(table);
    expect(table.total![table.columns.findIndex((c) => c.header === 'Mandat – Coût du schéma (€)')]).toBe(subject().content.costing.totals.mandate.communesCents);
  });

  it('lists each share with the population its key used and its explanation', () => {
    const [sheet] = [...actionSheets(subject())];
    expect(sheet.rule).toBe('Clé : population municipale ; part de l’intercommunalité : 20 %');
    expect(sheet.table.columns.map((c) => c.header)).toEqual(['Année', 'Code INSEE', 'Payeur', 'Paiement', 'Population municipale', 'Part (€)', 'dont fonctionnement (€)', 'dont investissement (€)', 'Explication']);
    const moissac = sheet.table.rows.find((row) => row[1] === '82112')!;
    expect(moissac.slice(0, 5)).toEqual(['2026', '82112', 'Moissac', 'Déduction de l’AC', 13_652]);
    expect(typeof moissac[8]).toBe('string');
    expect(sheet.table.total![5]).toBe(3_000_009);
  });

  it('keeps only the commune’s rows and its actions in a commune’s part', () => {
    const own = subject({ scope: { kind: 'COMMUNE', insee: '82112' } });
    expect(communeTable(own).rows.map((row) => row[0])).toEqual(['82112']);
    expect([...actionSheets(own)][0].table.rows.every((row) => row[1] === '82112')).toBe(true);
    expect([...actionSheets(subject({ scope: { kind: 'COMMUNE', insee: '82001' } }))]).toEqual([]);
  });
});

describe('the per-commune CSV', () => {
  it('writes money with a decimal comma and no thousands separator', () => {
    expect([centsAsDecimalComma(123_456_78), centsAsDecimalComma(-5), centsAsDecimalComma(0)]).toEqual(['123456,78', '-0,05', '0,00']);
  });

  it('has one line per commune after the header, semicolon-separated, with a BOM', () => {
    const lines = communeTableCsv(subject()).split('\r\n');
    expect(lines[0].startsWith('\uFEFFCode INSEE;Commune;Population municipale;2026 – Coût du schéma (€)')).toBe(true);
    expect(lines.slice(1, -1).map((line) => line.split(';')[0])).toEqual(['82112', '82033', '82001']);
  });
});

describe('the report', () => {
  it('states its method: exact cents, largest remainders, the cents left to the lowest INSEE codes, the rules version', () => {
    const texts = buildReport(subject(), new Date()).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts.find((t) => t.startsWith('Méthode de calcul'))).toMatch(/plus forts restes.*code INSEE est le plus petit.*Règles de chiffrage, version \d/);
  });

  it('says there is no consultation nor adoption yet when none is given', () => {
    const texts = buildReport(subject(), new Date()).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts).toContain(NO_CONSULTATION);
    expect(texts).toContain(NO_ADOPTION);
  });

  it('renders the consultation’s opinions and the adopting deliberation when given', () => {
    const report = buildReport(
      subject({
        consultation: {
          opinions: [{ insee: '82112', name: 'Moissac', opinion: 'FAVOURABLE_WITH_RESERVATIONS', notifiedOn: '2027-04-01', deadline: '2027-07-01', deliberation: { number: 'D2027_041', date: '2027-05-12' }, reservations: 'Revoir la clé.' }],
        },
        adoption: { deliberationNumber: 'DC2027_102', date: '2027-09-20', votesFor: 61, votesAgainst: 3, abstentions: 2 },
      }),
      new Date(),
    );
    const table = report.blocks.find((b) => b.kind === 'table' && b.caption === 'Avis des conseils municipaux');
    expect(table?.kind === 'table' && table.table.rows[0]).toEqual(['Moissac', '1 avril 2027', '1 juillet 2027', 'Favorable avec réserves', 'n° D2027_041 du 12 mai 2027', 'Revoir la clé.']);
    expect(report.titlePage).toContain('Statut : adopté par délibération n° DC2027_102 du 20 septembre 2027');
    expect(report.blocks).toContainEqual({ kind: 'paragraph', text: 'Le conseil communautaire a adopté le schéma par délibération n° DC2027_102 du 20 septembre 2027 : 61 voix pour, 3 voix contre, 2 abstentions.' });
  });

  it('names the draft’s actions the costing leaves out, with the reason', () => {
    const draft = subject();
    const held = { ...draft, content: { ...draft.content, problems: [{ actionId: 'a1', reason: 'MISSING_FIGURE', message: 'la population de Moissac est manquante.' }] } };
    expect(buildReport(held, new Date()).blocks).toContainEqual({ kind: 'paragraph', label: 'Action « DSI mutualisée » non chiffrée : ', text: 'la population de Moissac est manquante.' });
  });

  it('cites the legal basis of each instrument used', () => {
    const report = buildReport(subject(), new Date());
    expect(report.blocks).toContainEqual({ kind: 'paragraph', label: 'Service commun : ', text: 'article L5211-4-2 du code général des collectivités territoriales' });
  });
});

describe('file names', () => {
  it('names a version’s workbook after the EPCI, the version and its date', () => {
    expect(exportFileName(subject(), 'xlsx', new Date('2027-05-01'))).toBe('mutualis-cc-terres-des-confluences-v3-2027-03-14.xlsx');
  });

  it('names a fiche commune’s report of the draft after the revision, the commune and today', () => {
    const draft = subject({ state: { kind: 'DRAFT', revision: 12, at: new Date() }, scope: { kind: 'COMMUNE', insee: '82001' } });
    expect(exportFileName(draft, 'docx', new Date('2027-05-01T08:00:00Z'))).toBe('mutualis-cc-terres-des-confluences-projet-r12-albefeuille-lagarde-2027-05-01.docx');
  });

  it('gives the exact UTF-8 name in filename* and an ASCII one beside it', () => {
    expect(contentDisposition('fiche-é.xlsx')).toBe(`attachment; filename="fiche-e.xlsx"; filename*=UTF-8''fiche-%C3%A9.xlsx`);
  });
});
