import { Client } from './graphql';
import { GOOD_PASSWORD, OPERATOR } from './accounts';

/** Test data is made the way people make it: the operator imports, the administrator invites. */
export async function signedInOperator(address: string) {
  const operator = new Client(undefined, address);
  const res = await operator.login(OPERATOR.email, OPERATOR.password);
  if (res.errors) throw new Error(`operator login failed: ${JSON.stringify(res.errors)}`);
  return operator;
}

export interface Territory {
  epciId: string;
  communes: { id: string; inseeCode: string; name: string }[];
}

export async function importEpci(operator: Client, siren: string): Promise<Territory> {
  const data = await operator.ok(`mutation ($siren: String!) { importEpci(siren: $siren) { id communes { id inseeCode name } } }`, { siren });
  return { epciId: data.importEpci.id, communes: data.importEpci.communes };
}

/** Makes an account with a role in the EPCI and returns a client signed in as that person. */
export async function member(
  admin: Client,
  epciId: string,
  role: 'DRAFTER' | 'REVIEWER' | 'ELECTED' | 'ADMIN',
  email: string,
  communeId?: string,
): Promise<Client & { userId: string }> {
  const data = await admin.ok(
    `mutation ($input: CreateMemberInput!) { createMember(input: $input) { user { id } } }`,
    { input: { epciId, email, name: email.split('@')[0], password: GOOD_PASSWORD, role, communeId } },
  );
  const client = new Client(admin.baseUrl, admin.address) as Client & { userId: string };
  const login = await client.login(email, GOOD_PASSWORD);
  if (login.errors) throw new Error(`login failed for ${email}: ${JSON.stringify(login.errors)}`);
  client.userId = data.createMember.user.id;
  return client;
}

export async function appointAdmin(operator: Client, epciId: string, email: string): Promise<Client & { userId: string }> {
  const data = await operator.ok(
    `mutation ($input: AppointAdministratorInput!) { appointAdministrator(input: $input) { user { id } } }`,
    { input: { epciId, email, name: 'Administrateur', password: GOOD_PASSWORD } },
  );
  const admin = new Client(operator.baseUrl, operator.address) as Client & { userId: string };
  const login = await admin.login(email, GOOD_PASSWORD);
  if (login.errors) throw new Error(`admin login failed: ${JSON.stringify(login.errors)}`);
  admin.userId = data.appointAdministrator.user.id;
  return admin;
}
