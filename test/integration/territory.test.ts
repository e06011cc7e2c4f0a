import { Client, errorCode } from '../support/graphql';
import { SIREN } from '../support/accounts';
import { appointAdmin, importEpci, member, signedInOperator } from '../support/fixtures';

const ADDRESS = '10.0.6.1';
let operator: Client;

const EPCI = `query ($id: ID!) { epci(id: $id) { id siren name kind taxRegime populationMunicipale populationTotale communeCount
  communes { id inseeCode siren name populationMunicipale populationTotale } } }`;

beforeAll(async () => {
  operator = await signedInOperator(ADDRESS);
});

it('imports an EPCI with every member commune from the official data', async () => {
  const { epciId } = await importEpci(operator, SIREN.paysBasque);
  const { epci } = await operator.ok(EPCI, { id: epciId });
  expect(epci).toMatchObject({ siren: '200067106', name: 'CA du Pays Basque', kind: 'CA', taxRegime: 'FPU', communeCount: 158 });
  expect(epci.communes).toHaveLength(158);
  const bayonne = epci.communes.find((c: { inseeCode: string }) => c.inseeCode === '64102');
  expect(bayonne).toMatchObject({ name: 'Bayonne', siren: '216401026' });
  expect(bayonne.populationTotale).toBeGreaterThanOrEqual(bayonne.populationMunicipale);
  const sum = epci.communes.reduce((s: number, c: { populationMunicipale: number }) => s + c.populationMunicipale, 0);
  expect(sum).toBe(epci.populationMunicipale);
});

it('keeps Corsican INSEE codes as they are', async () => {
  const { communes } = await importEpci(operator, SIREN.bastia);
  expect(communes.map((c) => c.inseeCode)).toContain('2B033');
});

it('imports an FA EPCI with its tax regime', async () => {
  const { epciId } = await importEpci(operator, SIREN.portesDeRomilly);
  expect((await operator.ok(EPCI, { id: epciId })).epci.taxRegime).toBe('FA');
});

it('re-imports idempotently, keeping the ids and what users attached to the communes', async () => {
  const first = await importEpci(operator, SIREN.terresDesConfluences);
  const admin = await appointAdmin(operator, first.epciId, 'admin@confluences.test');
  const moissac = first.communes.find((c) => c.name === 'Moissac')!;
  const reviewer = await member(admin, first.epciId, 'REVIEWER', 'moissac@confluences.test', moissac.id);
  const again = await importEpci(operator, SIREN.terresDesConfluences);
  expect(again.epciId).toBe(first.epciId);
  expect(again.communes).toEqual(first.communes);
  const me = await reviewer.ok(`{ me { memberships { commune { id name } } } }`);
  expect(me.me.memberships[0].commune).toEqual({ id: moissac.id, name: 'Moissac' });
  const trail = await admin.ok(`query ($id: ID!) { auditTrail(epciId: $id) { action after } }`, { id: first.epciId });
  const imports = trail.auditTrail.filter((e: { action: string }) => e.action === 'epci.import').map((e: { after: string }) => JSON.parse(e.after));
  expect(imports[0]).toMatchObject({ communesAdded: 0, communesUpdated: 22, communesLeft: 0 });
  expect(imports[1]).toMatchObject({ communesAdded: 22 });
});

it.each([
  ['123', 'BAD_USER_INPUT', /9 chiffres/],
  ['999999999', 'NOT_FOUND', /Aucune intercommunalité .* 999999999/],
])('refuses the SIREN %s with a clear French message', async (siren, code, message) => {
  const result = await operator.request(`mutation ($s: String!) { importEpci(siren: $s) { id } }`, { s: siren });
  expect(errorCode(result)).toBe(code);
  expect(result.errors![0]!.message).toMatch(message);
});

it('lists imported EPCI for the operator only', async () => {
  const list = await operator.ok(`{ importedEpcis { siren } }`);
  expect(list.importedEpcis.map((e: { siren: string }) => e.siren)).toEqual(expect.arrayContaining([SIREN.paysBasque, SIREN.bastia]));
  const admin = new Client(undefined, ADDRESS);
  await admin.login('admin@confluences.test', 'le schéma de mutualisation 2026');
  expect(errorCode(await admin.request(`{ importedEpcis { siren } }`))).toBe('FORBIDDEN');
});
