import { pooledDpo } from '../support/actions';
import { Client, errorCode } from '../support/graphql';
import { appointAdmin, importEpci, member, signedInOperator, type Territory } from '../support/fixtures';

// CA Dinan Agglomération (64 communes) for profiles; CA Quimperlé Communauté as the other EPCI.
const DINAN = '200068989';
const QUIMPERLE = '242900694';
const ADDRESS = '10.0.8.1';

let dinan: Territory;
let as: { admin: Client; drafter: Client; otherDrafter: Client; reviewer: Client; elected: Client; outsider: Client };
let commune: (name: string) => Territory['communes'][number];

const PROFILES = `query ($id: ID!) { epci(id: $id) { usageMetrics { id key label referenceYear }
  communes { id inseeCode name populationTotale profile { populationDgf populationDgfYear dgfBelowTotalConfirmed agentsEtp agentsYear
    workstations phones tablets devicesYear potentielFinancierCents potentielFinancierYear metrics { key value } revision } } } }`;
const UPDATE = `mutation ($input: UpdateCommuneProfilesInput!) { updateCommuneProfiles(input: $input) { id name profile { revision agentsEtp } } }`;

async function profileOf(client: Client, name: string) {
  const { epci } = await client.ok(PROFILES, { id: dinan.epciId });
  return epci.communes.find((c: { name: string }) => c.name === name);
}

const update = (client: Client, rows: Record<string, unknown>[]) => client.request(UPDATE, { input: { epciId: dinan.epciId, rows } });

beforeAll(async () => {
  const operator = await signedInOperator(ADDRESS);
  dinan = await importEpci(operator, DINAN);
  const quimperle = await importEpci(operator, QUIMPERLE);
  const admin = await appointAdmin(operator, dinan.epciId, 'admin@dinan.test');
  const otherAdmin = await appointAdmin(operator, quimperle.epciId, 'admin@quimperle.test');
  commune = (name) => dinan.communes.find((c) => c.name === name)!;
  as = {
    admin,
    drafter: await member(admin, dinan.epciId, 'DRAFTER', 'dsi@dinan.test'),
    otherDrafter: await member(admin, dinan.epciId, 'DRAFTER', 'dgs@dinan.test'),
    reviewer: await member(admin, dinan.epciId, 'REVIEWER', 'mairie@quevert.test', commune('Quévert').id),
    elected: await member(admin, dinan.epciId, 'ELECTED', 'president@dinan.test'),
    outsider: await member(otherAdmin, quimperle.epciId, 'DRAFTER', 'dsi@quimperle.test'),
  };
});

describe('saving figures', () => {
  it('saves several communes at once, reading numbers as French users type them', async () => {
    const result = await update(as.drafter, [
      {
        communeId: commune('Dinan').id,
        expectedRevision: 0,
        populationDgf: '15 920',
        populationDgfYear: '2025',
        agentsEtp: '212,5',
        agentsYear: '2025',
        workstations: '480',
        phones: '150',
        tablets: '25',
        devicesYear: '2026',
        potentielFinancier: '12 345 678,90',
        potentielFinancierYear: '2025',
      },
      { communeId: commune('Quévert').id, expectedRevision: 0, agentsEtp: '18.25', workstations: '40' },
    ]);
    expect(result.errors).toBeUndefined();
    expect(result.data.updateCommuneProfiles.map((c: { name: string }) => c.name).sort()).toEqual(['Dinan', 'Quévert']);
    const dinanProfile = (await profileOf(as.elected, 'Dinan')).profile;
    expect(dinanProfile).toEqual({
      populationDgf: 15920,
      populationDgfYear: 2025,
      dgfBelowTotalConfirmed: false,
      agentsEtp: '212.5',
      agentsYear: 2025,
      workstations: 480,
      phones: 150,
      tablets: 25,
      devicesYear: 2026,
      potentielFinancierCents: 1_234_567_890,
      potentielFinancierYear: 2025,
      metrics: [],
      revision: 1,
    });
    expect((await profileOf(as.reviewer, 'Quévert')).profile).toMatchObject({ agentsEtp: '18.25', workstations: 40, revision: 1 });
  });

  it('leaves out what a row does not mention, and clears what it sends empty', async () => {
    const { profile } = await profileOf(as.drafter, 'Quévert');
    await as.drafter.ok(UPDATE, { input: { epciId: dinan.epciId, rows: [{ communeId: commune('Quévert').id, expectedRevision: profile.revision, workstations: '' }] } });
    expect((await profileOf(as.drafter, 'Quévert')).profile).toMatchObject({ agentsEtp: '18.25', workstations: null, revision: profile.revision + 1 });
  });

  it('refuses a whole batch when one figure is wrong, naming the commune and the field, and saves nothing', async () => {
    const before = await profileOf(as.drafter, 'Beaussais-sur-Mer');
    const cases: [Record<string, string>, RegExp][] = [
      [{ agentsEtp: '-3' }, /Commune de Dinan \(22050\) — Agents \(ETP\) : « -3 » : la valeur ne peut pas être négative/],
      [{ workstations: '12,5' }, /Postes de travail : « 12,5 » : un nombre entier est attendu/],
      [{ agentsEtp: '1,255' }, /Agents \(ETP\) : « 1,255 » : au plus 2 décimales/],
      [{ phones: 'beaucoup' }, /Téléphones : « beaucoup » n'est pas un nombre/],
      [{ devicesYear: '1999' }, /Année équipements : « 1999 » : une année entre 2000 et 2100/],
    ];
    for (const [figures, message] of cases) {
      const dinanRevision = (await profileOf(as.drafter, 'Dinan')).profile.revision;
      const result = await update(as.drafter, [
        { communeId: commune('Beaussais-sur-Mer').id, expectedRevision: before.profile.revision, workstations: '30' },
        { communeId: commune('Dinan').id, expectedRevision: dinanRevision, ...figures },
      ]);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toMatch(message);
      expect(result.errors![0].message).toMatch(/Rien n'a été enregistré/);
      expect(result.errors![0].extensions!.problems).toEqual([expect.objectContaining({ insee: '22050' })]);
    }
    expect((await profileOf(as.drafter, 'Beaussais-sur-Mer')).profile).toEqual(before.profile);
  });

  it('asks to confirm a population DGF below the population totale', async () => {
    const lanvallay = await profileOf(as.drafter, 'Lanvallay');
    const below = String(lanvallay.populationTotale - 10);
    const refused = await update(as.drafter, [{ communeId: lanvallay.id, expectedRevision: 0, populationDgf: below }]);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toMatch(/Commune de Lanvallay .* Population DGF : .* est inférieure à la population totale .* cochez « DGF inférieure confirmée »/);
    const confirmed = await update(as.drafter, [{ communeId: lanvallay.id, expectedRevision: 0, populationDgf: below, dgfBelowTotalConfirmed: true }]);
    expect(confirmed.errors).toBeUndefined();
    expect((await profileOf(as.drafter, 'Lanvallay')).profile).toMatchObject({ populationDgf: Number(below), dgfBelowTotalConfirmed: true });
  });

  it('never loses a change made by someone else in between: the stale save is refused', async () => {
    const { profile } = await profileOf(as.drafter, 'Taden');
    await as.drafter.ok(UPDATE, { input: { epciId: dinan.epciId, rows: [{ communeId: commune('Taden').id, expectedRevision: profile.revision, workstations: '22' }] } });
    const stale = await update(as.otherDrafter, [{ communeId: commune('Taden').id, expectedRevision: profile.revision, workstations: '99' }]);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0].message).toMatch(/Taden : ce profil a été modifié par quelqu'un d'autre/);
    expect(stale.errors![0].extensions!.communes).toEqual([commune('Taden').inseeCode]);
    expect((await profileOf(as.otherDrafter, 'Taden')).profile).toMatchObject({ workstations: 22, revision: profile.revision + 1 });
  });

  it('lets drafters and administrators edit, and nobody else', async () => {
    const row = async () => ({ communeId: commune('Trélivan').id, expectedRevision: (await profileOf(as.admin, 'Trélivan')).profile.revision, phones: '7' });
    expect((await update(as.admin, [await row()])).errors).toBeUndefined();
    for (const client of [as.reviewer, as.elected, as.outsider]) expect(errorCode(await update(client, [await row()]))).toBe('FORBIDDEN');
    const foreign = await as.outsider.request(`{ epci(id: "${dinan.epciId}") { id } }`);
    expect(errorCode(foreign)).toBe('FORBIDDEN');
  });

  it('refuses a commune that is not a member of the EPCI', async () => {
    const operator = await signedInOperator(ADDRESS);
    const [elsewhere] = (await importEpci(operator, QUIMPERLE)).communes;
    const result = await update(as.drafter, [{ communeId: elsewhere.id, expectedRevision: 0, phones: '1' }]);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('records every change in the audit trail with before and after', async () => {
    const trail = await as.admin.ok(`query ($id: ID!) { auditTrail(epciId: $id, limit: 100) { action actorLabel after } }`, { id: dinan.epciId });
    const event = trail.auditTrail.find((e: { action: string; after: string }) => e.action === 'commune_profiles.update' && e.after.includes('Taden'));
    expect(JSON.parse(event.after).changes).toEqual([
      expect.objectContaining({ insee: commune('Taden').inseeCode, field: 'workstations', fieldLabel: 'Postes de travail', after: '22' }),
    ]);
  });
});

describe('usage metrics', () => {
  const DEFINE = `mutation ($epciId: ID!, $input: UsageMetricInput!) { defineUsageMetric(epciId: $epciId, input: $input) { id key label referenceYear } }`;

  it('defines a metric, fills it in per commune, renames it without losing values, then removes it', async () => {
    const { defineUsageMetric: metric } = await as.drafter.ok(DEFINE, { epciId: dinan.epciId, input: { label: 'Jours de DPO', referenceYear: 2025 } });
    expect(metric).toMatchObject({ key: 'jours_de_dpo', label: 'Jours de DPO', referenceYear: 2025 });
    const duplicate = await as.drafter.request(DEFINE, { epciId: dinan.epciId, input: { label: 'jours de dpo' } });
    expect(errorCode(duplicate)).toBe('BAD_USER_INPUT');
    expect(duplicate.errors![0].message).toMatch(/Une métrique s'appelle déjà « jours de dpo »/);

    const { profile } = await profileOf(as.drafter, 'Pleslin-Trigavou');
    await as.drafter.ok(UPDATE, {
      input: { epciId: dinan.epciId, rows: [{ communeId: commune('Pleslin-Trigavou').id, expectedRevision: profile.revision, metrics: [{ key: 'jours_de_dpo', value: '2,5' }] }] },
    });
    const badValue = await update(as.drafter, [
      { communeId: commune('Pleslin-Trigavou').id, expectedRevision: profile.revision + 1, metrics: [{ key: 'jours_de_dpo', value: '-1' }] },
    ]);
    expect(badValue.errors![0].message).toMatch(/Commune de Pleslin-Trigavou \(\d{5}\) — Jours de DPO : « -1 »/);

    await as.admin.ok(`mutation ($id: ID!, $input: UsageMetricInput!) { updateUsageMetric(id: $id, input: $input) { key } }`, {
      id: metric.id,
      input: { label: 'Journées de DPO', referenceYear: 2026 },
    });
    let read = await profileOf(as.drafter, 'Pleslin-Trigavou');
    expect(read.profile.metrics).toEqual([{ key: 'jours_de_dpo', value: '2.5' }]);
    const { epci } = await as.drafter.ok(PROFILES, { id: dinan.epciId });
    expect(epci.usageMetrics).toEqual([{ id: metric.id, key: 'jours_de_dpo', label: 'Journées de DPO', referenceYear: 2026 }]);

    expect(errorCode(await as.reviewer.request(`mutation ($id: ID!) { removeUsageMetric(id: $id) { id } }`, { id: metric.id }))).toBe('FORBIDDEN');
    await as.drafter.ok(`mutation ($id: ID!) { removeUsageMetric(id: $id) { id } }`, { id: metric.id });
    read = await profileOf(as.drafter, 'Pleslin-Trigavou');
    expect(read.profile.metrics).toEqual([]);
    const trail = await as.admin.ok(`query ($id: ID!) { auditTrail(epciId: $id, limit: 100) { action before } }`, { id: dinan.epciId });
    const removal = trail.auditTrail.find((e: { action: string }) => e.action === 'usage_metric.remove');
    expect(JSON.parse(removal.before).values).toEqual({ [commune('Pleslin-Trigavou').inseeCode]: '2.5' });
  });

  it('refuses to remove a metric an action prices by, naming the action, until that action no longer uses it', async () => {
    const { defineUsageMetric: metric } = await as.drafter.ok(DEFINE, { epciId: dinan.epciId, input: { label: 'Jours de délégué' } });
    const REMOVE = `mutation ($id: ID!) { removeUsageMetric(id: $id) { id } }`;
    const { createScheme: scheme } = await as.drafter.ok(`mutation ($input: CreateSchemeInput!) { createScheme(input: $input) { id revision } }`, {
      input: { epciId: dinan.epciId, title: 'Schéma DPO', description: '', mandate: { first: 2026, last: 2032 } },
    });
    const { addAction: withDpo } = await as.drafter.ok(
      `mutation ($s: ID!, $r: Int!, $input: ActionDefinition!) { addAction(schemeId: $s, expectedRevision: $r, action: $input) { revision actions { id } } }`,
      { s: scheme.id, r: scheme.revision, input: pooledDpo([{ insee: commune('Dinan').inseeCode }], 20_000, '25000', metric.key) },
    );

    const refused = await as.drafter.request(REMOVE, { id: metric.id });
    expect(errorCode(refused)).toBe('INVALID_STATE');
    expect(refused.errors![0].message).toBe(
      "La métrique « Jours de délégué » est utilisée par l'action « DPO mutualisé » (Schéma DPO) : changez d'abord sa répartition, son tarif ou sa situation actuelle.",
    );
    const { epci } = await as.drafter.ok(PROFILES, { id: dinan.epciId });
    expect(epci.usageMetrics.map((m: { key: string }) => m.key)).toContain(metric.key);

    await as.drafter.ok(`mutation ($s: ID!, $a: ID!, $r: Int!) { removeAction(schemeId: $s, actionId: $a, expectedRevision: $r) { revision } }`, {
      s: scheme.id,
      a: withDpo.actions[0].id,
      r: withDpo.revision,
    });
    await as.drafter.ok(REMOVE, { id: metric.id });
  });
});

describe('CSV files', () => {
  const PREVIEW = `query ($input: ProfilesImportInput!) { profilesImportPreview(input: $input) {
    rowsRead communesChanged digest problems { line message } changes { inseeCode communeName field fieldLabel before after } } }`;
  const IMPORT = `mutation ($input: ProfilesImportInput!, $digest: String!) { importProfiles(input: $input, digest: $digest) }`;
  const preview = async (client: Client, csv: string) => client.request(PREVIEW, { input: { epciId: dinan.epciId, csv } });

  it('exports the profiles for a French spreadsheet: BOM, semicolons, decimal commas', async () => {
    const { epci } = await as.reviewer.ok(`query ($id: ID!) { epci(id: $id) { profilesCsv } }`, { id: dinan.epciId });
    const csv: string = epci.profilesCsv;
    expect(csv.startsWith('\uFEFFCode INSEE;Commune;Population municipale;Population totale;Population DGF;')).toBe(true);
    const dinanLine = csv.split('\r\n').find((l) => l.startsWith(`${commune('Dinan').inseeCode};Dinan;`))!;
    expect(dinanLine).toContain(';212,5;');
    expect(dinanLine).toContain(';12345678,9;');
    expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(65);
  });

  it('previews an import without changing anything, then applies exactly that', async () => {
    const plouer = commune('Plouër-sur-Rance');
    const csv =
      '\uFEFFCode INSEE;Commune;Agents (ETP);Postes de travail;Potentiel financier (€)\r\n' +
      `${plouer.inseeCode};"Plouër; sur ""Rance""";31,75;62;"4 250 000,50"\r\n` +
      `${commune('Dinan').inseeCode};Dinan;212,5;480;12345678,90\r\n`;
    const result = await preview(as.drafter, csv);
    expect(result.errors).toBeUndefined();
    const plan = result.data.profilesImportPreview;
    expect(plan).toMatchObject({ rowsRead: 2, communesChanged: 1, problems: [] });
    expect(plan.changes).toEqual([
      { inseeCode: plouer.inseeCode, communeName: 'Plouër-sur-Rance', field: 'agentsEtp', fieldLabel: 'Agents (ETP)', before: '', after: '31,75' },
      { inseeCode: plouer.inseeCode, communeName: 'Plouër-sur-Rance', field: 'workstations', fieldLabel: 'Postes de travail', before: '', after: '62' },
      { inseeCode: plouer.inseeCode, communeName: 'Plouër-sur-Rance', field: 'potentielFinancierCents', fieldLabel: 'Potentiel financier (€)', before: '', after: '4250000,5' },
    ]);
    expect((await profileOf(as.drafter, 'Plouër-sur-Rance')).profile.revision).toBe(0);

    const applied = await as.drafter.ok(IMPORT, { input: { epciId: dinan.epciId, csv }, digest: plan.digest });
    expect(applied.importProfiles).toBe(1);
    expect((await profileOf(as.drafter, 'Plouër-sur-Rance')).profile).toMatchObject({
      agentsEtp: '31.75',
      workstations: 62,
      potentielFinancierCents: 425_000_050,
      revision: 1,
    });
  });

  it('refuses to apply a preview that no longer matches the profiles', async () => {
    const csv = `Code INSEE;Téléphones\n${commune('Vildé-Guingalan').inseeCode};9\n`;
    const { digest } = (await preview(as.drafter, csv)).data.profilesImportPreview;
    await as.otherDrafter.ok(UPDATE, { input: { epciId: dinan.epciId, rows: [{ communeId: commune('Vildé-Guingalan').id, expectedRevision: 0, phones: '4' }] } });
    const late = await as.drafter.request(IMPORT, { input: { epciId: dinan.epciId, csv }, digest });
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.errors![0].message).toMatch(/Les profils ont changé depuis l'aperçu/);
    expect((await profileOf(as.drafter, 'Vildé-Guingalan')).profile.phones).toBe(4);
  });

  it('reads a paste from a spreadsheet (tabs) and an INSEE column under another usual name', async () => {
    const csv = `CODGEO\tTablettes\n${commune('Quévert').inseeCode}\t3\n`;
    const plan = (await preview(as.drafter, csv)).data.profilesImportPreview;
    expect(plan.changes).toEqual([expect.objectContaining({ communeName: 'Quévert', field: 'tablets', after: '3' })]);
  });

  it.each([
    ['an unknown INSEE code', `Code INSEE;Postes de travail\n22050;10\n99999;5\n`, [/Ligne 3 : le code INSEE « 99999 » n'est pas celui d'une commune/]],
    ['a bad number', `Code INSEE;Postes de travail\n22050;10\n\n22209;dix\n`, [/Ligne 4 : Commune de .* — Postes de travail : « dix » n'est pas un nombre/]],
    ['an unknown column', `Code INSEE;Nombre de vélos\n22050;10\n`, [/Ligne 1 : colonne « Nombre de vélos » inconnue/]],
    ['a missing INSEE column', `Postes de travail\n10\n`, [/la colonne « Code INSEE » est obligatoire/]],
    ['a row with a cell too many', `Code INSEE;Téléphones\n22050;1;2\n`, [/Ligne 2 : 3 cellules au lieu de 2/]],
    ['a commune twice', `Code INSEE;Téléphones\n22050;1\n22050;2\n`, [/Ligne 3 : la commune Dinan \(22050\) figure déjà ligne 2/]],
    ['an unterminated quote', `Code INSEE;Commune\n22050;"Dinan\n`, [/Ligne 2 : guillemet ouvrant sans guillemet fermant/]],
  ])('refuses a file with %s, giving the line, and applies nothing', async (_, csv, messages) => {
    const plan = (await preview(as.drafter, csv)).data.profilesImportPreview;
    expect(plan.changes).toEqual([]);
    expect(plan.problems.map((p: { message: string }) => p.message)).toEqual(messages.map((m) => expect.stringMatching(m)));
    const applied = await as.drafter.request(IMPORT, { input: { epciId: dinan.epciId, csv }, digest: plan.digest });
    expect(errorCode(applied)).toBe('BAD_USER_INPUT');
    expect((await profileOf(as.drafter, 'Dinan')).profile.workstations).toBe(480);
  });

  it('keeps imports to drafters and administrators of the EPCI', async () => {
    const csv = `Code INSEE;Téléphones\n22050;1\n`;
    for (const client of [as.reviewer, as.elected, as.outsider]) expect(errorCode(await preview(client, csv))).toBe('FORBIDDEN');
  });
});
