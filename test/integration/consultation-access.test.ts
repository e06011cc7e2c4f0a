import { parisDate } from '../../backend/src/domain/consultation/dates';
import { Client, errorCode, type GraphQLResult } from '../support/graphql';
import { member } from '../support/fixtures';
import {
  ADD_COMMENT,
  ADOPT,
  CLOSE,
  CONSULTATION,
  HISTORY,
  IN_FORCE,
  OPEN,
  OPINION,
  PDF,
  REJECT,
  THREAD,
  VOTES,
  WITHDRAW,
  castOf,
  frozenScheme,
  http,
  nicFor,
  type Cast,
} from './consultation-fixture';

// Who may do what in a consultation (issue #13): every query and mutation, for each role, for a
// reviewer of commune A acting on commune B, and for a member of another EPCI using the ids.
// CC Rhône Lez Provence (5 communes) and, as the other EPCI, CC Coeur de Sologne: EPCI no other test file uses.
const RHONE_LEZ = '200000628';
const SOLOGNE = '200000800';
const ADDRESS = '10.0.14.1';

jest.setTimeout(180_000);

type Actor = 'drafter' | 'reviewerA' | 'reviewerB' | 'elected' | 'admin' | 'foreign';

let as: Cast;
let foreign: Client;
let today: string;
/** v1 of a scheme in consultation; v1 of another never sent; v1 of a third whose consultation is closed. */
let open: { consultationId: string; versionId: string; actionId: string; opinionId: string };
let unsent: { versionId: string };
let closed: { consultationId: string; versionId: string };

const client = (actor: Actor): Client => (actor === 'foreign' ? foreign : as[actor]);
const communeA = () => as.territory.communes[0];
const communeB = () => as.territory.communes[1];
const opinionOf = (communeId: string, fields: Record<string, unknown> = {}) => ({
  // Set once the first consultation is open; the set-up passes its own before that.
  consultationId: open?.consultationId,
  communeId,
  kind: 'FAVORABLE',
  deliberationNumber: '2026_201',
  deliberationDate: today,
  communeNic: nicFor(as.territory.communes.find((c) => c.id === communeId)!.siren),
  ...fields,
});

beforeAll(async () => {
  today = parisDate(new Date());
  as = await castOf(process.env.MUTUALIS_URL!, ADDRESS, RHONE_LEZ, 'rhone-lez.test');
  const other = await castOf(process.env.MUTUALIS_URL!, '10.0.14.2', SOLOGNE, 'sologne.test');
  foreign = await member(other.admin, other.territory.epciId, 'DRAFTER', 'redaction@sologne.test');

  const first = await frozenScheme(as.drafter, as.territory, 'Schéma en consultation');
  const opened = (await as.drafter.ok(OPEN, { input: { versionId: first.v1.id, notifiedOn: today } })).openConsultation;
  const opinion = (await as.reviewerA.ok(OPINION, { input: { ...opinionOf(communeA().id), consultationId: opened.id } })).recordOpinion;
  open = { consultationId: opened.id, versionId: first.v1.id, actionId: first.actionId, opinionId: opinion.id };
  await http(as.reviewerA, 'PUT', `/api/opinions/${opinion.id}/deliberation.pdf`, PDF);

  unsent = { versionId: (await frozenScheme(as.drafter, as.territory, 'Schéma jamais envoyé')).v1.id };

  const third = await frozenScheme(as.drafter, as.territory, 'Schéma consulté');
  const round = (await as.drafter.ok(OPEN, { input: { versionId: third.v1.id, notifiedOn: today } })).openConsultation;
  for (const commune of as.territory.communes) {
    await as.drafter.ok(OPINION, { input: { ...opinionOf(commune.id), consultationId: round.id } });
  }
  await as.drafter.ok(CLOSE, { id: round.id });
  closed = { consultationId: round.id, versionId: third.v1.id };
});

/** What an actor gets: 'ok' or the error code. */
const outcome = (result: GraphQLResult) => errorCode(result) ?? (result.errors ? 'error' : 'ok');

const LIST = `query ($e: ID!) { consultations(epciId: $e) { id communes { communeId } totals { communes } } }`;

describe('reading consultations', () => {
  it.each([
    ['drafter', 'ok'],
    ['elected', 'ok'],
    ['admin', 'ok'],
    ['reviewerA', 'ok'],
    ['foreign', 'FORBIDDEN'],
  ] as [Actor, string][])('lists them for %s: %s', async (actor, expected) => {
    expect(outcome(await client(actor).request(LIST, { e: as.territory.epciId }))).toBe(expected);
  });

  it('shows a reviewer only their own commune’s row, and no totals', async () => {
    const { consultation } = await as.reviewerA.ok(CONSULTATION, { id: open.consultationId });
    expect(consultation.communes.map((c: { communeId: string }) => c.communeId)).toEqual([communeA().id]);
    expect(consultation.myCommune.communeId).toBe(communeA().id);
    expect(consultation.totals).toBeNull();
  });

  it('never shows a reviewer another commune’s pending opinion', async () => {
    const { consultation } = await as.reviewerB.ok(CONSULTATION, { id: open.consultationId });
    expect(consultation.communes).toEqual([expect.objectContaining({ communeId: communeB().id, opinion: null })]);
  });

  it('shows the EPCI’s staff every commune and the totals', async () => {
    const { consultation } = await as.elected.ok(CONSULTATION, { id: open.consultationId });
    expect(consultation.communes).toHaveLength(5);
    expect(consultation.totals.communes).toBe(5);
  });

  it('does not confirm a consultation to another EPCI', async () => {
    expect(outcome(await foreign.request(CONSULTATION, { id: open.consultationId }))).toBe('NOT_FOUND');
  });
});

describe('reading versions (the new rule: a reviewer reads only what was sent to their commune)', () => {
  const VERSION = `query ($id: ID!) { version(id: $id) { number status content } }`;

  it('lets a reviewer read a version sent to their commune, with only their commune’s sheet', async () => {
    const { version } = await as.reviewerA.ok(VERSION, { id: open.versionId });
    expect(version.status).toBe('IN_CONSULTATION');
    expect(version.content.costing.communes.map((c: { insee: string }) => c.insee)).toEqual([communeA().inseeCode]);
    expect(version.content.communes).toHaveLength(1);
  });

  it('tells a reviewer a version never sent to their commune does not exist', async () => {
    expect(outcome(await as.reviewerA.request(VERSION, { id: unsent.versionId }))).toBe('NOT_FOUND');
  });

  it('still shows the EPCI’s staff every commune’s sheet', async () => {
    const { version } = await as.elected.ok(VERSION, { id: open.versionId });
    expect(version.content.costing.communes).toHaveLength(5);
  });

  it('does not let a reviewer read the drafts', async () => {
    const { consultation } = await as.drafter.ok(`query ($id: ID!) { consultation(id: $id) { schemeId } }`, { id: open.consultationId });
    expect(outcome(await as.reviewerA.request(`query ($id: ID!) { scheme(id: $id) { id } }`, { id: consultation.schemeId }))).toBe('FORBIDDEN');
  });
});

describe('running a consultation', () => {
  it.each([
    // The version was never sent to the reviewer's commune: it does not exist for them.
    ['reviewerA', 'NOT_FOUND'],
    ['elected', 'FORBIDDEN'],
    ['admin', 'FORBIDDEN'],
    ['foreign', 'NOT_FOUND'],
  ] as [Actor, string][])('refuses to open one for %s: %s', async (actor, expected) => {
    expect(outcome(await client(actor).request(OPEN, { input: { versionId: unsent.versionId, notifiedOn: today } }))).toBe(expected);
  });

  it.each([
    ['reviewerA', 'FORBIDDEN'],
    ['elected', 'FORBIDDEN'],
    ['admin', 'FORBIDDEN'],
    ['foreign', 'NOT_FOUND'],
  ] as [Actor, string][])('refuses to close or withdraw one for %s: %s', async (actor, expected) => {
    expect(outcome(await client(actor).request(CLOSE, { id: open.consultationId }))).toBe(expected);
    expect(outcome(await client(actor).request(WITHDRAW, { id: open.consultationId, reason: 'Essai' }))).toBe(expected);
  });
});

describe('recording opinions', () => {
  it.each([
    ['reviewerA on their own commune', 'reviewerA', () => communeA().id, 'ok'],
    ['reviewerA on commune B', 'reviewerA', () => communeB().id, 'FORBIDDEN'],
    ['the drafter, on paper', 'drafter', () => communeB().id, 'ok'],
    ['the elected official', 'elected', () => communeB().id, 'FORBIDDEN'],
    ['the administrator', 'admin', () => communeB().id, 'FORBIDDEN'],
    ['a member of another EPCI', 'foreign', () => communeB().id, 'NOT_FOUND'],
  ] as [string, Actor, () => string, string][])('%s: %s', async (_who, actor, commune, expected) => {
    expect(outcome(await client(actor).request(OPINION, { input: opinionOf(commune()) }))).toBe(expected);
  });

  it('tells reviewer A why they cannot answer for commune B', async () => {
    const res = await as.reviewerA.request(OPINION, { input: opinionOf(communeB().id) });
    expect(res.errors![0].message).toBe("Vous n'enregistrez que l'avis de votre commune.");
  });
});

describe('deliberation PDFs of opinions', () => {
  it.each([
    ['drafter', 200],
    ['elected', 200],
    ['admin', 200],
    ['reviewerA', 200],
    ['reviewerB', 404],
    ['foreign', 404],
  ] as [Actor, number][])('download by %s: %s', async (actor, status) => {
    expect((await http(client(actor), 'GET', `/api/opinions/${open.opinionId}/deliberation.pdf`)).status).toBe(status);
  });

  it.each([
    ['elected', 403],
    ['admin', 403],
    ['reviewerB', 404],
    ['foreign', 404],
  ] as [Actor, number][])('upload by %s: %s', async (actor, status) => {
    expect((await http(client(actor), 'PUT', `/api/opinions/${open.opinionId}/deliberation.pdf`, PDF)).status).toBe(status);
  });
});

describe('comments', () => {
  const input = (communeId: string) => ({ consultationId: open.consultationId, communeId, actionId: open.actionId, body: 'Une question' });

  it.each([
    ['reviewerA on their own commune', 'reviewerA', () => communeA().id, 'ok'],
    ['reviewerA on commune B', 'reviewerA', () => communeB().id, 'FORBIDDEN'],
    ['the drafter', 'drafter', () => communeB().id, 'ok'],
    ['the elected official', 'elected', () => communeB().id, 'ok'],
    ['the administrator', 'admin', () => communeB().id, 'FORBIDDEN'],
    ['a member of another EPCI', 'foreign', () => communeB().id, 'NOT_FOUND'],
  ] as [string, Actor, () => string, string][])('writing, %s: %s', async (_who, actor, commune, expected) => {
    expect(outcome(await client(actor).request(ADD_COMMENT, { input: input(commune()) }))).toBe(expected);
  });

  it.each([
    ['reviewerA on their own commune', 'reviewerA', () => communeA().id, 'ok'],
    ['reviewerA on commune B', 'reviewerA', () => communeB().id, 'FORBIDDEN'],
    ['the administrator', 'admin', () => communeB().id, 'ok'],
    ['a member of another EPCI', 'foreign', () => communeB().id, 'NOT_FOUND'],
  ] as [string, Actor, () => string, string][])('reading, %s: %s', async (_who, actor, commune, expected) => {
    expect(outcome(await client(actor).request(THREAD, { c: open.consultationId, m: commune() }))).toBe(expected);
  });

  it('lets nobody but the author edit or withdraw a comment, and hides it from another EPCI', async () => {
    const { addComment } = await as.reviewerA.ok(ADD_COMMENT, { input: input(communeA().id) });
    const EDIT = `mutation ($id: ID!) { editComment(id: $id, body: "Autre texte") { id } }`;
    const WITHDRAW_COMMENT = `mutation ($id: ID!) { withdrawComment(id: $id) { id } }`;
    expect(outcome(await as.drafter.request(EDIT, { id: addComment.id }))).toBe('FORBIDDEN');
    expect(outcome(await as.drafter.request(WITHDRAW_COMMENT, { id: addComment.id }))).toBe('FORBIDDEN');
    expect(outcome(await as.reviewerB.request(WITHDRAW_COMMENT, { id: addComment.id }))).toBe('NOT_FOUND');
    expect(outcome(await foreign.request(EDIT, { id: addComment.id }))).toBe('NOT_FOUND');
  });
});

describe('the council’s decision', () => {
  const adoption = () => ({ input: { versionId: closed.versionId, deliberationNumber: 'DEL2026_77', deliberationDate: today, votes: VOTES } });

  it.each([
    ['reviewerA', 'FORBIDDEN'],
    ['admin', 'FORBIDDEN'],
    ['foreign', 'NOT_FOUND'],
  ] as [Actor, string][])('refuses an adoption or a rejection by %s: %s', async (actor, expected) => {
    expect(outcome(await client(actor).request(ADOPT, adoption()))).toBe(expected);
    expect(outcome(await client(actor).request(REJECT, { input: { versionId: closed.versionId, deliberationDate: today, reason: 'Non' } }))).toBe(expected);
  });

  it('lets the elected official record the adoption, which every member then sees in force', async () => {
    expect(outcome(await as.elected.request(ADOPT, adoption()))).toBe('ok');
    for (const actor of ['drafter', 'reviewerA', 'admin'] as Actor[]) {
      expect((await client(actor).ok(IN_FORCE, { e: as.territory.epciId })).schemeInForce.deliberationNumber).toBe('DEL2026_77');
    }
  });

  it('keeps the scheme in force and the history from another EPCI', async () => {
    expect(outcome(await foreign.request(IN_FORCE, { e: as.territory.epciId }))).toBe('FORBIDDEN');
    expect(outcome(await foreign.request(HISTORY, { e: as.territory.epciId }))).toBe('FORBIDDEN');
  });

  it('lets a reviewer read an adopted version, as it is sent to every council', async () => {
    const { version } = await as.reviewerB.ok(`query ($id: ID!) { version(id: $id) { status } }`, { id: closed.versionId });
    expect(version.status).toBe('ADOPTED');
  });
});

describe('open data and identity', () => {
  const CSV = `query ($v: ID!) { deliberationsCsv(versionId: $v) { fileName } }`;
  const SET = `mutation ($e: ID!, $nic: String!) { setEpciSiret(epciId: $e, nic: $nic) }`;

  it.each([
    ['reviewerA', 'FORBIDDEN'],
    ['foreign', 'NOT_FOUND'],
  ] as [Actor, string][])('refuses the SCDL file to %s: %s', async (actor, expected) => {
    expect(outcome(await client(actor).request(CSV, { v: open.versionId }))).toBe(expected);
  });

  it.each([
    ['drafter', 'FORBIDDEN'],
    ['elected', 'FORBIDDEN'],
    ['reviewerA', 'FORBIDDEN'],
    ['foreign', 'FORBIDDEN'],
    ['admin', 'ok'],
  ] as [Actor, string][])('lets only the administrator enter the EPCI’s SIRET: %s %s', async (actor, expected) => {
    expect(outcome(await client(actor).request(SET, { e: as.territory.epciId, nic: nicFor(RHONE_LEZ) }))).toBe(expected);
  });

  it('refuses to move the clock of a server not started with MUTUALIS_NOW', async () => {
    expect(outcome(await as.drafter.request(`mutation { setServerTime(now: "2030-01-01T00:00:00Z") }`))).toBe('FORBIDDEN');
  });
});
