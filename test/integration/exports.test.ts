import ExcelJS from '@protobi/exceljs';
import JSZip from 'jszip';
import { Client } from '../support/graphql';
import { groupPurchase, sharedAsset, sharedService } from '../support/actions';
import { appointAdmin, importEpci, member, signedInOperator, type Territory } from '../support/fixtures';

// CC du Pays de Fayence (9 communes, FPU); another EPCI's drafter comes from CC du Haut Allier Margeride.
const FAYENCE = '200004802';
const HAUT_ALLIER = '200006930';
const ADDRESS = '10.0.15.1';
const MANDATE = { first: 2026, last: 2032 };

jest.setTimeout(180_000);

const ADD = `mutation ($s: ID!, $r: Int!, $input: ActionDefinition!) { addAction(schemeId: $s, expectedRevision: $r, action: $input) { id revision } }`;
const FREEZE = `mutation ($s: ID!, $r: Int!, $m: String!) { freezeVersion(schemeId: $s, expectedRevision: $r, message: $m) { id number } }`;

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

async function download(client: Client | null, path: string): Promise<Download> {
  const res = await fetch(`${process.env.MUTUALIS_URL}${path}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

async function workbookOf(file: Download) {
  expect(file.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.body as any);
  return workbook;
}

/** A sheet's table: the frozen header row, the data rows under it, and the total row when there is one. */
function tableOf(sheet: ExcelJS.Worksheet) {
  const headerRow = (sheet.views[0] as { ySplit: number }).ySplit;
  const headers = (sheet.getRow(headerRow).values as unknown[]).slice(1) as string[];
  const rows: Record<string, any>[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null])));
  }
  return { headerRow, headers, rows };
}

const cents = (value: unknown) => Math.round(Number(typeof value === 'object' && value !== null ? (value as { result: number }).result : value) * 100);

async function docxXml(file: Download) {
  expect(file.status).toBe(200);
  const zip = await JSZip.loadAsync(file.body);
  return zip.file('word/document.xml')!.async('string');
}

/** The visible text of a docx part: runs joined, paragraphs on their own lines. */
const textOf = (xml: string) =>
  xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

const euros = (value: number) =>
  `${value < 0 ? '-' : ''}${Math.floor(Math.abs(value) / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')},${String(Math.abs(value) % 100).padStart(2, '0')}\u00a0€`;

describe('office files of a scheme', () => {
  let territory: Territory;
  let as: { drafter: Client; elected: Client; reviewer: Client; outsider: Client };
  let schemeId: string;
  let versionId: string;
  let costing: any;
  let moissac: { insee: string; name: string };

  beforeAll(async () => {
    const operator = await signedInOperator(ADDRESS);
    territory = await importEpci(operator, FAYENCE);
    const other = await importEpci(operator, HAUT_ALLIER);
    const admin = await appointAdmin(operator, territory.epciId, 'admin@fayence.test');
    const otherAdmin = await appointAdmin(operator, other.epciId, 'admin@haut-allier.test');
    as = {
      drafter: await member(admin, territory.epciId, 'DRAFTER', 'dsi@fayence.test'),
      elected: await member(admin, territory.epciId, 'ELECTED', 'president@fayence.test'),
      reviewer: await member(admin, territory.epciId, 'REVIEWER', 'mairie@fayence.test', territory.communes[0].id),
      outsider: await member(otherAdmin, other.epciId, 'DRAFTER', 'dsi@haut-allier.test'),
    };
    const { createScheme } = await as.drafter.ok(`mutation ($input: CreateSchemeInput!) { createScheme(input: $input) { id revision } }`, {
      input: { epciId: territory.epciId, title: 'Schéma 2026–2032', mandate: MANDATE },
    });
    schemeId = createScheme.id;
    const all = territory.communes.map((c, i) => ({ insee: c.inseeCode, statusQuoCents: 250_000 + i * 1_234, payment: i % 2 === 0 ? ('AC_DEDUCTION' as const) : undefined }));
    const inputs = [
      sharedService(all, 1_000_003, '20', { kind: 'population', population: 'municipale' }),
      sharedAsset(all.slice(0, 5).map((p) => ({ ...p, payment: undefined })), 4_500_000, 2027, 300_001),
      groupPurchase(Object.fromEntries(all.slice(2, 7).map((p, i) => [p.insee, String(3 + i)])), '79999', '12.5'),
    ];
    let revision = createScheme.revision;
    for (const input of inputs) revision = (await as.drafter.ok(ADD, { s: schemeId, r: revision, input })).addAction.revision;
    versionId = (await as.drafter.ok(FREEZE, { s: schemeId, r: revision, m: 'Projet soumis au bureau' })).freezeVersion.id;
    costing = (await as.drafter.ok(`query ($id: ID!) { version(id: $id) { content } }`, { id: versionId })).version.content.costing;
    moissac = { insee: costing.communes[3].insee, name: costing.communes[3].name };
  });

  it('puts every yearly total of the EPCI and the communes in the summary, to the cent, with the mandate as formulas', async () => {
    const sheet = (await workbookOf(await download(as.drafter, `/exports/versions/${versionId}/xlsx`))).getWorksheet('Synthèse')!;
    const { rows } = tableOf(sheet);
    costing.totals.years.forEach((totals: any, i: number) => {
      expect(rows[i]['Année']).toBe(String(totals.year));
      expect(cents(rows[i]['Intercommunalité (€)'])).toBe(totals.epciCents);
      expect(cents(rows[i]['Communes (€)'])).toBe(totals.communesCents);
      expect(cents(rows[i]['Total (€)'])).toBe(totals.totalCents);
      expect(cents(rows[i]['Économie sur les dépenses de fonctionnement de l’intercommunalité (€)'])).toBe(-costing.epci.years[i].impact.operatingExpenseChangeCents);
    });
    const mandate = rows[costing.totals.years.length];
    expect(mandate['Année']).toBe('Mandat');
    expect(mandate['Total (€)'].formula).toMatch(/^SUM\(D\d+:D\d+\)$/);
    expect(cents(mandate['Total (€)'])).toBe(costing.totals.mandate.totalCents);
    expect(cents(mandate['Intercommunalité (€)'])).toBe(costing.totals.mandate.epciCents);
  });

  it('puts each commune’s yearly cost, status quo, saving, cost per inhabitant and AC deduction in the per-commune sheet, to the cent', async () => {
    const { rows } = tableOf((await workbookOf(await download(as.drafter, `/exports/versions/${versionId}/xlsx`))).getWorksheet('Par commune')!);
    expect(rows).toHaveLength(costing.communes.length + 1);
    costing.communes.forEach((commune: any, i: number) => {
      expect(rows[i]['Code INSEE']).toBe(commune.insee);
      for (const [period, figures] of [...commune.years.map((y: any) => [String(y.year), y]), ['Mandat', commune.mandate]]) {
        expect(cents(rows[i][`${period} – Coût du schéma (€)`])).toBe(figures.schemeCents);
        expect(cents(rows[i][`${period} – Situation actuelle (€)`])).toBe(figures.statusQuoCents);
        expect(cents(rows[i][`${period} – Économie (€)`])).toBe(figures.savingCents);
        expect(cents(rows[i][`${period} – Coût par habitant (€)`])).toBe(figures.costPerInhabitantCents);
        expect(cents(rows[i][`${period} – Déduction de l’AC (€)`])).toBe(figures.acDeductionCents);
      }
    });
    expect(cents(rows[costing.communes.length]['Mandat – Coût du schéma (€)'])).toBe(costing.totals.mandate.communesCents);
  });

  it('puts every share of every action in its own sheet, to the cent, with its explanation', async () => {
    const workbook = await workbookOf(await download(as.drafter, `/exports/versions/${versionId}/xlsx`));
    costing.actions.forEach((action: any, index: number) => {
      const sheet = workbook.worksheets.find((s) => s.name.startsWith(`${index + 1}. `))!;
      const { rows } = tableOf(sheet);
      const shares = action.years.flatMap((year: any) => year.shares.map((share: any) => ({ year: year.year, share })));
      expect(rows).toHaveLength(shares.length + 1);
      shares.forEach(({ year, share }: any, i: number) => {
        expect(rows[i]['Année']).toBe(String(year));
        expect(rows[i]['Code INSEE'] ?? '').toBe(share.payer.insee ?? '');
        expect(cents(rows[i]['Part (€)'])).toBe(share.cents);
        expect(cents(rows[i]['dont fonctionnement (€)'])).toBe(share.operatingCents);
        expect(rows[i]['Explication']).toBe(share.explanation);
      });
      expect(cents(rows[shares.length]['Part (€)'])).toBe(action.totalCents);
    });
  });

  it('writes real numbers in euro formats, frozen header rows, filters, short sheet names, a title and an author', async () => {
    const workbook = await workbookOf(await download(as.drafter, `/exports/versions/${versionId}/xlsx`));
    expect(workbook.title).toBe('Répartition des coûts du schéma « Schéma 2026–2032 »');
    expect(workbook.creator).toBe('dsi');
    for (const sheet of workbook.worksheets) {
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      const { headerRow } = tableOf(sheet);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
      expect(String(sheet.autoFilter)).toMatch(new RegExp(`^A${headerRow}:[A-Z]+\\d+$`));
      expect(sheet.getColumn(1).width).toBeGreaterThan(0);
    }
    const amount = tableOf(workbook.getWorksheet('Par commune')!).headers.indexOf('2026 – Coût du schéma (€)') + 1;
    const cell = workbook.getWorksheet('Par commune')!.getCell(tableOf(workbook.getWorksheet('Par commune')!).headerRow + 1, amount);
    expect(typeof cell.value).toBe('number');
    expect(cell.numFmt).toContain('€');
  });

  it('gives the per-commune table as a CSV with semicolons, decimal commas and a BOM', async () => {
    const file = await download(as.elected, `/exports/versions/${versionId}/csv`);
    expect(file.status).toBe(200);
    const text = file.body.toString('utf8');
    expect(text.startsWith('\uFEFFCode INSEE;Commune;Population municipale;2026 – Coût du schéma (€);')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(costing.communes.length + 1);
    const headers = lines[0].split(';');
    costing.communes.forEach((commune: any, i: number) => {
      const cells = lines[i + 1].split(';');
      const mandate = cells[headers.indexOf('Mandat – Coût du schéma (€)')];
      expect(mandate).toMatch(/^-?\d+,\d\d$/);
      expect(Math.round(Number(mandate.replace(',', '.')) * 100)).toBe(commune.mandate.schemeCents);
      expect(cells[0]).toBe(commune.insee);
    });
  });

  it('writes the report with real headings, a table of contents, French on every run and page numbers', async () => {
    const xml = await docxXml(await download(as.drafter, `/exports/versions/${versionId}/docx`));
    const headings = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="(Heading\d)"\/>(.*?)<\/w:p>/gs)].map((m) => `${m[1]} ${textOf(m[2]).trim()}`);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Heading1 Contexte et base légale',
        'Heading1 Les actions du schéma',
        'Heading2 Action 1 : Service commun informatique',
        'Heading1 Impact sur les effectifs et les dépenses de fonctionnement',
        'Heading1 Coûts par commune',
        'Heading1 Consultation des communes',
        'Heading1 Adoption',
      ]),
    );
    expect(xml.includes('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;</w:instrText>')).toBe(true);
    // The table of contents' entries are Word's to regenerate; they take the document's default language.
    const body = xml.replace(/<w:sdt>.*?<\/w:sdt>/s, '');
    const runs = body.match(/<w:r>.*?<\/w:r>/gs)!.filter((r) => r.includes('<w:t'));
    expect(runs.length).toBeGreaterThan(100);
    expect(runs.filter((r) => !r.includes('<w:lang w:val="fr-FR"/>')).length).toBe(0);
    const zip = await JSZip.loadAsync((await download(as.drafter, `/exports/versions/${versionId}/docx`)).body);
    expect(await zip.file('word/styles.xml')!.async('string')).toMatch(/<w:docDefaults>.*<w:lang w:val="fr-FR"\/>.*<\/w:docDefaults>/s);
    const footer = await zip.file(/word\/footer\d*\.xml/)[0].async('string');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
  });

  it('writes the report’s tables with repeated header rows that never split, and every commune’s cost as the API counts it', async () => {
    const xml = await docxXml(await download(as.drafter, `/exports/versions/${versionId}/docx`));
    const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/gs)!;
    for (const table of tables) {
      const rows = table.match(/<w:tr>.*?<\/w:tr>/gs)!;
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
    }
    const perCommune = textOf(tables.find((t) => textOf(t).includes('Déduction de l’AC (€)'))!);
    for (const commune of costing.communes) {
      expect(perCommune).toContain(`${commune.insee}\n${commune.name}\n${euros(commune.mandate.schemeCents)}\n${euros(commune.mandate.statusQuoCents)}\n${euros(commune.mandate.savingCents)}`);
    }
    expect(textOf(xml)).toContain('Pas encore de consultation');
    expect(textOf(xml)).toContain('Pas encore d’adoption');
  });

  it('names the files after the EPCI, the version and the date, with their content types and a UTF-8 name', async () => {
    const date = new Date().toISOString().slice(0, 10);
    const types = {
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      csv: 'text/csv; charset=utf-8',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    };
    for (const [format, type] of Object.entries(types)) {
      const file = await download(as.drafter, `/exports/versions/${versionId}/${format}`);
      const name = `mutualis-cc-du-pays-de-fayence-v1${format === 'csv' ? '-communes' : ''}-${date}.${format}`;
      expect(file.headers.get('content-type')).toBe(type);
      expect(file.headers.get('content-disposition')).toBe(`attachment; filename="${name}"; filename*=UTF-8''${name}`);
    }
  });

  it('gives a fiche commune’s workbook with that commune alone', async () => {
    const file = await download(as.drafter, `/exports/schemes/${schemeId}/xlsx?commune=${moissac.insee}`);
    expect(file.headers.get('content-disposition')).toContain('-projet-r');
    const workbook = await workbookOf(file);
    const perCommune = tableOf(workbook.getWorksheet('Par commune')!).rows;
    expect(perCommune.map((r) => r['Code INSEE'])).toEqual([moissac.insee, 'Total']);
    const own = (await as.drafter.ok(`query ($id: ID!, $insee: String!) { scheme(id: $id) { costing { commune(insee: $insee) } } }`, { id: schemeId, insee: moissac.insee }))
      .scheme.costing.commune;
    expect(cents(perCommune[0]['Mandat – Coût du schéma (€)'])).toBe(own.mandate.schemeCents);
    for (const sheet of workbook.worksheets.filter((s) => /^\d+\. /.test(s.name))) {
      const insees = new Set(tableOf(sheet).rows.slice(0, -1).map((r) => r['Code INSEE']));
      expect([...insees]).toEqual([moissac.insee]);
    }
  });

  it('gives a fiche commune’s report section about that commune alone', async () => {
    const text = textOf(await docxXml(await download(as.drafter, `/exports/versions/${versionId}/docx?commune=${moissac.insee}`)));
    expect(text).toContain(`Part de la commune de ${moissac.name}`);
    const others = costing.communes.filter((c: any) => c.insee !== moissac.insee);
    expect(others.filter((c: any) => text.includes(`${c.insee}\n`))).toEqual([]);
  });

  it('refuses a download without a session', async () => {
    const file = await download(null, `/exports/versions/${versionId}/xlsx`);
    expect(file.status).toBe(401);
    expect(JSON.parse(file.body.toString())).toEqual({ code: 'UNAUTHENTICATED', message: 'Vous devez vous connecter.' });
  });

  it('hides another EPCI’s draft and versions as if they did not exist', async () => {
    expect((await download(as.outsider, `/exports/versions/${versionId}/docx`)).status).toBe(404);
    expect((await download(as.outsider, `/exports/schemes/${schemeId}/xlsx`)).status).toBe(404);
  });

  it('refuses the draft to a commune’s reviewer, as reading it does', async () => {
    const file = await download(as.reviewer, `/exports/schemes/${schemeId}/xlsx`);
    expect(file.status).toBe(403);
    expect(JSON.parse(file.body.toString()).code).toBe('FORBIDDEN');
  });

  it('gives the draft to an elected official, who may read it', async () => {
    const workbook = await workbookOf(await download(as.elected, `/exports/schemes/${schemeId}/xlsx`));
    expect(workbook.getWorksheet('Synthèse')).toBeDefined();
  });

  it('answers 404 for a commune outside the scheme or an unknown format', async () => {
    expect((await download(as.drafter, `/exports/versions/${versionId}/xlsx?commune=99999`)).status).toBe(404);
    expect((await download(as.drafter, `/exports/versions/${versionId}/pdf`)).status).toBe(404);
  });
});
