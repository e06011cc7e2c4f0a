import { Client, errorCode } from '../support/graphql';
import { SIREN } from '../support/accounts';
import { appointAdmin, importEpci, member, signedInOperator } from '../support/fixtures';

/**
 * Every operation, as every role, on its own EPCI and on another one: the role check and the
 * object check together. Nobody reaches another EPCI's data.
 */
const ADDRESS = '10.0.1.1';
let own: { epciId: string; communeId: string };
let other: { epciId: string };
const as: Record<string, Client & { userId?: string }> = {};
let target: Client & { userId: string };

beforeAll(async () => {
  const operator = await signedInOperator(ADDRESS);
  const leMans = await importEpci(operator, SIREN.leMansMetropole);
  const saintOmer = await importEpci(operator, SIREN.paysDeSaintOmer);
  own = { epciId: leMans.epciId, communeId: leMans.communes[0]!.id };
  other = { epciId: saintOmer.epciId };
  const admin = await appointAdmin(operator, own.epciId, 'admin@lemans.test');
  as.ADMIN = admin;
  as.DRAFTER = await member(admin, own.epciId, 'DRAFTER', 'redaction@lemans.test');
  as.REVIEWER = await member(admin, own.epciId, 'REVIEWER', 'referent@lemans.test', own.communeId);
  as.ELECTED = await member(admin, own.epciId, 'ELECTED', 'elu@lemans.test');
  as.OPERATOR = operator;
  as.ANONYMOUS = new Client(undefined, ADDRESS);
  target = await member(admin, own.epciId, 'DRAFTER', 'cible@lemans.test');
});

const operations = {
  readEpci: (c: Client, epciId: string) => c.request(`query ($id: ID!) { epci(id: $id) { id communes { inseeCode } } }`, { id: epciId }),
  listMembers: (c: Client, epciId: string) => c.request(`query ($id: ID!) { members(epciId: $id) { user { email } } }`, { id: epciId }),
  createMember: (c: Client, epciId: string) =>
    c.request(`mutation ($i: CreateMemberInput!) { createMember(input: $i) { role } }`, {
      i: { epciId, email: `new-${Math.random().toString(36).slice(2)}@test.fr`, name: 'Nouveau', role: 'ELECTED' },
    }),
  setMemberRole: (c: Client, epciId: string) =>
    c.request(`mutation ($i: SetMemberRoleInput!) { setMemberRole(input: $i) { role } }`, { i: { epciId, userId: target.userId, role: 'ELECTED' } }),
  setUserDisabled: (c: Client, epciId: string) =>
    c.request(`mutation ($i: SetUserDisabledInput!) { setUserDisabled(input: $i) { user { disabled } } }`, {
      i: { epciId, userId: target.userId, disabled: false },
    }),
  appointAdministrator: (c: Client, epciId: string) =>
    c.request(`mutation ($i: AppointAdministratorInput!) { appointAdministrator(input: $i) { role } }`, {
      i: { epciId, email: `nomme-${Math.random().toString(36).slice(2)}@test.fr`, name: 'Administrateur' },
    }),
  auditTrail: (c: Client, epciId: string) => c.request(`query ($id: ID!) { auditTrail(epciId: $id) { action } }`, { id: epciId }),
  mails: (c: Client, epciId: string) => c.request(`query ($id: ID) { mails(epciId: $id) { recipient textBody } }`, { id: epciId }),
};

// Who may do what on their own EPCI. On another EPCI nobody but the operator may do anything.
const allowedOnOwn: Record<keyof typeof operations, string[]> = {
  readEpci: ['ADMIN', 'DRAFTER', 'REVIEWER', 'ELECTED', 'OPERATOR'],
  listMembers: ['ADMIN'],
  createMember: ['ADMIN'],
  setMemberRole: ['ADMIN'],
  setUserDisabled: ['ADMIN'],
  appointAdministrator: ['OPERATOR'],
  auditTrail: ['ADMIN', 'ELECTED'],
  mails: ['ADMIN', 'OPERATOR'],
};
const allowedOnOther: Record<keyof typeof operations, string[]> = {
  readEpci: ['OPERATOR'],
  listMembers: [],
  createMember: [],
  setMemberRole: [],
  setUserDisabled: [],
  appointAdministrator: ['OPERATOR'],
  auditTrail: [],
  mails: ['OPERATOR'],
};

const actors = ['ADMIN', 'DRAFTER', 'REVIEWER', 'ELECTED', 'OPERATOR', 'ANONYMOUS'];

describe.each(Object.keys(operations) as (keyof typeof operations)[])('%s', (operation) => {
  it.each(actors)('as %s on its own EPCI and on another one', async (actor) => {
    const ownAllowed = allowedOnOwn[operation].includes(actor);
    const otherAllowed = allowedOnOther[operation].includes(actor);
    const onOwn = await operations[operation](as[actor]!, own.epciId);
    const onOther = await operations[operation](as[actor]!, other.epciId);
    const expected = (allowed: boolean) => (allowed ? undefined : actor === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    expect(errorCode(onOwn)).toBe(expected(ownAllowed));
    expect(errorCode(onOther)).toBe(expected(otherAllowed));
    if (!ownAllowed) expect(onOwn.errors![0]!.message).toMatch(/[a-zé]/);
  });
});

it('shows a reviewer their own commune in `me`, and the permissions of their role', async () => {
  const data = await as.REVIEWER!.ok(`{ me { memberships { role commune { id } permissions epci { id } } platformPermissions } }`);
  expect(data.me.memberships).toEqual([
    { role: 'REVIEWER', commune: { id: own.communeId }, permissions: ['EPCI_READ', 'SCHEME_READ', 'OPINION_RECORD'], epci: { id: own.epciId } },
  ]);
  expect(data.me.platformPermissions).toEqual([]);
});

it('answers NOT_FOUND, not an SQL error, for an id that is not a UUID or does not exist', async () => {
  expect(errorCode(await operations.readEpci(as.ADMIN!, 'pas-un-uuid'))).toBe('NOT_FOUND');
  expect(errorCode(await operations.readEpci(as.ADMIN!, '00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
});
