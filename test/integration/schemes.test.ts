import { Client, errorCode } from '../support/graphql';
import { appointAdmin, importEpci, member, signedInOperator, type Territory } from '../support/fixtures';
import { groupPurchase, opsnMembership, pooledDpo, serviceProvision, sharedAsset, sharedService } from '../support/actions';

// CA Lannion-Trégor Communauté (57 communes, FPU) drafts; CC Coeur de Tarentaise (FA) checks the AC rule.
const LANNION = '200065928';
const TARENTAISE = '200023299';
const ADDRESS = '10.0.10.1';
const MANDATE = { first: 2026, last: 2032 };

const LANNION_INSEE = '22113';
const PERROS = '22168';
const TREBEURDEN = '22343';
const PLEUMEUR = '22198';

let lannion: Territory;
let tarentaise: Territory;
let as: { drafter: Client; secondDrafter: Client; elected: Client; admin: Client; reviewer: Client; outsider: Client; faDrafter: Client };

const SCHEME_FIELDS = `id title description mandate { first last } revision createdBy updatedBy duplicatedFromId
  actions { id position title kind participantCount definition }`;
const CREATE = `mutation ($input: CreateSchemeInput!) { createScheme(input: $input) { ${SCHEME_FIELDS} } }`;
const READ = `query ($id: ID!) { scheme(id: $id) { ${SCHEME_FIELDS} costing { summary shares problems { actionId reason message } warnings { actionId reason message } rulesVersion } } }`;
const ADD = `mutation ($s: ID!, $r: Int!, $input: ActionDefinition!) { addAction(schemeId: $s, expectedRevision: $r, action: $input) { ${SCHEME_FIELDS} } }`;
const UPDATE_ACTION = `mutation ($s: ID!, $a: ID!, $r: Int!, $input: ActionDefinition!) { updateAction(schemeId: $s, actionId: $a, expectedRevision: $r, action: $input) { ${SCHEME_FIELDS} } }`;

const nest = (depth: number): unknown => (depth === 0 ? { kind: 'equal' } : { kind: 'composite', parts: [{ percent: '100', key: nest(depth - 1) }] });
const nestedValue = (depth: number): unknown => (depth === 0 ? 'fond' : { a: nestedValue(depth - 1) });

async function newScheme(client: Client, territory: Territory, title: string) {
  return (await client.ok(CREATE, { input: { epciId: territory.epciId, title, description: '', mandate: MANDATE } })).createScheme;
}

async function addAction(client: Client, scheme: { id: string; revision: number }, input: unknown) {
  return (await client.ok(ADD, { s: scheme.id, r: scheme.revision, input })).addAction;
}

const read = async (client: Client, id: string) => (await client.ok(READ, { id })).scheme;
const ARCHIVE = `mutation ($s: ID!, $r: Int!) { archiveScheme(id: $s, expectedRevision: $r) { id } }`;
const UNARCHIVE = `mutation ($s: ID!, $r: Int!) { unarchiveScheme(id: $s, expectedRevision: $r) { id revision archivedAt } }`;
const ARCHIVED = `query ($e: ID!) { schemes(epciId: $e, archived: true) { id revision archivedAt } }`;

/** One commune's figures over the mandate and year by year, as its sheet reads them. */
const communeOf = async (client: Client, id: string, insee: string) =>
  (await client.ok(`query ($id: ID!, $insee: String!) { scheme(id: $id) { costing { commune(insee: $insee) } } }`, { id, insee })).scheme.costing.commune;

/** One commune's share of one action in one year, from the costing's shares. */
function shareOf(costing: any, actionId: string, year: number, payer: string) {
  const action = costing.shares.find((a: any) => a.actionId === actionId);
  const shares = action.years.find((y: any) => y.year === year).shares;
  return shares.find((s: any) => (payer === 'EPCI' ? s.payer.kind === 'EPCI' : s.payer.insee === payer));
}

beforeAll(async () => {
  const operator = await signedInOperator(ADDRESS);
  lannion = await importEpci(operator, LANNION);
  tarentaise = await importEpci(operator, TARENTAISE);
  const admin = await appointAdmin(operator, lannion.epciId, 'admin@lannion.test');
  const faAdmin = await appointAdmin(operator, tarentaise.epciId, 'admin@tarentaise.test');
  as = {
    admin,
    drafter: await member(admin, lannion.epciId, 'DRAFTER', 'dsi@lannion.test'),
    secondDrafter: await member(admin, lannion.epciId, 'DRAFTER', 'dgs@lannion.test'),
    elected: await member(admin, lannion.epciId, 'ELECTED', 'president@lannion.test'),
    reviewer: await member(admin, lannion.epciId, 'REVIEWER', 'mairie@perros.test', lannion.communes.find((c) => c.inseeCode === PERROS)!.id),
    outsider: await member(faAdmin, tarentaise.epciId, 'DRAFTER', 'dsi@tarentaise.test'),
    faDrafter: await member(faAdmin, tarentaise.epciId, 'DRAFTER', 'dgs@tarentaise.test'),
  };
  // Days of DPO work for two communes, for the DPO tariff.
  await as.drafter.ok(`mutation ($e: ID!) { defineUsageMetric(epciId: $e, input: { label: "jours de DPO", referenceYear: 2025 }) { key } }`, { e: lannion.epciId });
  const communeId = (insee: string) => lannion.communes.find((c) => c.inseeCode === insee)!.id;
  await as.drafter.ok(`mutation ($input: UpdateCommuneProfilesInput!) { updateCommuneProfiles(input: $input) { id } }`, {
    input: {
      epciId: lannion.epciId,
      rows: [
        { communeId: communeId(LANNION_INSEE), expectedRevision: 0, metrics: [{ key: 'jours_de_dpo', value: '1' }] },
        { communeId: communeId(PERROS), expectedRevision: 0, metrics: [{ key: 'jours_de_dpo', value: '2,5' }] },
      ],
    },
  });
});

describe('schemes', () => {
  it('creates a draft for the mandate, readable by elected officials and administrators, not by reviewers or other EPCI', async () => {
    const scheme = await newScheme(as.drafter, lannion, 'Schéma 2026–2032');
    expect(scheme).toMatchObject({ title: 'Schéma 2026–2032', mandate: MANDATE, revision: 1, createdBy: 'dsi', actions: [] });
    for (const client of [as.elected, as.admin]) expect((await read(client, scheme.id)).title).toBe('Schéma 2026–2032');
    expect(errorCode(await as.reviewer.request(READ, { id: scheme.id }))).toBe('FORBIDDEN');
    expect(errorCode(await as.outsider.request(READ, { id: scheme.id }))).toBe('NOT_FOUND');
    const list = await as.elected.ok(`query ($e: ID!) { schemes(epciId: $e) { id } }`, { e: lannion.epciId });
    expect(list.schemes.map((s: { id: string }) => s.id)).toContain(scheme.id);
    expect(errorCode(await as.elected.request(CREATE, { input: { epciId: lannion.epciId, title: 'x', mandate: MANDATE } }))).toBe('FORBIDDEN');
  });

  it('lists the archived schemes apart, the latest archived first', async () => {
    const first = await newScheme(as.drafter, lannion, 'Archivé d’abord');
    const second = await newScheme(as.drafter, lannion, 'Archivé ensuite');
    for (const scheme of [first, second]) await as.drafter.ok(ARCHIVE, { s: scheme.id, r: scheme.revision });
    const { schemes } = await as.elected.ok(ARCHIVED, { e: lannion.epciId });
    const ids = schemes.map((s: { id: string }) => s.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect(ids.indexOf(first.id)).toBeGreaterThanOrEqual(0);
    expect(schemes.every((s: { archivedAt: string | null }) => s.archivedAt !== null)).toBe(true);
    expect(errorCode(await as.outsider.request(ARCHIVED, { e: lannion.epciId }))).toBe('FORBIDDEN');
  });

  it('brings an archived scheme back into the list, as one more audited revision', async () => {
    const scheme = await newScheme(as.drafter, lannion, 'Désarchivé');
    await as.drafter.ok(ARCHIVE, { s: scheme.id, r: scheme.revision });
    const back = (await as.drafter.ok(UNARCHIVE, { s: scheme.id, r: scheme.revision + 1 })).unarchiveScheme;
    expect(back).toMatchObject({ id: scheme.id, revision: scheme.revision + 2, archivedAt: null });
    const list = await as.drafter.ok(`query ($e: ID!) { schemes(epciId: $e) { id } }`, { e: lannion.epciId });
    expect(list.schemes.map((s: { id: string }) => s.id)).toContain(scheme.id);
    const trail = await as.admin.ok(`query ($e: ID!) { auditTrail(epciId: $e, limit: 20) { action entityId } }`, { e: lannion.epciId });
    expect(trail.auditTrail).toContainEqual({ action: 'scheme.unarchive', entityId: scheme.id });
  });

  it('lets only the EPCI’s drafters un-archive a scheme', async () => {
    const scheme = await newScheme(as.drafter, lannion, 'Archivé pour de bon');
    await as.drafter.ok(ARCHIVE, { s: scheme.id, r: scheme.revision });
    for (const client of [as.elected, as.admin]) expect(errorCode(await client.request(UNARCHIVE, { s: scheme.id, r: scheme.revision + 1 }))).toBe('FORBIDDEN');
    expect(errorCode(await as.outsider.request(UNARCHIVE, { s: scheme.id, r: scheme.revision + 1 }))).toBe('NOT_FOUND');
    const { schemes } = await as.drafter.ok(ARCHIVED, { e: lannion.epciId });
    expect(schemes.find((s: { id: string }) => s.id === scheme.id)).toMatchObject({ revision: scheme.revision + 1 });
  });

  it('refuses to un-archive a scheme in use, in French', async () => {
    const scheme = await newScheme(as.drafter, lannion, 'Jamais archivé');
    const answer = await as.drafter.request(UNARCHIVE, { s: scheme.id, r: scheme.revision });
    expect(errorCode(answer)).toBe('INVALID_STATE');
    expect(answer.errors![0].message).toBe('Ce schéma n’est pas archivé.');
  });

  it.each([
    [{ title: '  ' }, /Le titre du schéma doit contenir entre 1 et 200 caractères/],
    [{ mandate: { first: 2026, last: 2040 } }, /10 ans au plus/],
    [{ mandate: { first: 2032, last: 2026 } }, /Le mandat va d'une année à une autre/],
  ])('refuses a scheme with %j', async (change, message) => {
    const result = await as.drafter.request(CREATE, { input: { epciId: lannion.epciId, title: 'Schéma', mandate: MANDATE, ...change } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(message);
  });
});

describe('actions of every kind, costed to the cent', () => {
  let scheme: any;

  beforeAll(async () => {
    scheme = await newScheme(as.drafter, lannion, 'Toutes les natures');
  });

  const addToScheme = async (input: unknown) => {
    scheme = await addAction(as.drafter, scheme, input);
    return scheme.actions[scheme.actions.length - 1];
  };

  it('shares a shared service: the EPCI first, then equal shares', async () => {
    const four = [LANNION_INSEE, PERROS, TREBEURDEN, PLEUMEUR].map((insee) => ({ insee, statusQuoCents: 300_000 }));
    const action = await addToScheme(sharedService(four, 1_000_000, '20'));
    const { costing } = await read(as.drafter, scheme.id);
    expect(shareOf(costing, action.id, 2026, 'EPCI').cents).toBe(200_000);
    for (const insee of [LANNION_INSEE, PERROS, TREBEURDEN, PLEUMEUR]) expect(shareOf(costing, action.id, 2026, insee).cents).toBe(200_000);
    expect(shareOf(costing, action.id, 2026, PERROS).explanation).toMatch(/^25\s%\sen parts égales \(1 sur 4\) ×\s8\s000,00\s€$/);
    const perros = await communeOf(as.drafter, scheme.id, PERROS);
    expect(perros.years[0]).toMatchObject({ year: 2026, statusQuoCents: 300_000 });
  });

  it('prices a pooled DPO at a flat fee per member plus a price per day of work', async () => {
    const action = await addToScheme(pooledDpo([{ insee: LANNION_INSEE }, { insee: PERROS }], 20_000, '25000', 'jours_de_dpo'));
    const { costing } = await read(as.drafter, scheme.id);
    expect(shareOf(costing, action.id, 2026, LANNION_INSEE).cents).toBe(45_000); // 200 € + 1 day × 250 €
    expect(shareOf(costing, action.id, 2026, PERROS).cents).toBe(82_500); // 200 € + 2.5 days × 250 €
  });

  it('bills a provision of services at unit cost × forecast units (D5211-16)', async () => {
    const action = await addToScheme(serviceProvision({ [LANNION_INSEE]: '100', [PERROS]: '40' }, '3550'));
    const { costing } = await read(as.drafter, scheme.id);
    expect(shareOf(costing, action.id, 2030, LANNION_INSEE).cents).toBe(355_000);
    expect(shareOf(costing, action.id, 2030, PERROS).cents).toBe(142_000);
  });

  it('shows a group purchase saving the price gain on each member’s own needs', async () => {
    const action = await addToScheme(groupPurchase({ [LANNION_INSEE]: '10', [TREBEURDEN]: '3' }, '80000', '15'));
    const { costing } = await read(as.drafter, scheme.id);
    expect(shareOf(costing, action.id, 2026, LANNION_INSEE).cents).toBe(680_000); // 10 × 800 € × 85 %
    expect(shareOf(costing, action.id, 2026, TREBEURDEN).cents).toBe(204_000);
    // Trébeurden also takes part in the shared service (2 000 € a year, 3 000 € today). Its own
    // computers bought alone: 3 × 800 € = 2 400 €; grouped: 2 040 €.
    const trebeurden = await communeOf(as.drafter, scheme.id, TREBEURDEN);
    expect(trebeurden.years[0]).toMatchObject({ statusQuoCents: 300_000 + 240_000, schemeCents: 200_000 + 204_000, savingCents: 100_000 + 36_000 });
  });

  it('prices an OPSN membership from the registry’s fee, per inhabitant', async () => {
    const { createOpsn } = await as.drafter.ok(
      `mutation ($e: ID!, $input: OpsnInput!) { createOpsn(epciId: $e, input: $input) { id } }`,
      { e: lannion.epciId, input: { name: 'Mégalis Bretagne', legalForm: 'SYNDICAT_MIXTE', departments: ['22'], services: [{ kind: 'TELETRANSMISSION', fee: { kind: 'PER_INHABITANT', amount: '1,10' } }] } },
    );
    const action = await addToScheme(opsnMembership([{ insee: TREBEURDEN }], createOpsn.id, 'TELETRANSMISSION'));
    expect(action.definition.details.services[0].fee).toMatchObject({ kind: 'PER_INHABITANT', amountCents: '110' });
    const { epci } = await as.drafter.ok(`query ($e: ID!) { epci(id: $e) { communes { inseeCode populationTotale } } }`, { e: lannion.epciId });
    const inhabitants = epci.communes.find((c: any) => c.inseeCode === TREBEURDEN).populationTotale;
    const { costing } = await read(as.drafter, scheme.id);
    expect(shareOf(costing, action.id, 2026, TREBEURDEN).cents).toBe(inhabitants * 110);
  });

  it('shares a shared asset’s acquisition in its year, when charged at once, and its running cost every year', async () => {
    const action = await addToScheme(sharedAsset([{ insee: PERROS }, { insee: PLEUMEUR }], 3_000_000, 2027, 100_000, { acquisitionCharge: 'ONE_OFF' }));
    const { costing } = await read(as.drafter, scheme.id);
    expect(shareOf(costing, action.id, 2026, PERROS).cents).toBe(50_000);
    expect(shareOf(costing, action.id, 2027, PERROS)).toMatchObject({ cents: 1_550_000, investmentCents: 1_500_000, operatingCents: 50_000 });
    expect(costing.problems).toEqual([]);
    expect(scheme.actions.map((a: any) => a.kind)).toEqual(['SHARED_SERVICE', 'POOLED_DPO', 'SERVICE_PROVISION', 'GROUP_PURCHASE', 'OPSN_MEMBERSHIP', 'SHARED_ASSET']);
  });

  it('sums up each action year by year without its shares, the EPCI’s part apart', async () => {
    const { scheme: read } = await as.drafter.ok(`query ($id: ID!) { scheme(id: $id) { actions { id } costing { summary } } }`, { id: scheme.id });
    const service = read.costing.summary.actions.find((a: any) => a.actionId === read.actions[0].id);
    expect(service.years[0]).toEqual({ year: 2026, totalCents: 1_000_000, operatingCents: 1_000_000, investmentCents: 0, epciCents: 200_000 });
    expect(JSON.stringify(read.costing.summary)).not.toMatch(/shares|explanation/);
  });

  it('gives one commune’s shares of the actions it takes part in, with their explanations', async () => {
    const { scheme: read } = await as.drafter.ok(`query ($id: ID!, $insee: String!) { scheme(id: $id) { actions { id kind } costing { shares(insee: $insee) } } }`, {
      id: scheme.id,
      insee: PERROS,
    });
    const kinds = new Map(read.actions.map((a: any) => [a.id, a.kind]));
    expect(read.costing.shares.map((a: any) => kinds.get(a.actionId))).toEqual(['SHARED_SERVICE', 'POOLED_DPO', 'SERVICE_PROVISION', 'SHARED_ASSET']);
    const shares = read.costing.shares.flatMap((a: any) => a.years.flatMap((y: any) => y.shares));
    expect(new Set(shares.map((s: any) => s.payer.insee))).toEqual(new Set([PERROS]));
    expect(shares[0].explanation).toMatch(/en parts égales \(1 sur 4\)/);
  });

  it('gives one commune’s figures year by year, and none for a commune outside the EPCI', async () => {
    const perros = await communeOf(as.drafter, scheme.id, PERROS);
    expect(perros.years.map((y: any) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032]);
    const { scheme: read } = await as.drafter.ok(`query ($id: ID!) { scheme(id: $id) { costing { summary } } }`, { id: scheme.id });
    expect(read.costing.summary.communes.find((c: any) => c.insee === PERROS)).toEqual({ insee: PERROS, name: perros.name, population: perros.population, mandate: perros.mandate, lastYear: { year: 2032, impact: perros.years[6].impact } });
    expect(await communeOf(as.drafter, scheme.id, '75056')).toBeNull();
  });

  it('gives one action’s shares of every payer', async () => {
    const { scheme: read } = await as.drafter.ok(`query ($id: ID!, $a: ID!) { scheme(id: $id) { actions { id } costing { shares(actionId: $a) } } }`, {
      id: scheme.id,
      a: scheme.actions[1].id,
    });
    expect(read.costing.shares).toHaveLength(1);
    expect(read.costing.shares[0].years[0].shares.map((s: any) => s.payer.insee ?? 'EPCI')).toEqual(['EPCI', LANNION_INSEE, PERROS]);
  });

  it('keeps an action whose key lacks figures, and says which commune misses which figure', async () => {
    const action = await addToScheme(sharedService([{ insee: PERROS }, { insee: PLEUMEUR }], 500_000, '0', { kind: 'devices', devices: ['workstations'] }));
    const { costing } = await read(as.drafter, scheme.id);
    expect(costing.problems).toEqual([
      { actionId: action.id, reason: 'MISSING_FIGURE', message: expect.stringMatching(/Commune de Perros-Guirec : le nombre de postes de travail est manquant/) },
    ]);
    expect(costing.summary.actions.map((a: any) => a.actionId)).not.toContain(action.id);
    expect(costing.summary.actions).toHaveLength(6);
  });
});

describe('costing faithful to practice (rules version 2)', () => {
  let scheme: any;

  beforeAll(async () => {
    scheme = await newScheme(as.drafter, lannion, 'Règles de la pratique');
  });

  const addToScheme = async (input: unknown) => {
    scheme = await addAction(as.drafter, scheme, input);
    return scheme.actions[scheme.actions.length - 1];
  };
  const two = [{ insee: PERROS }, { insee: PLEUMEUR }];

  it('depreciates a shared asset over its years: 24 000 € over 4 years with 1 200 € of running cost is 7 200 € a year, then 1 200 €', async () => {
    const action = await addToScheme(sharedAsset(two, 2_400_000, 2026, 120_000, { depreciationYears: 4 }));
    expect(action.definition.details.acquisitionCharge).toBe('DEPRECIATION_FROM_ACQUISITION_YEAR');
    const { costing } = await read(as.drafter, scheme.id);
    const totals = costing.shares.find((a: any) => a.actionId === action.id).years.map((y: any) => y.totalCents);
    expect(totals).toEqual([720_000, 720_000, 720_000, 720_000, 120_000, 120_000, 120_000]);
    expect(shareOf(costing, action.id, 2026, PERROS)).toMatchObject({ cents: 360_000, operatingCents: 360_000, investmentCents: 0 });
  });

  it('says, in the mandate’s last year, what remains to depreciate: 24 000 € over 10 years leaves 7 200 € after 2032', async () => {
    const action = await addToScheme(sharedAsset(two, 2_400_000, 2026, 0, { depreciationYears: 10 }));
    const { costing } = await read(as.drafter, scheme.id);
    expect(shareOf(costing, action.id, 2026, PERROS).cents).toBe(120_000);
    expect(shareOf(costing, action.id, 2032, PERROS).explanation.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/annuité 7\/10 = 2 400,00 € ; reste à amortir après 2032 : 7 200,00 €$/);
  });

  it('depreciates from the year after the acquisition when the EPCI chooses so', async () => {
    const action = await addToScheme(sharedAsset(two, 2_400_000, 2026, 0, { depreciationYears: 4, acquisitionCharge: 'DEPRECIATION_FROM_NEXT_YEAR' }));
    const { costing } = await read(as.drafter, scheme.id);
    expect([2026, 2027, 2030].map((year) => shareOf(costing, action.id, year, PERROS).cents)).toEqual([0, 300_000, 300_000]);
  });

  it('charges a one-off group purchase once: 100 PCs at 600 € less 10 %, 54 000 € in 2027, 6 000 € saved', async () => {
    const action = await addToScheme(groupPurchase({ [TREBEURDEN]: '100' }, '60000', '10', { purchase: 'ONE_OFF', purchaseYear: 2027 }));
    const { costing } = await read(as.drafter, scheme.id);
    const years = costing.shares.find((a: any) => a.actionId === action.id).years;
    expect(years.map((y: any) => [y.year, y.totalCents])).toEqual([[2027, 5_400_000]]);
    const trebeurden = costing.summary.communes.find((c: any) => c.insee === TREBEURDEN);
    expect(trebeurden.mandate).toMatchObject({ schemeCents: 5_400_000, statusQuoCents: 6_000_000, savingCents: 600_000 });
  });

  it('charges recurring needs each year of the contract only: 4 years of 2 × 540 €', async () => {
    const action = await addToScheme(groupPurchase({ [LANNION_INSEE]: '2' }, '60000', '10', { purchase: 'RECURRING', contractYears: 4 }));
    const { costing } = await read(as.drafter, scheme.id);
    const years = costing.shares.find((a: any) => a.actionId === action.id).years;
    expect(years.map((y: any) => [y.year, y.totalCents])).toEqual([2026, 2027, 2028, 2029].map((year) => [year, 108_000]));
  });

  it('refuses a cost line of a group purchase outside its contract, and saves nothing', async () => {
    const input = { ...groupPurchase({ [LANNION_INSEE]: '2' }, '60000', '10', { contractYears: 2 }), costLines: [{ kind: 'oneOff', label: 'Procédure', nature: 'OPERATING', year: 2030, amountCents: 50_000 }] };
    const response = await as.drafter.request(ADD, { s: scheme.id, r: scheme.revision, input });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toBe('La ligne « Procédure » doit tomber pendant le marché (2026–2027).');
    expect((await read(as.drafter, scheme.id)).revision).toBe(scheme.revision);
  });

  it('shows an ascending provision as a receipt of the commune that provides it, and a cost of the EPCI', async () => {
    const ascending = serviceProvision({ [PLEUMEUR]: '120' }, '3500');
    const action = await addToScheme({ ...ascending, details: { ...ascending.details, direction: 'ASCENDING' } });
    const { costing } = await read(as.drafter, scheme.id);
    // 120 hours × 35 € = 4 200 € a year, received by Pleumeur-Bodou, borne by the EPCI.
    expect(shareOf(costing, action.id, 2026, 'EPCI').cents).toBe(420_000);
    expect(shareOf(costing, action.id, 2026, PLEUMEUR).explanation.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/recette : 120 heures × 35,00 € = 4 200,00 € remboursés par l’intercommunalité$/);
    const pleumeur = costing.summary.communes.find((c: any) => c.insee === PLEUMEUR);
    expect(pleumeur.mandate.receiptCents).toBe(7 * 420_000);
  });

  it('counts a receipt in the commune’s saving: status quo − cost + receipt', async () => {
    const { costing } = await read(as.drafter, scheme.id);
    const pleumeur = costing.summary.communes.find((c: any) => c.insee === PLEUMEUR).mandate;
    expect(pleumeur.savingCents).toBe(pleumeur.statusQuoCents - pleumeur.schemeCents + pleumeur.receiptCents);
  });

  it('warns when the ETP the communes transfer and those the EPCI gains disagree, without refusing the action', async () => {
    const input = { ...sharedService([{ insee: PERROS }, { insee: PLEUMEUR }], 100_000, '0'), epciEtpGained: '2' };
    input.participants = input.participants.map((p, i) => ({ ...p, etpTransferred: i === 0 ? '2' : '1.5' }));
    const action = await addToScheme(input);
    const { costing } = await read(as.drafter, scheme.id);
    expect(costing.warnings).toEqual([{ actionId: action.id, reason: 'ETP_MISMATCH', message: 'Les communes transfèrent 3,5 ETP mais l’intercommunalité en reçoit 2.' }]);
    expect(costing.shares.map((a: any) => a.actionId)).toContain(action.id);
  });

  it('gives the EPCI the ETP the communes transfer when it types none', async () => {
    const input = sharedService([{ insee: PERROS }], 100_000, '0');
    input.participants = input.participants.map((p) => ({ ...p, etpTransferred: '1.5' }));
    const before = (await read(as.drafter, scheme.id)).costing.summary.epci.mandate.impact.etpChange;
    await addToScheme(input);
    const { costing } = await read(as.drafter, scheme.id);
    expect(costing.summary.epci.mandate.impact.etpChange).toBe(before + 1.5);
  });

  it('carries each commune’s population municipale, which costs per inhabitant are computed on', async () => {
    const { costing } = await read(as.drafter, scheme.id);
    const { epci } = await as.drafter.ok(`query ($e: ID!) { epci(id: $e) { communes { inseeCode populationMunicipale } } }`, { e: lannion.epciId });
    const perros = epci.communes.find((c: any) => c.inseeCode === PERROS).populationMunicipale;
    expect(costing.summary.communes.find((c: any) => c.insee === PERROS).population).toBe(perros);
  });

  it('records the rules version in the costing and in a version frozen from it', async () => {
    const { costing, revision } = await read(as.drafter, scheme.id);
    expect(costing.rulesVersion).toBe(2);
    const frozen = (await as.drafter.ok(`mutation ($s: ID!, $r: Int!, $m: String!) { freezeVersion(schemeId: $s, expectedRevision: $r, message: $m) { id } }`, { s: scheme.id, r: revision, m: 'Règles 2' })).freezeVersion;
    const { version } = await as.drafter.ok(`query ($id: ID!) { version(id: $id) { content } }`, { id: frozen.id });
    expect(version.content).toMatchObject({ rulesVersion: 2, warnings: costing.warnings, costing: { totals: costing.summary.totals } });
  });
});

describe('changing a draft', () => {
  it('updates an action, recording before and after in the audit trail', async () => {
    let scheme = await newScheme(as.drafter, lannion, 'Variante DPO');
    scheme = await addAction(as.drafter, scheme, sharedService([{ insee: PERROS }, { insee: TREBEURDEN }], 600_000, '0'));
    const [action] = scheme.actions;
    const input = sharedService([{ insee: PERROS }, { insee: TREBEURDEN }], 600_000, '0', { kind: 'population', population: 'municipale' });
    const updated = (await as.drafter.ok(UPDATE_ACTION, { s: scheme.id, a: action.id, r: scheme.revision, input })).updateAction;
    expect(updated.revision).toBe(scheme.revision + 1);
    expect(updated.actions[0].definition.allocation.key).toEqual({ kind: 'population', population: 'municipale' });
    const trail = await as.admin.ok(`query ($e: ID!) { auditTrail(epciId: $e, limit: 200) { action entityId before after } }`, { e: lannion.epciId });
    const event = trail.auditTrail.find((e: any) => e.action === 'scheme.action.update' && e.entityId === action.id);
    expect(JSON.parse(event.before).allocation.key).toEqual({ kind: 'equal' });
    expect(JSON.parse(event.after).value.allocation.key).toEqual({ kind: 'population', population: 'municipale' });
  });

  it('refuses the second of two concurrent saves, keeping the first, and says who saved', async () => {
    let scheme = await newScheme(as.drafter, lannion, 'Concurrence');
    scheme = await addAction(as.drafter, scheme, sharedService([{ insee: PERROS }], 100_000, '0'));
    const seen = scheme.revision;
    await as.drafter.ok(ADD, { s: scheme.id, r: seen, input: sharedAsset([{ insee: PERROS }], 0, 2026, 10_000) });
    const late = await as.secondDrafter.request(UPDATE_ACTION, {
      s: scheme.id,
      a: scheme.actions[0].id,
      r: seen,
      input: sharedService([{ insee: PERROS }], 999_900, '0'),
    });
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.errors![0].message).toMatch(/^dsi a modifié ce schéma à \d\d:\d\d, après que vous l'avez ouvert/);
    expect(late.errors![0].extensions).toMatchObject({ currentRevision: seen + 1, updatedBy: 'dsi' });
    const now = await read(as.secondDrafter, scheme.id);
    expect(now.actions).toHaveLength(2);
    expect(now.actions[0].definition.costLines[0].amountCents).toBe(100_000);
  });

  it.each([
    ['years outside the mandate', { years: { first: 2025, last: 2030 } }, /l'action doit se dérouler pendant le mandat \(2026–2032\)/],
    ['a commune of another EPCI', { participants: [{ insee: '73034', payment: 'INVOICE' }] }, /73034 n'est pas une commune membre/],
    ['percentages that do not sum to 100', { allocation: { kind: 'split', key: { kind: 'percentages', percents: { [PERROS]: '80' } } } }, /100/],
    ['AC deduction for a group purchase', { kind: 'GROUP_PURCHASE' }, /attribution de compensation/],
    ['a negative amount', { costLines: [{ kind: 'yearly', label: 'x', years: MANDATE, amountCents: -5 }] }, /centimes positif/],
  ])('refuses %s, in French, and changes nothing', async (_, change, message) => {
    let scheme = await newScheme(as.drafter, lannion, 'Refus');
    let input: any = { ...sharedService([{ insee: PERROS }], 100_000, '0'), ...change };
    if ((change as any).kind === 'GROUP_PURCHASE') input = { ...groupPurchase({ [PERROS]: '1' }, '100', '10') };
    if ((change as any).kind === 'GROUP_PURCHASE') input.participants[0].payment = 'AC_DEDUCTION';
    const result = await as.drafter.request(ADD, { s: scheme.id, r: scheme.revision, input });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(message);
    scheme = await read(as.drafter, scheme.id);
    expect(scheme).toMatchObject({ revision: 1, actions: [] });
  });

  it('saves a composite key nested in a composite and reads it back as sent', async () => {
    const key = {
      kind: 'composite',
      parts: [
        { percent: '50', key: { kind: 'equal' } },
        { percent: '50', key: { kind: 'composite', parts: [{ percent: '100', key: { kind: 'population', population: 'municipale' } }] } },
      ],
    };
    const scheme = await addAction(as.drafter, await newScheme(as.drafter, lannion, 'Clé imbriquée'), sharedService([{ insee: PERROS }, { insee: TREBEURDEN }], 100_000, '0', key));
    expect(scheme.actions[0].definition.allocation.key).toEqual(key);
    expect((await read(as.drafter, scheme.id)).costing.problems).toEqual([]);
  });

  it.each([
    ['a key nested four levels deep', (input: any) => ({ ...input, allocation: { kind: 'split', key: nest(3) } }), /3 niveaux au plus/, 'allocation.key.parts.0.key.parts.0.key.parts.0.key'],
    ['a NUL byte in an INSEE code used as a key', (input: any) => ({ ...input, allocation: { kind: 'split', key: { kind: 'percentages', percents: { '2216\u0000': '100' } } } }), /caractère invalide/, 'action.allocation.key.percents'],
    ['an amount beyond 2^53', (input: any) => ({ ...input, epciEtpGained: null, costLines: [{ kind: 'yearly', label: 'x', years: MANDATE, amountCents: 2 ** 53 + 2 }] }), /10 milliards/, 'costLines.0.amountCents'],
    ['a value nested beyond any action', (input: any) => ({ ...input, description: nestedValue(20) }), /imbriquée trop profondément/, undefined],
  ])('refuses %s as a bad input with a French message, every time', async (_, change, message, field) => {
    const scheme = await newScheme(as.drafter, lannion, 'Refus du scalaire');
    const input = change(sharedService([{ insee: PERROS }], 100_000, '0'));
    // Twice: Mercurius compiles a query with graphql-jit once it has run it, and both paths must answer alike.
    for (let i = 0; i < 2; i++) {
      const result = await as.drafter.request(ADD, { s: scheme.id, r: scheme.revision, input });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toMatch(message);
      if (field) expect(result.errors![0].extensions?.field).toBe(field);
    }
  });

  it('allows paying a shared service by AC deduction in an FPU EPCI only', async () => {
    const fpu = await newScheme(as.drafter, lannion, 'AC');
    const withAc = await addAction(as.drafter, fpu, sharedService([{ insee: PERROS, payment: 'AC_DEDUCTION' }, { insee: TREBEURDEN }], 100_000, '0'));
    expect((await communeOf(as.drafter, withAc.id, PERROS)).years[0].acDeductionCents).toBe(50_000);

    const fa = await newScheme(as.faDrafter, tarentaise, 'AC en FA');
    const refused = await as.faDrafter.request(ADD, { s: fa.id, r: fa.revision, input: sharedService([{ insee: tarentaise.communes[0].inseeCode, payment: 'AC_DEDUCTION' }], 100_000, '0') });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].message).toMatch(/fiscalité professionnelle unique/);
  });

  it('moves and removes actions, duplicates a scheme into a variant, archives without deleting', async () => {
    let scheme = await newScheme(as.drafter, lannion, 'Ordre');
    for (const amount of [100_000, 200_000, 300_000]) scheme = await addAction(as.drafter, scheme, sharedService([{ insee: PERROS }], amount, '0'));
    const [first, second, third] = scheme.actions;
    scheme = (await as.drafter.ok(`mutation ($s: ID!, $a: ID!, $r: Int!) { moveAction(schemeId: $s, actionId: $a, expectedRevision: $r, position: 0) { ${SCHEME_FIELDS} } }`, { s: scheme.id, a: third.id, r: scheme.revision })).moveAction;
    expect(scheme.actions.map((a: any) => a.id)).toEqual([third.id, first.id, second.id]);
    scheme = (await as.drafter.ok(`mutation ($s: ID!, $a: ID!, $r: Int!) { removeAction(schemeId: $s, actionId: $a, expectedRevision: $r) { ${SCHEME_FIELDS} } }`, { s: scheme.id, a: first.id, r: scheme.revision })).removeAction;
    expect(scheme.actions.map((a: any) => [a.id, a.position])).toEqual([[third.id, 0], [second.id, 1]]);

    const copy = (await as.drafter.ok(`mutation ($s: ID!) { duplicateScheme(id: $s, title: "Ordre — variante") { ${SCHEME_FIELDS} } }`, { s: scheme.id })).duplicateScheme;
    expect(copy).toMatchObject({ title: 'Ordre — variante', duplicatedFromId: scheme.id, revision: 1 });
    expect(copy.actions.map((a: any) => a.title)).toEqual(scheme.actions.map((a: any) => a.title));
    expect(copy.actions.map((a: any) => a.id)).not.toContain(third.id);

    await as.drafter.ok(`mutation ($s: ID!, $r: Int!) { archiveScheme(id: $s, expectedRevision: $r) { id } }`, { s: scheme.id, r: scheme.revision });
    const list = await as.drafter.ok(`query ($e: ID!) { schemes(epciId: $e) { id } }`, { e: lannion.epciId });
    expect(list.schemes.map((s: any) => s.id)).not.toContain(scheme.id);
    expect((await read(as.drafter, scheme.id)).actions).toHaveLength(2);
    const after = await as.drafter.request(ADD, { s: scheme.id, r: scheme.revision + 1, input: sharedService([{ insee: PERROS }], 1, '0') });
    expect(errorCode(after)).toBe('INVALID_STATE');
  });

  it('keeps changes to drafters of the EPCI', async () => {
    const scheme = await newScheme(as.drafter, lannion, 'Droits');
    const input = sharedService([{ insee: PERROS }], 100_000, '0');
    for (const client of [as.elected, as.admin]) expect(errorCode(await client.request(ADD, { s: scheme.id, r: 1, input }))).toBe('FORBIDDEN');
    expect(errorCode(await as.reviewer.request(ADD, { s: scheme.id, r: 1, input }))).toBe('FORBIDDEN');
    expect(errorCode(await as.outsider.request(ADD, { s: scheme.id, r: 1, input }))).toBe('NOT_FOUND');
  });
});

it('reads a whole scheme with its costing in the same number of SQL statements, whatever its size', async () => {
  const small = await newScheme(as.faDrafter, tarentaise, 'Petit');
  const smallWithAction = await addAction(as.faDrafter, small, sharedService([{ insee: tarentaise.communes[0].inseeCode }], 100_000, '0'));
  let big = await newScheme(as.drafter, lannion, 'Grand');
  const everyone = lannion.communes.map((c) => ({ insee: c.inseeCode, statusQuoCents: 10_000 }));
  for (let i = 0; i < 12; i++) big = await addAction(as.drafter, big, sharedService(everyone, 1_000_000 + i, '10', { kind: 'population', population: 'totale' }));
  const smallRead = await as.faDrafter.request(READ, { id: smallWithAction.id });
  const bigRead = await as.drafter.request(READ, { id: big.id });
  expect(bigRead.errors).toBeUndefined();
  expect(bigRead.data.scheme.costing.summary.actions).toHaveLength(12);
  expect(bigRead.data.scheme.costing.summary.communes).toHaveLength(57);
  expect(smallRead.statements).not.toBeNull();
  expect(bigRead.statements).toBe(smallRead.statements);
  expect(bigRead.statements).toBeLessThanOrEqual(4);
  // Megabytes of costing for a large EPCI: sent gzip-compressed to a browser that accepts it.
  expect(bigRead.contentEncoding).toBe('gzip');
});
