import { sharedService } from '../support/actions';
import { Client } from '../support/graphql';
import { appointAdmin, importEpci, member, signedInOperator, type Territory } from '../support/fixtures';

// A draft's costing is reused between reads (backend/src/modules/schemes/scheme-costing.ts) until
// the draft or its communes' figures change: never one read late. CC Faucigny - Glières, 7 communes.
const FAUCIGNY = '200000172';
const ADDRESS = '10.0.19.1';
const MANDATE = { first: 2026, last: 2032 };

const READ = `query ($id: ID!) { scheme(id: $id) { revision costing { summary problems { actionId } } } }`;
const SAVE = `mutation ($input: UpdateCommuneProfilesInput!) { updateCommuneProfiles(input: $input) { id profile { revision } } }`;

let territory: Territory;
let drafter: Client;
let schemeId: string;

/** What the commune pays over the mandate, as the scheme page reads it. */
async function mandateCents(insee: string): Promise<number> {
  const { scheme } = await drafter.ok(READ, { id: schemeId });
  expect(scheme.costing.problems).toEqual([]);
  return scheme.costing.summary.communes.find((c: { insee: string }) => c.insee === insee).mandate.schemeCents;
}

const saveAgents = (communeId: string, expectedRevision: number, agentsEtp: string) =>
  drafter.ok(SAVE, { input: { epciId: territory.epciId, rows: [{ communeId, expectedRevision, agentsEtp }] } });

beforeAll(async () => {
  const operator = await signedInOperator(ADDRESS);
  territory = await importEpci(operator, FAUCIGNY);
  const admin = await appointAdmin(operator, territory.epciId, 'admin@faucigny.test');
  drafter = await member(admin, territory.epciId, 'DRAFTER', 'dsi@faucigny.test');
  const [first, second] = territory.communes;
  await saveAgents(first!.id, 0, '10');
  await saveAgents(second!.id, 0, '30');
  const { createScheme } = await drafter.ok(`mutation ($input: CreateSchemeInput!) { createScheme(input: $input) { id revision } }`, {
    input: { epciId: territory.epciId, title: 'Service commun', description: '', mandate: MANDATE },
  });
  schemeId = createScheme.id;
  // 40 000 € a year, all paid by the two communes in proportion to their agents.
  await drafter.ok(`mutation ($s: ID!, $r: Int!, $input: ActionDefinition!) { addAction(schemeId: $s, expectedRevision: $r, action: $input) { revision } }`, {
    s: schemeId,
    r: createScheme.revision,
    input: sharedService([{ insee: first!.inseeCode }, { insee: second!.inseeCode }], 4_000_000, '0', { kind: 'agents' }),
  });
});

it('reads the new figures at once after a commune profile is edited, and the old ones once it is edited back', async () => {
  const [first, second] = territory.communes;
  // Read twice: the second read may come from the cache.
  expect(await mandateCents(first!.inseeCode)).toBe(7 * 1_000_000);
  expect(await mandateCents(first!.inseeCode)).toBe(7 * 1_000_000);
  await saveAgents(first!.id, 1, '30');
  expect(await mandateCents(first!.inseeCode)).toBe(7 * 2_000_000);
  expect(await mandateCents(second!.inseeCode)).toBe(7 * 2_000_000);
  await saveAgents(first!.id, 2, '10');
  expect(await mandateCents(first!.inseeCode)).toBe(7 * 1_000_000);
});

it('holds the action up at once when a figure it needs is erased, and costs it again once the figure is back', async () => {
  const [first, second] = territory.communes;
  await drafter.ok(`mutation ($input: UpdateCommuneProfilesInput!) { updateCommuneProfiles(input: $input) { id } }`, {
    input: { epciId: territory.epciId, rows: [{ communeId: second!.id, expectedRevision: 1, agentsEtp: '' }] },
  });
  const { scheme } = await drafter.ok(READ, { id: schemeId });
  expect(scheme.costing.problems).toHaveLength(1);
  await saveAgents(second!.id, 2, '30');
  expect(await mandateCents(first!.inseeCode)).toBe(7 * 1_000_000);
});

it('reads a changed action at once, with its costing', async () => {
  const [first, second] = territory.communes;
  const read = async () => (await drafter.ok(`query ($id: ID!) { scheme(id: $id) { revision actions { id definition } } }`, { id: schemeId })).scheme;
  const before = await read();
  await drafter.ok(`mutation ($s: ID!, $a: ID!, $r: Int!, $input: ActionDefinition!) { updateAction(schemeId: $s, actionId: $a, expectedRevision: $r, action: $input) { revision } }`, {
    s: schemeId,
    a: before.actions[0].id,
    r: before.revision,
    input: sharedService([{ insee: first!.inseeCode }, { insee: second!.inseeCode }], 8_000_000, '0', { kind: 'agents' }),
  });
  const after = await read();
  expect(after.revision).toBe(before.revision + 1);
  expect(after.actions[0].definition.costLines[0].amountCents).toBe(8_000_000);
  expect(await mandateCents(first!.inseeCode)).toBe(7 * 2_000_000);
});
