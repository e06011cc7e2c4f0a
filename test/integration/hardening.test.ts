import net from 'node:net';
import { Client, errorCode } from '../support/graphql';
import { GOOD_PASSWORD, SIREN } from '../support/accounts';
import { appointAdmin, importEpci, member, signedInOperator, type Territory } from '../support/fixtures';
import { rawSql } from '../support/raw-sql';
import { freshDatabase, runNode, startServer, type FreshDatabase, type TestServer } from '../support/server';

/** What the outside probe of issue 11 found, each as a request a client can send. */
jest.setTimeout(180_000);
const ADDRESS = '10.0.11.1';
const MANDATE = { first: 2026, last: 2032 };
let operator: Client;
let portesDeRomilly: Territory;
let admin: Client & { userId: string };
let drafter: Client & { userId: string };
let schemeId: string;

beforeAll(async () => {
  operator = await signedInOperator(ADDRESS);
  portesDeRomilly = await importEpci(operator, SIREN.portesDeRomilly);
  admin = await appointAdmin(operator, portesDeRomilly.epciId, 'admin@romilly.test');
  drafter = await member(admin, portesDeRomilly.epciId, 'DRAFTER', 'redaction@romilly.test');
  const created = await drafter.ok(`mutation ($input: CreateSchemeInput!) { createScheme(input: $input) { id } }`, {
    input: { epciId: portesDeRomilly.epciId, title: 'Schéma à sonder', description: '', mandate: MANDATE },
  });
  schemeId = created.createScheme.id;
});

const aliased = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('the cost of a GraphQL document', () => {
  it('refuses sixty aliases of a costing before computing any, and goes on answering', async () => {
    const flood = await drafter.request(aliased(60, `scheme(id: "${schemeId}") { costing { summary } }`));
    expect(errorCode(flood)).toBe('BAD_USER_INPUT');
    expect(flood.errors![0]!.message).toMatch(/plus de 30 alias/);
    expect(flood.data).toBeNull();
    expect((await drafter.ok(`{ me { email } }`)).me.email).toBe('redaction@romilly.test');
  });

  it('refuses a document whose weighted cost is over the limit even with few aliases', async () => {
    const heavy = await drafter.request(aliased(6, `scheme(id: "${schemeId}") { costing { summary } }`));
    expect(errorCode(heavy)).toBe('BAD_USER_INPUT');
    expect(heavy.errors![0]!.message).toMatch(/trop de calculs/);
  });

  it('counts a page size passed as a variable', async () => {
    const query = `query ($limit: Int!) { ${Array.from({ length: 12 }, (_, i) => `c${i}: epciCatalogue(search: "a", limit: $limit) { total }`).join(' ')} }`;
    expect(errorCode(await drafter.request(query, { limit: 100 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await drafter.request(query, { limit: 5 }))).toBeUndefined();
  });

  it('answers two aliases of the same costing with the same figures', async () => {
    const data = await drafter.ok(`{ a: scheme(id: "${schemeId}") { costing { summary } } b: scheme(id: "${schemeId}") { costing { summary } } }`);
    expect(data.a.costing.summary).toEqual(data.b.costing.summary);
  });
});

describe('text that cannot be stored', () => {
  it('refuses a NUL byte in a sign-in address with a French message, not an internal error', async () => {
    const res = await new Client(undefined, '10.0.11.2').login('admin@romilly.test\u0000', GOOD_PASSWORD);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/caractère invalide/);
  });

  it('refuses a lone surrogate in a new member’s address and creates nobody', async () => {
    const res = await admin.request(`mutation ($input: CreateMemberInput!) { createMember(input: $input) { role } }`, {
      input: { epciId: portesDeRomilly.epciId, email: 'x\ud800@romilly.test', name: 'Personne', role: 'ELECTED' },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const members = await admin.ok(`query ($id: ID!) { members(epciId: $id) { user { email } } }`, { id: portesDeRomilly.epciId });
    expect(members.members.map((m: { user: { email: string } }) => m.user.email)).not.toContainEqual(expect.stringMatching(/^x/));
  });

  it('refuses a lone surrogate in a usage metric’s label', async () => {
    const res = await drafter.request(
      `mutation ($e: ID!, $input: UsageMetricInput!) { defineUsageMetric(epciId: $e, input: $input) { id } }`,
      { e: portesDeRomilly.epciId, input: { label: 'Postes \udc00' } },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });
});

describe("the operator's view of an EPCI", () => {
  it('refuses the communes’ drafted figures through the list of imported EPCI', async () => {
    const res = await operator.request(`{ importedEpcis { communes { profile { potentielFinancierCents } } } }`);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(JSON.stringify(res.data ?? {})).not.toMatch(/potentielFinancierCents/);
  });

  it('refuses the OPSN registry and the usage metrics of an EPCI', async () => {
    expect(errorCode(await operator.request(`{ importedEpcis { opsns { name } } }`))).toBe('FORBIDDEN');
    expect(errorCode(await operator.request(`query ($id: ID!) { epci(id: $id) { usageMetrics { label } } }`, { id: portesDeRomilly.epciId }))).toBe('FORBIDDEN');
  });

  it('still reads the official data of every imported EPCI', async () => {
    const data = await operator.ok(`{ importedEpcis { id communes { inseeCode populationTotale } } }`);
    const romilly = data.importedEpcis.find((e: { id: string }) => e.id === portesDeRomilly.epciId);
    expect(romilly.communes.length).toBe(6);
  });
});

describe('removing a member', () => {
  const REMOVE = `mutation ($input: RemoveMemberInput!) { removeMember(input: $input) { role user { email } } }`;

  it('detaches an account from the EPCI at once, and audits it', async () => {
    const leaving = await member(admin, portesDeRomilly.epciId, 'ELECTED', 'partant@romilly.test');
    const removed = await admin.ok(REMOVE, { input: { epciId: portesDeRomilly.epciId, userId: leaving.userId } });
    expect(removed.removeMember).toEqual({ role: 'ELECTED', user: { email: 'partant@romilly.test' } });
    expect(errorCode(await leaving.request(`query ($id: ID!) { epci(id: $id) { id } }`, { id: portesDeRomilly.epciId }))).toBe('FORBIDDEN');
    const trail = await admin.ok(`query ($id: ID!) { auditTrail(epciId: $id) { action entityId before } }`, { id: portesDeRomilly.epciId });
    const entry = trail.auditTrail.find((e: { action: string; entityId: string }) => e.action === 'member.remove' && e.entityId === leaving.userId);
    expect(JSON.parse(entry.before)).toMatchObject({ email: 'partant@romilly.test', role: 'ELECTED' });
  });

  it("detaches the operator's account an administrator had attached", async () => {
    const attached = await admin.ok(`mutation ($input: CreateMemberInput!) { createMember(input: $input) { user { id } } }`, {
      input: { epciId: portesDeRomilly.epciId, email: 'operateur@plateforme.test', name: 'Opérateur', role: 'ELECTED' },
    });
    await admin.ok(REMOVE, { input: { epciId: portesDeRomilly.epciId, userId: attached.createMember.user.id } });
    const members = await admin.ok(`query ($id: ID!) { members(epciId: $id) { user { email } } }`, { id: portesDeRomilly.epciId });
    expect(members.members.map((m: { user: { email: string } }) => m.user.email)).not.toContain('operateur@plateforme.test');
  });

  it('refuses to remove the last administrator', async () => {
    const res = await admin.request(REMOVE, { input: { epciId: portesDeRomilly.epciId, userId: admin.userId } });
    expect(errorCode(res)).toBe('INVALID_STATE');
  });

  it('is refused to anyone but the EPCI’s administrators', async () => {
    const res = await drafter.request(REMOVE, { input: { epciId: portesDeRomilly.epciId, userId: admin.userId } });
    expect(errorCode(res)).toBe('FORBIDDEN');
  });
});

describe('request bodies', () => {
  it('accepts a CSV import between 1 MiB and 2 MB instead of answering 413', async () => {
    const header = 'code_insee;population_dgf\n';
    const csv = header + '99999;1\n'.repeat(Math.ceil(1_500_000 / 8));
    const res = await drafter.request(`query ($input: ProfilesImportInput!) { profilesImportPreview(input: $input) { rowsRead } }`, {
      input: { epciId: portesDeRomilly.epciId, csv },
    });
    expect(res.status).toBe(200);
    expect(errorCode(res)).not.toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('login throttling', () => {
  it('checks at most the limit of passwords when forty wrong ones arrive at once', async () => {
    await member(admin, portesDeRomilly.epciId, 'ELECTED', 'course@romilly.test');
    const attacker = '10.0.11.50';
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => new Client(undefined, attacker).login('course@romilly.test', `mauvais essai ${i}`)));
    const codes = results.map(errorCode);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(35);
  });

  it('lets the owner in from their own address while the attacker’s address stays blocked', async () => {
    await member(admin, portesDeRomilly.epciId, 'ELECTED', 'proprietaire@romilly.test');
    for (let i = 0; i < 5; i++) await new Client(undefined, '10.0.11.60').login('proprietaire@romilly.test', `devinette ${i}`);
    expect(errorCode(await new Client(undefined, '10.0.11.60').login('proprietaire@romilly.test', GOOD_PASSWORD))).toBe('TOO_MANY_REQUESTS');
    expect(errorCode(await new Client(undefined, '10.0.11.61').login('proprietaire@romilly.test', GOOD_PASSWORD))).toBeUndefined();
  });
});

describe('in production', () => {
  let database: FreshDatabase;
  let server: TestServer;
  const EMAIL = 'op@prod.test';

  beforeAll(async () => {
    database = await freshDatabase('prod');
    const created = await runNode('cli/user-create.js', ['--operator', '--email', EMAIL, '--name', 'Op'], database.env, `${GOOD_PASSWORD}\n`);
    if (created.code !== 0) throw new Error(created.stderr + created.stdout);
    server = await startServer({ ...database.env, NODE_ENV: 'production', TRUST_PROXY: '1', REQUEST_TIMEOUT: '2s', REQUESTS_PER_MINUTE: '20' });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('sends Strict-Transport-Security and Permissions-Policy', async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    expect(res.headers.get('permissions-policy')).toMatch(/camera=\(\)/);
  });

  it('does not suggest field names in its error messages', async () => {
    const body = await (await post({ query: '{ mee { email } }' })).json();
    expect(JSON.stringify(body)).toMatch(/Cannot query field/);
    expect(JSON.stringify(body)).not.toMatch(/Did you mean/);
  });

  it('takes the client address from the hop its proxy added, not from what the client wrote', async () => {
    const login = (forged: string) =>
      post({ query: `mutation { login(input: { email: "${EMAIL}", password: "faux mot de passe" }) { email } }` }, { 'x-forwarded-for': `${forged}, 10.0.12.1` });
    const codes = [];
    for (let i = 0; i < 7; i++) codes.push((await (await login(`192.0.2.${i}`)).json()).errors[0].extensions.code);
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes.slice(5)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });

  it('tells clients that come through the proxy apart by the address it saw', async () => {
    const res = await post({ query: `mutation { login(input: { email: "${EMAIL}", password: "${GOOD_PASSWORD}" }) { email } }` }, { 'x-forwarded-for': '10.0.12.2' });
    expect((await res.json()).data.login.email).toBe(EMAIL);
  });

  it('limits the requests of one user per minute', async () => {
    const tab = new Client(server.url, '10.0.12.3');
    expect(errorCode(await tab.login(EMAIL, GOOD_PASSWORD))).toBeUndefined();
    let refused: ReturnType<typeof errorCode>;
    // Two windows' worth at most: a minute may turn once while counting.
    for (let i = 0; i < 45 && !refused; i++) {
      const res = await tab.request(`{ me { email } }`);
      if (res.errors) refused = errorCode(res);
    }
    expect(refused).toBe('TOO_MANY_REQUESTS');
  });

  it('closes a connection whose body trickles in slower than the request timeout', async () => {
    const url = new URL(server.url);
    const socket = net.connect(Number(url.port), url.hostname);
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`);
    const started = Date.now();
    const trickle = setInterval(() => socket.write(' '), 300);
    const closed = await new Promise<boolean>((resolve) => {
      socket.once('close', () => resolve(true));
      setTimeout(() => resolve(false), 15_000);
    });
    clearInterval(trickle);
    socket.destroy();
    expect(closed).toBe(true);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

describe("the audit trail's hash chain", () => {
  let database: FreshDatabase;

  beforeAll(async () => {
    database = await freshDatabase('chain');
    const created = await runNode('cli/user-create.js', ['--operator', '--email', 'op@chain.test', '--name', 'Op'], database.env, `${GOOD_PASSWORD}\n`);
    if (created.code !== 0) throw new Error(created.stderr + created.stdout);
    const server = await startServer(database.env);
    try {
      for (let i = 0; i < 3; i++) await new Client(server.url, '10.0.13.1').login('op@chain.test', `faux mot de passe ${i}`);
      await new Client(server.url, '10.0.13.2').login('op@chain.test', GOOD_PASSWORD);
    } finally {
      await server.stop();
    }
  });
  afterAll(async () => database?.drop());

  it('verifies an untouched trail and prints its last link', async () => {
    const verify = await runNode('cli/audit-verify.js', [], database.env);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/\d+ événement\(s\) vérifié\(s\), 0 anomalie\(s\)\. Dernier maillon : n° \d+, empreinte [0-9a-f]{64}\./);
  });

  it('finds a row deleted with the triggers switched off', async () => {
    const [refused, ...tampering] = await rawSql(database.env, [
      `DELETE FROM audit_event WHERE chain_seq = 2`,
      `ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`,
      `DELETE FROM audit_event WHERE chain_seq = 2`,
      `ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only`,
    ]);
    expect(refused).toEqual({ error: expect.stringMatching(/append-only: DELETE refused/) });
    for (const step of tampering) expect(step).not.toHaveProperty('error');
    const verify = await runNode('cli/audit-verify.js', [], database.env);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toMatch(/ROMPU +maillon 3 .*maillon\(s\) 2–2 supprimé\(s\)/);
  });
});
