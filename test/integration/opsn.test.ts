import { Client, errorCode } from '../support/graphql';
import { appointAdmin, importEpci, member, signedInOperator } from '../support/fixtures';

// CA Quimper Bretagne Occidentale keeps the registry; CA Golfe du Morbihan - Vannes Agglomération is the other EPCI.
const QUIMPER = '200068120';
const VANNES = '200067932';
const ADDRESS = '10.0.9.1';

let epciId: string;
let as: { drafter: Client; admin: Client; reviewer: Client; outsider: Client };

const OPSN_FIELDS = `id name legalForm departments website revision services { kind label fee { kind amountCents perDayCents description } }`;
const CREATE = `mutation ($epciId: ID!, $input: OpsnInput!) { createOpsn(epciId: $epciId, input: $input) { ${OPSN_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $rev: Int!, $input: OpsnInput!) { updateOpsn(id: $id, expectedRevision: $rev, input: $input) { ${OPSN_FIELDS} } }`;
const REMOVE = `mutation ($id: ID!, $rev: Int!) { removeOpsn(id: $id, expectedRevision: $rev) { id } }`;
const REGISTRY = `query ($id: ID!) { epci(id: $id) { opsns { ${OPSN_FIELDS} } } }`;

const MEGALIS = {
  name: 'Mégalis Bretagne',
  legalForm: 'SYNDICAT_MIXTE',
  departments: ['22', '29', '35', '56'],
  website: 'https://www.megalis.bretagne.bzh',
  services: [
    { kind: 'TELETRANSMISSION', fee: { kind: 'PER_INHABITANT', amount: '1,10' } },
    { kind: 'DPO', label: 'DPO mutualisé', fee: { kind: 'BASE_PLUS_PER_DAY', amount: '200', perDay: '250' } },
    { kind: 'ARCHIVING', fee: null },
  ],
};

beforeAll(async () => {
  const operator = await signedInOperator(ADDRESS);
  const quimper = await importEpci(operator, QUIMPER);
  const vannes = await importEpci(operator, VANNES);
  epciId = quimper.epciId;
  const admin = await appointAdmin(operator, epciId, 'admin@quimper.test');
  const otherAdmin = await appointAdmin(operator, vannes.epciId, 'admin@vannes.test');
  as = {
    admin,
    drafter: await member(admin, epciId, 'DRAFTER', 'dsi@quimper.test'),
    reviewer: await member(admin, epciId, 'REVIEWER', 'mairie@ergue.test', quimper.communes[0].id),
    outsider: await member(otherAdmin, vannes.epciId, 'DRAFTER', 'dsi@vannes.test'),
  };
});

it('keeps an OPSN with its services and fee formulas, priced exactly and said in words', async () => {
  const { createOpsn } = await as.drafter.ok(CREATE, { epciId, input: MEGALIS });
  expect(createOpsn).toMatchObject({ name: 'Mégalis Bretagne', legalForm: 'SYNDICAT_MIXTE', departments: ['22', '29', '35', '56'], revision: 1 });
  expect(createOpsn.services).toEqual([
    { kind: 'TELETRANSMISSION', label: null, fee: { kind: 'PER_INHABITANT', amountCents: '110', perDayCents: null, description: '1,10 € par habitant et par an' } },
    {
      kind: 'DPO',
      label: 'DPO mutualisé',
      fee: { kind: 'BASE_PLUS_PER_DAY', amountCents: '20000', perDayCents: '25000', description: '200,00 € par an et par commune + 250,00 € par jour' },
    },
    { kind: 'ARCHIVING', label: null, fee: null },
  ]);
  const { epci } = await as.reviewer.ok(REGISTRY, { id: epciId });
  expect(epci.opsns).toEqual([createOpsn]);
});

it('keeps fractions of a cent in a per-inhabitant rate', async () => {
  const { createOpsn } = await as.admin.ok(CREATE, {
    epciId,
    input: { name: 'Centre de gestion du Finistère', legalForm: 'CENTRE_DE_GESTION', departments: ['29'], services: [{ kind: 'DPO', fee: { kind: 'PER_INHABITANT', amount: '0,375' } }] },
  });
  expect(createOpsn.services[0].fee).toMatchObject({ amountCents: '37.5', description: '0,375 € par habitant et par an' });
});

it('updates an entry only from its latest revision, so nobody overwrites a change unseen', async () => {
  const { epci } = await as.drafter.ok(REGISTRY, { id: epciId });
  const megalis = epci.opsns.find((o: { name: string }) => o.name === 'Mégalis Bretagne');
  const input = { ...MEGALIS, services: [...MEGALIS.services, { kind: 'OTHER', label: 'Parapheur électronique', fee: { kind: 'FLAT_EPCI', amount: '1 500' } }] };
  const { updateOpsn } = await as.drafter.ok(UPDATE, { id: megalis.id, rev: megalis.revision, input });
  expect(updateOpsn.revision).toBe(megalis.revision + 1);
  expect(updateOpsn.services[3].fee.description).toBe("1\u202f500,00 € par an pour l'intercommunalité");
  const stale = await as.admin.request(UPDATE, { id: megalis.id, rev: megalis.revision, input: MEGALIS });
  expect(errorCode(stale)).toBe('CONFLICT');
  expect(stale.errors![0].message).toMatch(/« Mégalis Bretagne » a été modifié par quelqu'un d'autre/);
  expect(stale.errors![0].extensions!.currentRevision).toBe(megalis.revision + 1);
  expect((await as.drafter.ok(REGISTRY, { id: epciId })).epci.opsns.find((o: { id: string }) => o.id === megalis.id).services).toHaveLength(4);
});

it.each([
  [{ departments: ['22', '100'] }, /« 100 » n'est pas un code de département/],
  [{ website: 'megalis.bzh' }, /Le site doit être une adresse web commençant par https:\/\//],
  [{ services: [{ kind: 'DPO', fee: { kind: 'BASE_PLUS_PER_DAY', amount: '200' } }] }, /Service 1 \(Délégué à la protection des données \(DPO\)\) : indiquez le prix par jour/],
  [{ services: [{ kind: 'DPO', fee: { kind: 'PER_INHABITANT', amount: '-1' } }] }, /Service 1 .* : « -1 » : la valeur ne peut pas être négative/],
  [{ services: [{ kind: 'OTHER', fee: null }] }, /Service 1 : précisez le nom du service/],
  [{ services: [{ kind: 'GIS' }, { kind: 'GIS' }] }, /Service 2 .* : ce service est déjà listé/],
  [{ name: '   ' }, /Le nom doit contenir entre 1 et 200 caractères/],
  [{ name: 'mégalis bretagne' }, /Le registre compte déjà un OPSN nommé « mégalis bretagne »/],
])('refuses %j with a French message, and saves nothing', async (change, message) => {
  const before = (await as.drafter.ok(REGISTRY, { id: epciId })).epci.opsns;
  const result = await as.drafter.request(CREATE, { epciId, input: { ...MEGALIS, name: 'Manche Numérique', ...change } });
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  expect(result.errors![0].message).toMatch(message);
  expect((await as.drafter.ok(REGISTRY, { id: epciId })).epci.opsns).toEqual(before);
});

it('lets only the EPCI’s drafters and administrators keep the registry', async () => {
  const input = { ...MEGALIS, name: 'Inforoutes' };
  expect(errorCode(await as.reviewer.request(CREATE, { epciId, input }))).toBe('FORBIDDEN');
  expect(errorCode(await as.outsider.request(CREATE, { epciId, input }))).toBe('FORBIDDEN');
  const { epci } = await as.drafter.ok(REGISTRY, { id: epciId });
  const [first] = epci.opsns;
  expect(errorCode(await as.outsider.request(REMOVE, { id: first.id, rev: first.revision }))).toBe('NOT_FOUND');
  expect(errorCode(await as.reviewer.request(REMOVE, { id: first.id, rev: first.revision }))).toBe('FORBIDDEN');
});

it('removes an entry, keeping what it was in the audit trail', async () => {
  const { createOpsn } = await as.drafter.ok(CREATE, { epciId, input: { name: 'Adico', legalForm: 'ASSOCIATION', departments: ['60'], services: [] } });
  await as.drafter.ok(REMOVE, { id: createOpsn.id, rev: createOpsn.revision });
  const { epci } = await as.drafter.ok(REGISTRY, { id: epciId });
  expect(epci.opsns.map((o: { name: string }) => o.name)).not.toContain('Adico');
  const trail = await as.admin.ok(`query ($id: ID!) { auditTrail(epciId: $id, limit: 50) { action before } }`, { id: epciId });
  expect(JSON.parse(trail.auditTrail.find((e: { action: string }) => e.action === 'opsn.remove').before)).toMatchObject({ name: 'Adico' });
});

it('offers real OPSN as suggestions, without fees', async () => {
  const { opsnSuggestions } = await as.reviewer.ok(`{ opsnSuggestions { name legalForm departments } }`);
  expect(opsnSuggestions).toEqual(expect.arrayContaining([{ name: 'Mégalis Bretagne', legalForm: 'SYNDICAT_MIXTE', departments: ['22', '29', '35', '56'] }]));
});
