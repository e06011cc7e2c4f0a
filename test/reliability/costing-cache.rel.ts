import pg from 'pg';
import { GOOD_PASSWORD, OPERATOR, SIREN } from '../support/accounts';
import { sharedService } from '../support/actions';
import { Client } from '../support/graphql';
import { appointAdmin, importEpci, member, type Territory } from '../support/fixtures';
import { freshDatabase, runNode, startServer, type FreshDatabase, type TestServer } from '../support/server';

/**
 * Each instance keeps the costings it computed (backend/src/modules/schemes/scheme-costing.ts), keyed
 * by what the database says of the draft and its communes' figures: a change made through another
 * instance, or straight in the database, is read at once by every instance.
 */
jest.setTimeout(300_000);
const MANDATE = { first: 2026, last: 2032 };
const READ = `query ($id: ID!) { scheme(id: $id) { costing { summary problems { actionId } } } }`;

let database: FreshDatabase;
let instances: TestServer[] = [];
let territory: Territory;
let drafters: Client[];
let schemeId: string;

beforeAll(async () => {
  if (!process.env.DATABASE_URL) throw new Error('The reliability tier runs on a PostgreSQL server: set DATABASE_URL (as .ci/run does).');
  database = await freshDatabase('costing_cache');
  const created = await runNode('cli/user-create.js', ['--operator', '--email', OPERATOR.email, '--name', OPERATOR.name], database.env, `${OPERATOR.password}\n`);
  if (created.code !== 0) throw new Error(created.stderr + created.stdout);
  instances = await Promise.all([0, 1].map(() => startServer({ ...database.env, TRUST_PROXY: '1' })));
  const operator = new Client(instances[0]!.url, '10.2.0.1');
  await operator.login(OPERATOR.email, OPERATOR.password);
  territory = await importEpci(operator, SIREN.bastia);
  const admin = await appointAdmin(operator, territory.epciId, 'admin@cache.test');
  const first = await member(admin, territory.epciId, 'DRAFTER', 'redaction@cache.test');
  const second = new Client(instances[1]!.url, '10.2.0.2');
  await second.login('redaction@cache.test', GOOD_PASSWORD);
  drafters = [first, second];
  const { createScheme } = await first.ok(`mutation ($input: CreateSchemeInput!) { createScheme(input: $input) { id revision } }`, {
    input: { epciId: territory.epciId, title: 'Service commun', description: '', mandate: MANDATE },
  });
  schemeId = createScheme.id;
  // 50 000 € a year shared by the five communes in proportion to their agents.
  await first.ok(`mutation ($input: UpdateCommuneProfilesInput!) { updateCommuneProfiles(input: $input) { id } }`, {
    input: { epciId: territory.epciId, rows: territory.communes.map((c) => ({ communeId: c.id, expectedRevision: 0, agentsEtp: '10' })) },
  });
  const everyone = territory.communes.map((c) => ({ insee: c.inseeCode }));
  await first.ok(`mutation ($s: ID!, $r: Int!, $input: ActionDefinition!) { addAction(schemeId: $s, expectedRevision: $r, action: $input) { revision } }`, {
    s: schemeId,
    r: createScheme.revision,
    input: sharedService(everyone, 5_000_000, '0', { kind: 'agents' }),
  });
});

afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
  await database?.drop();
});

/** What each commune pays over the mandate, as each instance's scheme page reads it. */
async function mandateCentsOnEach(): Promise<Record<string, number>[]> {
  return Promise.all(
    drafters.map(async (drafter) => {
      const { scheme } = await drafter.ok(READ, { id: schemeId });
      expect(scheme.costing.problems).toEqual([]);
      return Object.fromEntries(scheme.costing.summary.communes.map((c: { insee: string; mandate: { schemeCents: number } }) => [c.insee, c.mandate.schemeCents]));
    }),
  );
}

it('reads on both instances a figure or an action changed through the other one, or a figure changed straight in the database', async () => {
  const commune = territory.communes[0]!;
  const share = async () => (await mandateCentsOnEach()).map((cents) => cents[commune.inseeCode]);
  // Five communes with 10 agents each: a fifth of 50 000 € a year; read twice on each instance.
  expect(await share()).toEqual([7 * 1_000_000, 7 * 1_000_000]);
  expect(await share()).toEqual([7 * 1_000_000, 7 * 1_000_000]);
  await drafters[1]!.ok(`mutation ($input: UpdateCommuneProfilesInput!) { updateCommuneProfiles(input: $input) { id } }`, {
    input: { epciId: territory.epciId, rows: [{ communeId: commune.id, expectedRevision: 1, agentsEtp: '50' }] },
  });
  // 50 agents out of 90, each year's split rounded to the cent.
  const [first, second] = await share();
  expect(first).toBe(second);
  expect(Math.abs(first! - (7 * 5_000_000 * 50) / 90)).toBeLessThanOrEqual(7);
  const sql = new pg.Client({ connectionString: database.env.DATABASE_URL });
  await sql.connect();
  try {
    // Back to 10 agents, written as psql or a script would, bypassing the application.
    await sql.query(`UPDATE commune_profile SET agents_etp = 10 WHERE commune_id = $1`, [commune.id]);
  } finally {
    await sql.end();
  }
  expect(await share()).toEqual([7 * 1_000_000, 7 * 1_000_000]);
  // The action itself changed through instance 2: 100 000 € a year.
  const { scheme } = await drafters[0]!.ok(`query ($id: ID!) { scheme(id: $id) { revision actions { id } } }`, { id: schemeId });
  await drafters[1]!.ok(`mutation ($s: ID!, $a: ID!, $r: Int!, $input: ActionDefinition!) { updateAction(schemeId: $s, actionId: $a, expectedRevision: $r, action: $input) { revision } }`, {
    s: schemeId,
    a: scheme.actions[0].id,
    r: scheme.revision,
    input: sharedService(
      territory.communes.map((c) => ({ insee: c.inseeCode })),
      10_000_000,
      '0',
      { kind: 'agents' },
    ),
  });
  expect(await share()).toEqual([7 * 2_000_000, 7 * 2_000_000]);
});
