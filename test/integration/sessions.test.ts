import { Client, errorCode } from '../support/graphql';
import { GOOD_PASSWORD, SIREN } from '../support/accounts';
import { appointAdmin, importEpci, member, signedInOperator } from '../support/fixtures';
import { freshDatabase, runNode, startServer } from '../support/server';

const ADDRESS = '10.0.2.1';
const ME = `{ me { email } }`;
let admin: Client & { userId: string };
let epciId: string;

beforeAll(async () => {
  const operator = await signedInOperator(ADDRESS);
  ({ epciId } = await importEpci(operator, SIREN.pontivyCommunaute));
  admin = await appointAdmin(operator, epciId, 'admin@pontivy.test');
});

describe('signing in', () => {
  it('sets an httpOnly, SameSite session cookie holding a random token', async () => {
    const res = await fetch(`${process.env.MUTUALIS_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ADDRESS },
      body: JSON.stringify({ query: `mutation { login(input: { email: "ADMIN@pontivy.test ", password: "${GOOD_PASSWORD}" }) { email } }` }),
    });
    const body = await res.json();
    expect(body.data.login.email).toBe('admin@pontivy.test');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^mutualis_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Expires=/i);
  });

  it('gives the same generic message for a wrong password and an unknown address', async () => {
    const wrong = await new Client(undefined, '10.0.2.2').login('admin@pontivy.test', 'pas le bon mot de passe');
    const unknown = await new Client(undefined, '10.0.2.2').login('personne@pontivy.test', 'pas le bon mot de passe');
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0]!.message).toBe('Adresse électronique ou mot de passe incorrect.');
    expect(unknown.errors![0]!.message).toBe(wrong.errors![0]!.message);
  });

  it("records in the EPCI's audit trail who imported it and who added its members", async () => {
    const trail = await admin.ok(`query ($id: ID!) { auditTrail(epciId: $id) { action actorLabel after } }`, { id: epciId });
    const byAction = new Map(trail.auditTrail.map((e: { action: string }) => [e.action, e]));
    expect(byAction.get('epci.import')).toMatchObject({ actorLabel: 'operateur@plateforme.test' });
    expect(JSON.parse((byAction.get('member.add') as { after: string }).after)).toMatchObject({ email: 'admin@pontivy.test', role: 'ADMIN' });
  });
});

describe('logging out', () => {
  it('revokes the session on the server: the old cookie no longer works', async () => {
    const tab = new Client(undefined, ADDRESS);
    await tab.login('admin@pontivy.test', GOOD_PASSWORD);
    const stolen = tab.sessionCookie;
    expect((await tab.ok(ME)).me.email).toBe('admin@pontivy.test');
    expect(await tab.ok(`mutation { logout }`)).toEqual({ logout: true });
    const replay = new Client(undefined, ADDRESS);
    replay.useCookie(stolen);
    expect((await replay.ok(ME)).me).toBeNull();
    expect(errorCode(await replay.request(`query ($id: ID!) { epci(id: $id) { id } }`, { id: epciId }))).toBe('UNAUTHENTICATED');
  });
});

describe('disabling an account', () => {
  it('ends all its sessions at once and refuses new ones, until it is enabled again', async () => {
    const laptop = await member(admin, epciId, 'DRAFTER', 'partant@pontivy.test');
    const phone = new Client(undefined, ADDRESS);
    await phone.login('partant@pontivy.test', GOOD_PASSWORD);
    await admin.ok(`mutation ($i: SetUserDisabledInput!) { setUserDisabled(input: $i) { user { disabled } } }`, {
      i: { epciId, userId: laptop.userId, disabled: true },
    });
    expect((await laptop.ok(ME)).me).toBeNull();
    expect((await phone.ok(ME)).me).toBeNull();
    expect(errorCode(await new Client(undefined, '10.0.2.4').login('partant@pontivy.test', GOOD_PASSWORD))).toBe('UNAUTHENTICATED');
    await admin.ok(`mutation ($i: SetUserDisabledInput!) { setUserDisabled(input: $i) { user { disabled } } }`, {
      i: { epciId, userId: laptop.userId, disabled: false },
    });
    expect(errorCode(await new Client(undefined, '10.0.2.4').login('partant@pontivy.test', GOOD_PASSWORD))).toBeUndefined();
  });
});

describe('throttling', () => {
  it('blocks an account from an address after repeated failures there, even with the right password', async () => {
    await member(admin, epciId, 'ELECTED', 'cible-attaque@pontivy.test');
    for (let i = 0; i < 5; i++) {
      expect(errorCode(await new Client(undefined, '10.0.3.1').login('cible-attaque@pontivy.test', `essai numéro ${i} faux`))).toBe('UNAUTHENTICATED');
    }
    const blocked = await new Client(undefined, '10.0.3.1').login('cible-attaque@pontivy.test', GOOD_PASSWORD);
    expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors![0]!.message).toMatch(/Trop de tentatives/);
  });

  it('blocks an address that tries many accounts', async () => {
    const attacker = new Client(undefined, '10.0.4.1');
    for (let i = 0; i < 30; i++) await attacker.login(`inconnu${i}@pontivy.test`, 'mot de passe essayé');
    expect(errorCode(await attacker.login('admin@pontivy.test', GOOD_PASSWORD))).toBe('TOO_MANY_REQUESTS');
    // Another address is not affected.
    expect(errorCode(await new Client(undefined, '10.0.4.2').login('admin@pontivy.test', GOOD_PASSWORD))).toBeUndefined();
  });
});

describe('cross-site request forgery', () => {
  it('refuses a GraphQL mutation sent as a simple form post', async () => {
    const res = await fetch(`${process.env.MUTUALIS_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: admin.sessionCookie! },
      body: JSON.stringify({ query: `mutation { logout }` }),
    });
    expect(res.status).toBe(400);
    expect((await admin.ok(ME)).me.email).toBe('admin@pontivy.test');
  });
});

describe('session expiry', () => {
  it('ends a session once its lifetime has passed', async () => {
    const database = await freshDatabase('expiry');
    const created = await runNode('cli/user-create.js', ['--operator', '--email', 'op@expiry.test', '--name', 'Op'], database.env, `${GOOD_PASSWORD}\n`);
    expect(created.code).toBe(0);
    const server = await startServer({ ...database.env, SESSION_LIFETIME: '2s' });
    try {
      const tab = new Client(server.url);
      await tab.login('op@expiry.test', GOOD_PASSWORD);
      expect((await tab.ok(ME)).me.email).toBe('op@expiry.test');
      await new Promise((r) => setTimeout(r, 2500));
      expect((await tab.ok(ME)).me).toBeNull();
    } finally {
      await server.stop();
      await database.drop();
    }
  });
});
