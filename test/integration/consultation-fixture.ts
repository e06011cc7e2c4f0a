import { OPERATOR } from '../support/accounts';
import { sharedService } from '../support/actions';
import { appointAdmin, importEpci, member, type Territory } from '../support/fixtures';
import { Client } from '../support/graphql';
import { freshDatabase, runNode, startServer, type FreshDatabase, type TestServer } from '../support/server';

/** Setups shared by the consultation tests (issue #13): a server whose clock can move, and an EPCI with its people. */

export const MANDATE = { first: 2026, last: 2032 };

/** A server of its own whose clock starts now and can be moved (MUTUALIS_NOW), on a fresh database. */
export async function clockedServer(label: string) {
  const database: FreshDatabase = await freshDatabase(label);
  const created = await runNode('cli/user-create.js', ['--operator', '--email', OPERATOR.email, '--name', OPERATOR.name], database.env, `${OPERATOR.password}\n`);
  if (created.code !== 0) throw new Error(`could not create the operator: ${created.stderr}`);
  // Background jobs (mail delivery, the reminder sweep) every second, so a test sees a reminder without waiting a minute.
  const server: TestServer = await startServer({ ...database.env, TRUST_PROXY: '1', MUTUALIS_NOW: new Date().toISOString(), MAIL_RETRY_DELAY: '1s' });
  return {
    url: server.url,
    server,
    async stop() {
      await server.stop();
      await database.drop();
    },
  };
}

export async function setTime(client: Client, instant: string | null) {
  await client.ok(`mutation ($now: DateTime) { setServerTime(now: $now) }`, { now: instant });
}

export interface Cast {
  territory: Territory & { communes: { siren: string }[] };
  admin: Client;
  drafter: Client;
  elected: Client;
  /** Reviewers of the first and second communes. */
  reviewerA: Client;
  reviewerB: Client;
}

/** An EPCI imported by the operator, with an administrator who invites the other roles. */
export async function castOf(url: string, address: string, siren: string, domain: string): Promise<Cast> {
  const operator = new Client(url, address);
  const login = await operator.login(OPERATOR.email, OPERATOR.password);
  if (login.errors) throw new Error(JSON.stringify(login.errors));
  const imported = await importEpci(operator, siren);
  const admin = await appointAdmin(operator, imported.epciId, `admin@${domain}`);
  // Ordered by INSEE code like the import's list; each commune's SIREN makes its SIRET.
  const { epci } = await admin.ok(`query ($id: ID!) { epci(id: $id) { communes { id siren } } }`, { id: imported.epciId });
  const sirens = new Map<string, string>(epci.communes.map((c: { id: string; siren: string }) => [c.id, c.siren]));
  const territory = { ...imported, communes: imported.communes.map((c) => ({ ...c, siren: sirens.get(c.id)! })) };
  return {
    territory,
    admin,
    drafter: await member(admin, territory.epciId, 'DRAFTER', `dsi@${domain}`),
    elected: await member(admin, territory.epciId, 'ELECTED', `president@${domain}`),
    reviewerA: await member(admin, territory.epciId, 'REVIEWER', `mairie-a@${domain}`, territory.communes[0].id),
    reviewerB: await member(admin, territory.epciId, 'REVIEWER', `mairie-b@${domain}`, territory.communes[1].id),
  };
}

const FREEZE = `mutation ($s: ID!, $r: Int!, $m: String!) { freezeVersion(schemeId: $s, expectedRevision: $r, message: $m) { id number } }`;

/** A draft with one shared service for every commune, frozen as v1 (and more versions on demand). */
export async function frozenScheme(drafter: Client, territory: Territory, title: string) {
  const { createScheme } = await drafter.ok(`mutation ($input: CreateSchemeInput!) { createScheme(input: $input) { id revision } }`, {
    input: { epciId: territory.epciId, title, mandate: MANDATE },
  });
  const everyone = territory.communes.map((c) => ({ insee: c.inseeCode, statusQuoCents: 300_000 }));
  const { addAction } = await drafter.ok(
    `mutation ($s: ID!, $r: Int!, $input: ActionDefinition!) { addAction(schemeId: $s, expectedRevision: $r, action: $input) { id revision actions { id } } }`,
    { s: createScheme.id, r: createScheme.revision, input: sharedService(everyone, 1_200_000, '20') },
  );
  let revision: number = addAction.revision;
  const freeze = async (message: string) => {
    const { freezeVersion } = await drafter.ok(FREEZE, { s: createScheme.id, r: revision, m: message });
    return freezeVersion as { id: string; number: number };
  };
  const v1 = await freeze('v1 — projet soumis aux communes');
  return {
    schemeId: createScheme.id as string,
    actionId: addAction.actions[0].id as string,
    v1,
    /** Changes the draft's description and freezes it again. */
    async next(message: string) {
      const { updateScheme } = await drafter.ok(
        `mutation ($id: ID!, $r: Int!, $input: SchemeDetailsInput!) { updateScheme(id: $id, expectedRevision: $r, input: $input) { revision } }`,
        { id: createScheme.id, r: revision, input: { title, description: message, mandate: MANDATE } },
      );
      revision = updateScheme.revision;
      return freeze(message);
    },
  };
}

export const CONSULTATION_FIELDS = `id status versionId versionNumber schemeTitle openedByName closedAt withdrawalReason lastDeadline closableFrom
  totals { communes favorable favorableWithReservations unfavorable deemedFavorable awaited population awaitedPopulation deemedFavorablePopulation favorableWithReservationsPopulation }
  communes { communeId name population notifiedOn deadline daysLeft state late deemedFavorableOn commentCount siretKnown
             opinion { id kind reservations deliberationNumber deliberationDate recordedOnPaper recordedByName document { byteSize url } } }
  myCommune { communeId deadline daysLeft state opinion { id kind } }`;

export const OPEN = `mutation ($input: OpenConsultationInput!) { openConsultation(input: $input) { ${CONSULTATION_FIELDS} } }`;
export const CONSULTATION = `query ($id: ID!) { consultation(id: $id) { ${CONSULTATION_FIELDS} } }`;
export const CLOSE = `mutation ($id: ID!) { closeConsultation(consultationId: $id) { ${CONSULTATION_FIELDS} } }`;
export const WITHDRAW = `mutation ($id: ID!, $reason: String!) { withdrawConsultation(consultationId: $id, reason: $reason) { ${CONSULTATION_FIELDS} } }`;
export const OPINION = `mutation ($input: OpinionInput!) { recordOpinion(input: $input) { id kind reservations deliberationNumber deliberationDate recordedOnPaper recordedByName document { byteSize url } } }`;
const DECISION_FIELDS = `id kind versionNumber consultationId deliberationNumber deliberationDate votes { inOffice present for against abstentions } reason recordedByName recordedForElected supersededByVersionNumber supersededOn document { byteSize url }`;
export const ADOPT = `mutation ($input: AdoptionInput!) { recordAdoption(input: $input) { ${DECISION_FIELDS} } }`;
export const REJECT = `mutation ($input: RejectionInput!) { recordRejection(input: $input) { ${DECISION_FIELDS} } }`;
export const IN_FORCE = `query ($e: ID!) { schemeInForce(epciId: $e) { ${DECISION_FIELDS} } }`;
export const HISTORY = `query ($e: ID!) { adoptions(epciId: $e) { ${DECISION_FIELDS} } }`;
export const STATUS = `query ($id: ID!) { version(id: $id) { number status } }`;
export const COMMENT_FIELDS = `id communeId actionId parentId authorName authorSide body editedAt withdrawnAt editableUntil mine`;
export const ADD_COMMENT = `mutation ($input: CommentInput!) { addComment(input: $input) { ${COMMENT_FIELDS} } }`;
export const THREAD = `query ($c: ID!, $m: ID!) { consultationComments(consultationId: $c, communeId: $m) { ${COMMENT_FIELDS} replies { ${COMMENT_FIELDS} } } }`;
export const VOTES = { inOffice: 45, present: 40, for: 35, against: 3, abstentions: 2 };

/** A valid NIC for a SIREN (the first one whose SIRET passes the Luhn key). */
export function nicFor(siren: string): string {
  for (let n = 1; n < 100_000; n++) {
    const nic = String(n).padStart(5, '0');
    const digits = siren + nic;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      let d = Number(digits[13 - i]);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return nic;
  }
  throw new Error('no NIC');
}

/** A small real PDF: what a scanner or a word processor writes starts with `%PDF-`. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
/** The first bytes of a PNG image: renamed to .pdf, it stays an image. */
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

/** HTTP outside GraphQL, as the page's upload and download do, with the client's session cookie. */
export async function http(client: Client, method: 'GET' | 'PUT', path: string, body?: Buffer, contentType = 'application/pdf') {
  return fetch(`${client.baseUrl}${path}`, {
    method,
    headers: { 'x-forwarded-for': client.address, ...(client.sessionCookie ? { cookie: client.sessionCookie } : {}), ...(body ? { 'content-type': contentType } : {}) },
    body,
  });
}
