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
    { input: { epciId, email, name: email.split('@')[0], role, communeId } },
  );
  const client = await acceptedInvitation(admin, epciId, email);
  client.userId = data.createMember.user.id;
  return client;
}

/**
 * The invitation link of a new account, read from the « Courriels » page as the administrator
 * (or operator) who sent it: the test servers run without SMTP, so the outbox keeps the mails.
 */
export async function invitationToken(reader: Client, epciId: string, email: string): Promise<string> {
  const { mails } = await reader.ok(`query ($epciId: ID) { mails(epciId: $epciId) { kind recipient textBody } }`, { epciId });
  const mail = mails.find((m: { kind: string; recipient: string }) => m.kind === 'invitation' && m.recipient === email.trim().toLowerCase());
  if (!mail) throw new Error(`no invitation to ${email} in ${JSON.stringify(mails)}`);
  return /#([\w-]+)/.exec(mail.textBody)![1]!;
}

/** A client signed in as the invited person, who chose GOOD_PASSWORD from their invitation link. */
export async function acceptedInvitation(reader: Client, epciId: string, email: string): Promise<Client & { userId: string }> {
  const client = new Client(reader.baseUrl, reader.address) as Client & { userId: string };
  const token = await invitationToken(reader, epciId, email);
  await client.ok(`mutation ($input: RedeemLinkInput!) { acceptInvitation(input: $input) { id } }`, { input: { token, password: GOOD_PASSWORD } });
  return client;
}

export async function appointAdmin(operator: Client, epciId: string, email: string): Promise<Client & { userId: string }> {
  const data = await operator.ok(
    `mutation ($input: AppointAdministratorInput!) { appointAdministrator(input: $input) { user { id } } }`,
    { input: { epciId, email, name: 'Administrateur' } },
  );
  const admin = await acceptedInvitation(operator, epciId, email);
  admin.userId = data.appointAdministrator.user.id;
  return admin;
}
