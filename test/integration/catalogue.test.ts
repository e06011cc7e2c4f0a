import { Client, errorCode } from '../support/graphql';
import { SIREN } from '../support/accounts';
import { importEpci, signedInOperator } from '../support/fixtures';

const ADDRESS = '10.0.7.1';
let operator: Client;

const SEARCH = `query ($search: String!, $offset: Int, $limit: Int) {
  epciCatalogue(search: $search, offset: $offset, limit: $limit) {
    total entries { siren name kind taxRegime populationMunicipale communeCount matchedCommunes importedEpciId } } }`;

const search = async (text: string, page: { offset?: number; limit?: number } = {}) =>
  (await operator.ok(SEARCH, { search: text, ...page })).epciCatalogue;

beforeAll(async () => {
  operator = await signedInOperator(ADDRESS);
});

it('finds an EPCI by its name whatever the case and accents, best match first', async () => {
  const found = await search('PAYS BASQUE');
  expect(found.entries[0]).toMatchObject({
    siren: SIREN.paysBasque,
    name: 'CA du Pays Basque',
    kind: 'CA',
    taxRegime: 'FPU',
    communeCount: 158,
  });
  expect(found.entries[0].populationMunicipale).toBeGreaterThan(300_000);
  expect((await search('agglomération dinan')).entries[0].name).toBe('CA Dinan Agglomération');
  expect((await search('dinan agglomeration')).entries[0].name).toBe('CA Dinan Agglomération');
});

it('ranks the EPCI named after a town before those that merely have a member of that name', async () => {
  const found = await search('Saint-Omer');
  expect(found.entries[0]).toMatchObject({ siren: SIREN.paysDeSaintOmer, matchedCommunes: ['Saint-Omer'] });
  expect(found.total).toBeGreaterThan(1);
  expect(found.entries.slice(1).every((e: { matchedCommunes: string[] }) => e.matchedCommunes.length > 0)).toBe(true);
  expect((await search('saint omer')).entries[0].siren).toBe(SIREN.paysDeSaintOmer);
});

it('finds an EPCI by its SIREN, and by the name or INSEE code of a member commune', async () => {
  expect((await search(SIREN.terresDesConfluences)).entries).toEqual([
    expect.objectContaining({ name: 'CC Terres des Confluences', communeCount: 22 }),
  ]);
  expect((await search('bayonne')).entries[0]).toMatchObject({ siren: SIREN.paysBasque, matchedCommunes: ['Bayonne'] });
  expect((await search('Moissac')).entries[0]).toMatchObject({ siren: SIREN.terresDesConfluences, matchedCommunes: ['Moissac'] });
  expect((await search('2B033')).entries[0]).toMatchObject({ siren: SIREN.bastia, matchedCommunes: ['Bastia'] });
});

it('pages through the national list', async () => {
  const first = await search('', { offset: 0, limit: 50 });
  const second = await search('', { offset: 50, limit: 50 });
  expect(first.total).toBeGreaterThan(1200);
  expect(first.entries).toHaveLength(50);
  expect(second.entries).toHaveLength(50);
  const sirens = new Set([...first.entries, ...second.entries].map((e: { siren: string }) => e.siren));
  expect(sirens.size).toBe(100);
  expect(errorCode(await operator.request(SEARCH, { search: '', limit: 1000 }))).toBe('BAD_USER_INPUT');
});

it('says which EPCI are already imported here', async () => {
  const { epciId } = await importEpci(operator, SIREN.portesDeRomilly);
  const [entry] = (await search(SIREN.portesDeRomilly)).entries;
  expect(entry).toMatchObject({ taxRegime: 'FA', importedEpciId: epciId });
  expect((await search('CU du Grand Reims')).entries[0].importedEpciId).toBeNull();
});

it('answers no one who is not signed in', async () => {
  expect(errorCode(await new Client(undefined, ADDRESS).request(SEARCH, { search: 'reims' }))).toBe('UNAUTHENTICATED');
});

it('lists métropoles as such, and imports one', async () => {
  const [toulouse] = (await search('toulouse metropole')).entries;
  expect(toulouse).toMatchObject({ name: 'Toulouse Métropole', kind: 'MET' });
  const [lyon] = (await search('métropole de lyon')).entries;
  expect(lyon.kind).toBe('MET');
  const { epciId } = await importEpci(operator, toulouse.siren);
  expect((await search(toulouse.siren)).entries[0].importedEpciId).toBe(epciId);
});
