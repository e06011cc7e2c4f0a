import { Client, errorCode } from '../support/graphql';
import { SIREN } from '../support/accounts';
import { appointAdmin, importEpci, member, signedInOperator } from '../support/fixtures';
import { rawSql } from '../support/raw-sql';
import { freshDatabase, runNode } from '../support/server';

// CC de la Vallée de Chamonix-Mont-Blanc (4 communes): its journal, read by its elected official.
const CHAMONIX = '200023372';
const ADDRESS = '10.0.16.1';

const TRAIL = `query ($epciId: ID!, $limit: Int, $after: ID, $actorId: ID, $kind: String, $from: String, $to: String) {
  auditTrail(epciId: $epciId, limit: $limit, after: $after, actorId: $actorId, kind: $kind, from: $from, to: $to) {
    id occurredAt actorId actorName action before after
  }
}`;
const CREATE_SCHEME = `mutation ($input: CreateSchemeInput!) { createScheme(input: $input) { id revision } }`;
const UPDATE_SCHEME = `mutation ($id: ID!, $rev: Int!, $input: SchemeDetailsInput!) { updateScheme(id: $id, expectedRevision: $rev, input: $input) { id revision } }`;

type Event = { id: string; occurredAt: string; actorId: string | null; actorName: string | null; action: string; before: string | null; after: string | null };

let epciId: string;
let as: { admin: Client & { userId: string }; drafter: Client & { userId: string }; elected: Client; reviewer: Client };

const trail = async (client: Client, variables: Record<string, unknown> = {}): Promise<Event[]> =>
  (await client.ok(TRAIL, { epciId, limit: 100, ...variables })).auditTrail;

/** Today in French time, as the journal's date filter reads it. */
const parisDay = (offsetDays = 0) =>
  new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });

beforeAll(async () => {
  const operator = await signedInOperator(ADDRESS);
  const territory = await importEpci(operator, CHAMONIX);
  epciId = territory.epciId;
  const admin = await appointAdmin(operator, epciId, 'admin@chamonix.test');
  as = {
    admin,
    drafter: await member(admin, epciId, 'DRAFTER', 'dsi@chamonix.test'),
    elected: await member(admin, epciId, 'ELECTED', 'president@chamonix.test'),
    reviewer: await member(admin, epciId, 'REVIEWER', 'mairie@argentiere.test', territory.communes[0].id),
  };
  const scheme = (
    await as.drafter.ok(CREATE_SCHEME, { input: { epciId, title: 'Schéma 2026', description: '', mandate: { first: 2026, last: 2032 } } })
  ).createScheme;
  await as.drafter.ok(UPDATE_SCHEME, { id: scheme.id, rev: scheme.revision, input: { title: 'Schéma 2026–2032', description: '', mandate: { first: 2026, last: 2032 } } });
});

it('shows an elected official who changed what, newest first, with the person’s name and the before/after', async () => {
  const events = await trail(as.elected);
  expect(events[0]).toMatchObject({ action: 'scheme.update', actorId: as.drafter.userId, actorName: 'dsi' });
  expect(JSON.parse(events[0].before!)).toMatchObject({ title: 'Schéma 2026' });
  expect(JSON.parse(events[0].after!)).toMatchObject({ value: { title: 'Schéma 2026–2032' } });
  const times = events.map((e) => Date.parse(e.occurredAt));
  expect(times).toEqual([...times].sort((a, b) => b - a));
});

it('pages from where the previous page ended: no event twice, none left out', async () => {
  const all = await trail(as.admin);
  expect(all.length).toBeGreaterThan(4);
  const pages: Event[] = [];
  let after: string | null = null;
  do {
    const page: Event[] = await trail(as.admin, { limit: 2, after });
    pages.push(...page);
    after = page.length === 2 ? page[1].id : null;
  } while (after);
  expect(pages.map((e) => e.id)).toEqual(all.map((e) => e.id));
});

it('filters by person, by kind of change and by day', async () => {
  const drafters = await trail(as.elected, { actorId: as.drafter.userId });
  expect(drafters.map((e) => e.action).filter((a) => a.startsWith('scheme.'))).toEqual(['scheme.update', 'scheme.create']);
  expect(new Set(drafters.map((e) => e.actorId))).toEqual(new Set([as.drafter.userId]));
  const accounts = await trail(as.elected, { kind: 'accounts' });
  expect(accounts.length).toBeGreaterThan(0);
  expect(accounts.every((e) => e.action.startsWith('member.') || e.action.startsWith('user.'))).toBe(true);
  expect(await trail(as.elected, { kind: 'schemes', from: parisDay(), to: parisDay() })).toHaveLength(2);
  expect(await trail(as.elected, { from: parisDay(1) })).toEqual([]);
  expect(await trail(as.elected, { to: parisDay(-1) })).toEqual([]);
});

it('lists the EPCI’s members to filter by', async () => {
  const people = (await as.elected.ok(`query ($epciId: ID!) { journalPeople(epciId: $epciId) { id name } }`, { epciId })).journalPeople;
  expect(people).toContainEqual({ id: as.drafter.userId, name: 'dsi' });
  expect(people).toHaveLength(4);
});

it('refuses a filter it cannot read, in French, and changes nothing', async () => {
  const unknownKind = await as.elected.request(TRAIL, { epciId, kind: 'tout' });
  expect(errorCode(unknownKind)).toBe('BAD_USER_INPUT');
  expect(unknownKind.errors![0].message).toBe('Ce type de changement est inconnu.');
  const badDay = await as.elected.request(TRAIL, { epciId, from: '2026-02-30' });
  expect(errorCode(badDay)).toBe('BAD_USER_INPUT');
  expect(badDay.errors![0].message).toBe('La date de début doit être une date valide au format AAAA-MM-JJ.');
  expect(errorCode(await as.elected.request(TRAIL, { epciId, from: '2026-03-02', to: '2026-03-01' }))).toBe('BAD_USER_INPUT');
  expect(errorCode(await as.elected.request(TRAIL, { epciId, after: 'abc' }))).toBe('BAD_USER_INPUT');
});

it('is read by administrators and elected officials only', async () => {
  expect(errorCode(await as.drafter.request(TRAIL, { epciId }))).toBe('FORBIDDEN');
  expect(errorCode(await as.reviewer.request(TRAIL, { epciId }))).toBe('FORBIDDEN');
  expect(errorCode(await as.reviewer.request(`query ($epciId: ID!) { journalPeople(epciId: $epciId) { id } }`, { epciId }))).toBe('FORBIDDEN');
});

it('reads each page of a person’s changes through an index in the journal’s order, without sorting the trail', async () => {
  const database = await freshDatabase('journal');
  try {
    expect((await runNode('cli/epci-import.js', [SIREN.portesDeRomilly], database.env)).code).toBe(0);
    const plans = await rawSql(database.env, [
      'SET enable_seqscan = off',
      `EXPLAIN SELECT * FROM audit_event WHERE epci_id = '00000000-0000-4000-8000-000000000000' ORDER BY occurred_at DESC, id DESC LIMIT 50`,
      `EXPLAIN SELECT * FROM audit_event WHERE epci_id = '00000000-0000-4000-8000-000000000000' AND actor_user_id = '00000000-0000-4000-8000-000000000001'
         AND (occurred_at, id) < (now(), 1) ORDER BY occurred_at DESC, id DESC LIMIT 50`,
    ]);
    const text = (plan: (typeof plans)[number]) => ('rows' in plan ? plan.rows.map((r) => String(r['QUERY PLAN'])).join('\n') : plan.error);
    expect(text(plans[1])).toMatch(/Index Scan using audit_event_journal on audit_event\b/);
    expect(text(plans[2])).toMatch(/Index Scan using audit_event_journal_actor on audit_event\b/);
    expect(`${text(plans[1])}\n${text(plans[2])}`).not.toMatch(/Sort/);
  } finally {
    await database.drop();
  }
});
