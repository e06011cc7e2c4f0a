import { Client, errorCode } from '../support/graphql';
import { GOOD_PASSWORD, SIREN } from '../support/accounts';
import { appointAdmin, importEpci, member, signedInOperator } from '../support/fixtures';

const ADDRESS = '10.0.5.1';
let admin: Client & { userId: string };
let operator: Client;
let epciId: string;
let communes: { id: string; inseeCode: string }[];
let otherCommuneId: string;

const CREATE = `mutation ($i: CreateMemberInput!) { createMember(input: $i) { user { id email name disabled } role commune { inseeCode } } }`;
const SET_ROLE = `mutation ($i: SetMemberRoleInput!) { setMemberRole(input: $i) { role commune { inseeCode } } }`;

beforeAll(async () => {
  operator = await signedInOperator(ADDRESS);
  ({ epciId, communes } = await importEpci(operator, SIREN.paysAjaccien));
  otherCommuneId = (await importEpci(operator, SIREN.bastia)).communes[0]!.id;
  admin = await appointAdmin(operator, epciId, 'admin@ajaccio.test');
});

describe('an administrator creating accounts', () => {
  it('creates a reviewer bound to a member commune, with a normalised address', async () => {
    const ajaccio = communes.find((c) => c.inseeCode === '2A004')!;
    const data = await admin.ok(CREATE, {
      i: { epciId, email: '  Maire@Ajaccio.test ', name: 'Maire d’Ajaccio', role: 'REVIEWER', communeId: ajaccio.id },
    });
    expect(data.createMember).toMatchObject({ user: { email: 'maire@ajaccio.test', disabled: false }, role: 'REVIEWER', commune: { inseeCode: '2A004' } });
    const list = await admin.ok(`query ($id: ID!) { members(epciId: $id) { user { email } role } }`, { id: epciId });
    expect(list.members).toEqual(expect.arrayContaining([{ user: { email: 'maire@ajaccio.test' }, role: 'REVIEWER' }]));
  });

  it.each([
    [{ email: 'pas-une-adresse' }, 'BAD_USER_INPUT', /adresse électronique n'est pas valide/],
    [{ name: '' }, 'BAD_USER_INPUT', /nom doit contenir/],
    [{ role: 'REVIEWER' }, 'BAD_USER_INPUT', /Choisissez la commune/],
    [{ role: 'REVIEWER', communeId: 'other-epci' }, 'BAD_USER_INPUT', /n'est pas membre de l'intercommunalité/],
  ])('refuses %o with a French message and creates nothing', async (change, code, message) => {
    const email = `refus-${Math.random().toString(36).slice(2)}@ajaccio.test`;
    const input = { epciId, email, name: 'Quelqu’un', role: 'DRAFTER', ...change } as Record<string, unknown>;
    if (input.communeId === 'other-epci') input.communeId = otherCommuneId;
    const result = await admin.request(CREATE, { i: input });
    expect(errorCode(result)).toBe(code);
    expect(result.errors![0]!.message).toMatch(message);
    const list = await admin.ok(`query ($id: ID!) { members(epciId: $id) { user { email } } }`, { id: epciId });
    expect(list.members.map((m: { user: { email: string } }) => m.user.email)).not.toContain(input.email);
  });

  it('gives an existing account access without inviting it again', async () => {
    const elsewhere = await appointAdmin(operator, (await importEpci(operator, SIREN.bastia)).epciId, 'dsi@corse.test');
    const granted = await admin.ok(CREATE, { i: { epciId, email: 'dsi@corse.test', name: 'DSI', role: 'DRAFTER' } });
    expect(granted.createMember.role).toBe('DRAFTER');
    // Their password is unchanged, and they now see both EPCI.
    const tab = new Client(undefined, ADDRESS);
    await tab.login('dsi@corse.test', GOOD_PASSWORD);
    expect((await tab.ok(`{ me { memberships { role } } }`)).me.memberships).toHaveLength(2);
    expect(errorCode(await admin.request(CREATE, { i: { epciId, email: 'dsi@corse.test', name: 'DSI', role: 'ELECTED' } }))).toBe('CONFLICT');
    // An account that serves another EPCI cannot be disabled from here.
    const disable = await admin.request(`mutation ($i: SetUserDisabledInput!) { setUserDisabled(input: $i) { role } }`, {
      i: { epciId, userId: elsewhere.userId, disabled: true },
    });
    expect(errorCode(disable)).toBe('FORBIDDEN');
  });
});

describe('changing roles', () => {
  it('turns a drafter into a reviewer of a commune, and the new permissions apply at once', async () => {
    const drafter = await member(admin, epciId, 'DRAFTER', 'change@ajaccio.test');
    const commune = communes[1]!;
    const changed = await admin.ok(SET_ROLE, { i: { epciId, userId: drafter.userId, role: 'REVIEWER', communeId: commune.id } });
    expect(changed.setMemberRole).toEqual({ role: 'REVIEWER', commune: { inseeCode: commune.inseeCode } });
    const me = await drafter.ok(`{ me { memberships { role permissions } } }`);
    expect(me.me.memberships[0].role).toBe('REVIEWER');
    expect(me.me.memberships[0].permissions).not.toContain('SCHEME_EDIT');
  });

  it('never leaves the EPCI without an active administrator', async () => {
    const demote = await admin.request(SET_ROLE, { i: { epciId, userId: admin.userId, role: 'ELECTED' } });
    expect(errorCode(demote)).toBe('INVALID_STATE');
    expect(demote.errors![0]!.message).toMatch(/au moins un administrateur/);
    const self = await admin.request(`mutation ($i: SetUserDisabledInput!) { setUserDisabled(input: $i) { role } }`, {
      i: { epciId, userId: admin.userId, disabled: true },
    });
    expect(errorCode(self)).toBe('INVALID_STATE');
  });

  it('records the change with before and after in the audit trail', async () => {
    const trail = await admin.ok(`query ($id: ID!) { auditTrail(epciId: $id, limit: 50) { action actorLabel before after } }`, { id: epciId });
    const change = trail.auditTrail.find((e: { action: string }) => e.action === 'member.role.change');
    expect(change.actorLabel).toBe('admin@ajaccio.test');
    expect(JSON.parse(change.before)).toEqual({ role: 'DRAFTER', communeId: null });
    expect(JSON.parse(change.after)).toMatchObject({ role: 'REVIEWER' });
  });
});
