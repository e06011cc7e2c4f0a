import { request } from 'node:http';
import { addDays, addMonths, parisDate } from '../../backend/src/domain/consultation/dates';
import { parseCsv } from '../../backend/src/domain/csv';
import { Client, errorCode } from '../support/graphql';
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
  PNG,
  REJECT,
  STATUS,
  THREAD,
  VOTES,
  WITHDRAW,
  castOf,
  clockedServer,
  frozenScheme,
  http,
  nicFor,
  setTime,
  type Cast,
} from './consultation-fixture';

// CA de Bastia (5 communes); the lifecycle, deadlines, opinions, PDFs, comments and decisions of #13
// on a server of its own, whose clock the tests move.
const BASTIA = '242000354';
const ADDRESS = '10.0.13.1';

jest.setTimeout(180_000);

/** The UTC instant a Paris day starts (23:00 or 22:00 UTC the day before, by season). */
function parisMidnight(date: string): Date {
  for (const hour of ['22', '23']) {
    const instant = new Date(`${addDays(date, -1)}T${hour}:00:00Z`);
    if (parisDate(instant) === date && parisDate(new Date(instant.getTime() - 1000)) !== date) return instant;
  }
  throw new Error(`no midnight for ${date}`);
}
const at = (date: string, seconds = 12 * 3600) => new Date(parisMidnight(date).getTime() + seconds * 1000).toISOString();

let clocked: Awaited<ReturnType<typeof clockedServer>>;
let as: Cast;
let today: string;

beforeAll(async () => {
  clocked = await clockedServer('consultation');
  as = await castOf(clocked.url, ADDRESS, BASTIA, 'bastia.test');
});

afterAll(async () => {
  await clocked?.stop();
});

beforeEach(async () => {
  await setTime(as.drafter, null);
  today = parisDate(new Date());
});

const communeA = () => as.territory.communes[0];
const communeB = () => as.territory.communes[1];

async function opened(title: string, communeDates: { communeId: string; notifiedOn: string }[] = []) {
  const scheme = await frozenScheme(as.drafter, as.territory, title);
  const { openConsultation } = await as.drafter.ok(OPEN, { input: { versionId: scheme.v1.id, notifiedOn: today, communeDates } });
  return { scheme, consultation: openConsultation };
}

const opinionInput = (consultationId: string, communeId: string, fields: Record<string, unknown> = {}) => ({
  consultationId,
  communeId,
  kind: 'FAVORABLE',
  deliberationNumber: '2026_101',
  deliberationDate: today,
  communeNic: nicFor(as.territory.communes.find((c) => c.id === communeId)!.siren),
  ...fields,
});

/** Every commune answers on paper (recorded by the drafter), so the consultation may close at once. */
async function everyoneAnswers(consultationId: string) {
  for (const commune of as.territory.communes) await as.drafter.ok(OPINION, { input: opinionInput(consultationId, commune.id) });
}

describe('opening a consultation', () => {
  it('notifies every member commune, each with three months to answer', async () => {
    const { scheme, consultation } = await opened('Ouverture');
    expect(consultation).toMatchObject({ status: 'OPEN', versionNumber: 1, openedByName: 'dsi', lastDeadline: addMonths(today, 3) });
    expect(consultation.communes).toHaveLength(5);
    expect(consultation.communes.every((c: { state: string; deadline: string; daysLeft: number }) => c.state === 'AWAITED' && c.deadline === addMonths(today, 3))).toBe(true);
    expect((await as.elected.ok(STATUS, { id: scheme.v1.id })).version.status).toBe('IN_CONSULTATION');
  });

  it('refuses a notification date in the future', async () => {
    const scheme = await frozenScheme(as.drafter, as.territory, 'Date future');
    const res = await as.drafter.request(OPEN, { input: { versionId: scheme.v1.id, notifiedOn: addDays(today, 1) } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/^Une notification ne peut pas être datée d'un jour à venir/);
  });

  it('refuses a notification before the version was frozen', async () => {
    const scheme = await frozenScheme(as.drafter, as.territory, 'Date antérieure');
    const res = await as.drafter.request(OPEN, { input: { versionId: scheme.v1.id, notifiedOn: addDays(today, -1) } });
    expect(res.errors![0].message).toMatch(/^Une notification ne peut pas précéder la version notifiée, figée le/);
  });

  it('refuses a date that does not exist', async () => {
    const scheme = await frozenScheme(as.drafter, as.territory, 'Date impossible');
    const res = await as.drafter.request(OPEN, { input: { versionId: scheme.v1.id, notifiedOn: '2027-02-30' } });
    expect(res.errors![0]).toMatchObject({ message: "La date de notification n'est pas une date valide (attendu AAAA-MM-JJ).", extensions: { code: 'BAD_USER_INPUT', field: 'notifiedOn' } });
  });

  it('refuses a commune that is not a member', async () => {
    const scheme = await frozenScheme(as.drafter, as.territory, 'Commune étrangère');
    const res = await as.drafter.request(OPEN, { input: { versionId: scheme.v1.id, notifiedOn: today, communeDates: [{ communeId: scheme.schemeId, notifiedOn: today }] } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('refuses a version already in consultation (INVALID_STATE, from the transition table)', async () => {
    const { scheme } = await opened('Deux fois');
    const res = await as.drafter.request(OPEN, { input: { versionId: scheme.v1.id, notifiedOn: today } });
    expect(res.errors![0]).toMatchObject({
      message: 'Impossible de soumettre cette version à la consultation des communes : cette version est en consultation : la consultation doit être close d’abord.',
      extensions: { code: 'INVALID_STATE' },
    });
  });

  it('refuses a second round on the same scheme while one is open', async () => {
    const { scheme } = await opened('Un tour à la fois');
    const v2 = await scheme.next('v2');
    const res = await as.drafter.request(OPEN, { input: { versionId: v2.id, notifiedOn: today } });
    expect(res.errors![0]).toMatchObject({ message: expect.stringMatching(/^La v1 de ce schéma est déjà en consultation/), extensions: { code: 'INVALID_STATE' } });
  });
});

describe('opinions', () => {
  // First of the opinions of this file: the commune's SIRET is not known yet.
  it('records a reviewer’s opinion with reservations, asking the commune’s NIC the first time', async () => {
    const { consultation } = await opened('Avis avec réserves');
    const input = opinionInput(consultation.id, communeA().id, { kind: 'FAVORABLE_WITH_RESERVATIONS', reservations: 'Revoir la clé de répartition.' });
    const missing = await as.reviewerA.request(OPINION, { input: { ...input, communeNic: null } });
    expect(missing.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'communeNic' } });
    const { recordOpinion } = await as.reviewerA.ok(OPINION, { input });
    expect(recordOpinion).toMatchObject({ kind: 'FAVORABLE_WITH_RESERVATIONS', reservations: 'Revoir la clé de répartition.', recordedOnPaper: false, recordedByName: 'mairie-a' });
    const board = (await as.drafter.ok(CONSULTATION, { id: consultation.id })).consultation;
    expect(board.communes.find((c: { communeId: string }) => c.communeId === communeA().id)).toMatchObject({ state: 'ANSWERED', siretKnown: true });
  });

  it('refuses a NIC whose SIRET fails the Luhn key', async () => {
    const { consultation } = await opened('NIC faux');
    const good = nicFor(communeB().siren);
    const bad = good.slice(0, 4) + String((Number(good[4]) + 1) % 10);
    const res = await as.reviewerB.request(OPINION, { input: opinionInput(consultation.id, communeB().id, { communeNic: bad }) });
    expect(res.errors![0]).toMatchObject({ message: expect.stringMatching(/n'est pas valide \(sa clé de contrôle ne correspond pas\)/), extensions: { field: 'communeNic' } });
  });

  it('refuses a deliberation number in lower case, showing the accepted form', async () => {
    const { consultation } = await opened('Numéro minuscule');
    const res = await as.drafter.request(OPINION, { input: opinionInput(consultation.id, communeA().id, { deliberationNumber: 'del-2026-12' }) });
    expect(res.errors![0]).toMatchObject({ message: expect.stringContaining('Écrivez par exemple « DEL_2026_12 »'), extensions: { code: 'BAD_USER_INPUT', field: 'deliberationNumber' } });
  });

  it('refuses a deliberation dated in the future or before the notification', async () => {
    const { consultation } = await opened('Dates de délibération');
    const future = await as.drafter.request(OPINION, { input: opinionInput(consultation.id, communeA().id, { deliberationDate: addDays(today, 1) }) });
    const before = await as.drafter.request(OPINION, { input: opinionInput(consultation.id, communeA().id, { deliberationDate: addDays(today, -1) }) });
    expect([future.errors![0].extensions?.field, before.errors![0].extensions?.field]).toEqual(['deliberationDate', 'deliberationDate']);
  });

  it('requires the reservations of a favourable opinion with reservations', async () => {
    const { consultation } = await opened('Réserves manquantes');
    const res = await as.drafter.request(OPINION, { input: opinionInput(consultation.id, communeA().id, { kind: 'FAVORABLE_WITH_RESERVATIONS', reservations: ' ' }) });
    expect(res.errors![0]).toMatchObject({ message: 'Indiquez les réserves exprimées par le conseil municipal.', extensions: { field: 'reservations' } });
  });

  it('marks an opinion a drafter recorded from the paper deliberation', async () => {
    const { consultation } = await opened('Avis papier');
    const { recordOpinion } = await as.drafter.ok(OPINION, { input: opinionInput(consultation.id, communeA().id, { kind: 'UNFAVORABLE' }) });
    expect(recordOpinion).toMatchObject({ kind: 'UNFAVORABLE', recordedOnPaper: true, recordedByName: 'dsi' });
  });

  it('lets the commune correct its opinion until closure, each write audited with before and after', async () => {
    const { consultation } = await opened('Correction');
    const first = (await as.reviewerA.ok(OPINION, { input: opinionInput(consultation.id, communeA().id) })).recordOpinion;
    const second = (await as.reviewerA.ok(OPINION, { input: opinionInput(consultation.id, communeA().id, { kind: 'UNFAVORABLE', deliberationNumber: '2026_102' }) })).recordOpinion;
    expect(second).toMatchObject({ id: first.id, kind: 'UNFAVORABLE', deliberationNumber: '2026_102' });
    const { auditTrail } = await as.elected.ok(`query ($e: ID!) { auditTrail(epciId: $e, limit: 20) { action entityId before after } }`, { e: as.territory.epciId });
    const correction = auditTrail.find((e: { action: string; entityId: string }) => e.action === 'consultation.opinion.correct' && e.entityId === first.id);
    expect(JSON.parse(correction.before)).toMatchObject({ kind: 'FAVORABLE', deliberationNumber: '2026_101' });
    expect(JSON.parse(correction.after)).toMatchObject({ kind: 'UNFAVORABLE', deliberationNumber: '2026_102' });
  });

  it('refuses any change of an opinion once the consultation is closed', async () => {
    const { consultation } = await opened('Après clôture');
    await everyoneAnswers(consultation.id);
    await as.drafter.ok(CLOSE, { id: consultation.id });
    const res = await as.reviewerA.request(OPINION, { input: opinionInput(consultation.id, communeA().id, { kind: 'UNFAVORABLE' }) });
    expect(res.errors![0]).toMatchObject({ message: expect.stringMatching(/^La consultation est close depuis le .+ : l'avis ne peut plus être enregistré ni corrigé\.$/), extensions: { code: 'INVALID_STATE' } });
  });
});

describe('deadlines and deemed-favourable opinions', () => {
  it('refuses to close while communes without opinion still have time, saying until when and how many', async () => {
    const { consultation } = await opened('Trop tôt');
    const res = await as.drafter.request(CLOSE, { id: consultation.id });
    expect(res.errors![0]).toMatchObject({
      message: expect.stringMatching(/^La consultation ne peut pas être close avant le .+ : 5 communes n'ont pas rendu d'avis et leur délai court encore\.$/),
      extensions: { code: 'INVALID_STATE', closableFrom: addDays(addMonths(today, 3), 1), waiting: 5 },
    });
  });

  it('keeps a silent commune awaited until the last second of its deadline, in Paris', async () => {
    const { consultation } = await opened('Dernier jour');
    const deadline = addMonths(today, 3);
    await setTime(as.drafter, new Date(parisMidnight(addDays(deadline, 1)).getTime() - 1000).toISOString());
    const { communes } = (await as.drafter.ok(CONSULTATION, { id: consultation.id })).consultation;
    expect(communes[0]).toMatchObject({ state: 'AWAITED', daysLeft: 0, late: true, deemedFavorableOn: null });
  });

  it('deems a silent commune favourable from midnight in Paris after its deadline, without writing anything', async () => {
    const { consultation } = await opened('Réputé favorable');
    const deadline = addMonths(today, 3);
    await setTime(as.drafter, parisMidnight(addDays(deadline, 1)).toISOString());
    const read = (await as.drafter.ok(CONSULTATION, { id: consultation.id })).consultation;
    expect(read.communes[0]).toMatchObject({ state: 'DEEMED_FAVORABLE', daysLeft: -1, deemedFavorableOn: addDays(deadline, 1), opinion: null });
    expect(read.totals).toMatchObject({ communes: 5, deemedFavorable: 5, awaited: 0 });
    expect(read.closableFrom).toBe(addDays(deadline, 1));
  });

  it('counts each commune from its own notification date', async () => {
    // Frozen today, sent tomorrow to all but one commune, notified the day it was frozen.
    const scheme = await frozenScheme(as.drafter, as.territory, 'Dates propres');
    const tomorrow = addDays(today, 1);
    await setTime(as.drafter, at(tomorrow));
    const { openConsultation } = await as.drafter.ok(OPEN, {
      input: { versionId: scheme.v1.id, notifiedOn: tomorrow, communeDates: [{ communeId: communeB().id, notifiedOn: today }] },
    });
    const deadlines = Object.fromEntries(openConsultation.communes.map((c: { communeId: string; deadline: string }) => [c.communeId, c.deadline]));
    expect([deadlines[communeA().id], deadlines[communeB().id]]).toEqual([addMonths(tomorrow, 3), addMonths(today, 3)]);
    expect(openConsultation.lastDeadline).toBe(addMonths(tomorrow, 3));
  });

  it('closes once every deadline has passed; the version is then « consultation close »', async () => {
    const { scheme, consultation } = await opened('Clôture');
    await setTime(as.drafter, at(addDays(addMonths(today, 3), 1)));
    const { closeConsultation } = await as.drafter.ok(CLOSE, { id: consultation.id });
    expect(closeConsultation).toMatchObject({ status: 'CLOSED', closableFrom: null });
    expect((await as.drafter.ok(STATUS, { id: scheme.v1.id })).version.status).toBe('CONSULTATION_CLOSED');
  });

  it('closes at once when every commune has answered', async () => {
    const { consultation } = await opened('Toutes ont répondu');
    await everyoneAnswers(consultation.id);
    expect((await as.drafter.ok(CLOSE, { id: consultation.id })).closeConsultation.status).toBe('CLOSED');
  });
});

describe('deliberation PDFs', () => {
  let opinionId: string;

  beforeAll(async () => {
    await setTime(as.drafter, null);
    today = parisDate(new Date());
    const { consultation } = await opened('PDF');
    opinionId = (await as.reviewerA.ok(OPINION, { input: opinionInput(consultation.id, communeA().id) })).recordOpinion.id;
  });

  it('stores a real PDF in the database and gives it back to the EPCI', async () => {
    const put = await http(as.reviewerA, 'PUT', `/api/opinions/${opinionId}/deliberation.pdf`, PDF);
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ byteSize: PDF.length, url: `/api/opinions/${opinionId}/deliberation.pdf` });
    const get = await http(as.drafter, 'GET', `/api/opinions/${opinionId}/deliberation.pdf`);
    expect(get.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await get.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('refuses a PNG renamed as a PDF, by its content', async () => {
    const put = await http(as.reviewerA, 'PUT', `/api/opinions/${opinionId}/deliberation.pdf`, PNG);
    expect(put.status).toBe(400);
    expect(await put.json()).toEqual({ code: 'BAD_USER_INPUT', message: "Ce fichier n'est pas un PDF : déposez la délibération au format PDF." });
  });

  it('refuses a body of another type', async () => {
    const put = await http(as.reviewerA, 'PUT', `/api/opinions/${opinionId}/deliberation.pdf`, PNG, 'image/png');
    expect(put.status).toBe(415);
  });

  it('refuses more than 20 MB by its declared length, before reading it', async () => {
    // The headers announce 20 MB and a byte: the server answers 413 without waiting for the body
    // (a browser's fetch sees its upload cut short; the page checks the size before sending).
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${clocked.url}/api/opinions/${opinionId}/deliberation.pdf`, {
        method: 'PUT',
        headers: { 'content-type': 'application/pdf', 'content-length': 20 * 1024 * 1024 + 1, cookie: as.reviewerA.sessionCookie!, 'x-forwarded-for': ADDRESS },
      });
      req.on('response', (res) => {
        resolve(res.statusCode!);
        req.destroy();
      });
      req.on('error', reject);
      req.write(PDF);
    });
    expect(status).toBe(413);
  });

  it('keeps the PDF from another commune’s reviewer, who is told it does not exist', async () => {
    const get = await http(as.reviewerB, 'GET', `/api/opinions/${opinionId}/deliberation.pdf`);
    expect(get.status).toBe(404);
  });

  it('refuses an upload by another commune’s reviewer', async () => {
    const put = await http(as.reviewerB, 'PUT', `/api/opinions/${opinionId}/deliberation.pdf`, PDF);
    expect(put.status).toBe(404);
  });

  it('refuses a download without a session', async () => {
    const get = await fetch(`${clocked.url}/api/opinions/${opinionId}/deliberation.pdf`);
    expect(get.status).toBe(401);
  });
});

describe('comments', () => {
  it('keeps a thread between one commune and the EPCI, with one level of replies', async () => {
    const { scheme, consultation } = await opened('Commentaires');
    const base = { consultationId: consultation.id, communeId: communeA().id, actionId: scheme.actionId };
    const question = (await as.reviewerA.ok(ADD_COMMENT, { input: { ...base, body: 'Pourquoi une part égale ?' } })).addComment;
    const answer = (await as.drafter.ok(ADD_COMMENT, { input: { ...base, parentId: question.id, body: 'Parce que le service est le même pour tous.' } })).addComment;
    expect([question.authorSide, answer.authorSide]).toEqual(['COMMUNE', 'EPCI']);
    const { consultationComments } = await as.elected.ok(THREAD, { c: consultation.id, m: communeA().id });
    expect(consultationComments).toHaveLength(1);
    expect(consultationComments[0]).toMatchObject({ body: 'Pourquoi une part égale ?', mine: false, replies: [{ id: answer.id, parentId: question.id }] });
    const deeper = await as.reviewerA.request(ADD_COMMENT, { input: { ...base, parentId: answer.id, body: 'Merci.' } });
    expect(deeper.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    expect((await as.drafter.ok(CONSULTATION, { id: consultation.id })).consultation.communes.find((c: { communeId: string }) => c.communeId === communeA().id).commentCount).toBe(2);
  });

  it('hides a commune’s thread from another commune’s reviewer', async () => {
    const { consultation } = await opened('Fil privé');
    expect(errorCode(await as.reviewerB.request(THREAD, { c: consultation.id, m: communeA().id }))).toBe('FORBIDDEN');
  });

  it('refuses a comment on an action that is not in the version', async () => {
    const { consultation } = await opened('Action inconnue');
    const res = await as.reviewerA.request(ADD_COMMENT, { input: { consultationId: consultation.id, communeId: communeA().id, actionId: consultation.id, body: '?' } });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actionId' });
  });

  it('lets the author correct a comment for 15 minutes, then only withdraw it, which shows it as withdrawn', async () => {
    const { scheme, consultation } = await opened('Correction de commentaire');
    const base = { consultationId: consultation.id, communeId: communeA().id, actionId: scheme.actionId };
    const comment = (await as.reviewerA.ok(ADD_COMMENT, { input: { ...base, body: 'Premier jet' } })).addComment;
    const EDIT = `mutation ($id: ID!, $b: String!) { editComment(id: $id, body: $b) { body editedAt } }`;
    expect((await as.reviewerA.ok(EDIT, { id: comment.id, b: 'Texte corrigé' })).editComment.body).toBe('Texte corrigé');
    expect(errorCode(await as.drafter.request(EDIT, { id: comment.id, b: 'Pas le mien' }))).toBe('FORBIDDEN');
    await setTime(as.drafter, new Date(new Date(comment.editableUntil).getTime() + 1000).toISOString());
    const late = await as.reviewerA.request(EDIT, { id: comment.id, b: 'Trop tard' });
    expect(late.errors![0]).toMatchObject({ extensions: { code: 'INVALID_STATE' }, message: expect.stringMatching(/^Un commentaire se corrige dans les 15 minutes/) });
    const { withdrawComment } = await as.reviewerA.ok(`mutation ($id: ID!) { withdrawComment(id: $id) { body withdrawnAt } }`, { id: comment.id });
    expect(withdrawComment.body).toBeNull();
    expect(withdrawComment.withdrawnAt).not.toBeNull();
    const { consultationComments } = await as.drafter.ok(THREAD, { c: consultation.id, m: communeA().id });
    expect(consultationComments[0]).toMatchObject({ id: comment.id, body: null });
  });
});

describe('withdrawal, adoption, rejection and the scheme in force', () => {
  it('withdraws an open consultation with its reason kept; the version is frozen again and may be sent anew', async () => {
    const { scheme, consultation } = await opened('Retrait');
    expect(errorCode(await as.drafter.request(WITHDRAW, { id: consultation.id, reason: ' ' }))).toBe('BAD_USER_INPUT');
    const { withdrawConsultation } = await as.drafter.ok(WITHDRAW, { id: consultation.id, reason: 'Erreur dans les montants' });
    expect(withdrawConsultation).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: 'Erreur dans les montants' });
    expect((await as.drafter.ok(STATUS, { id: scheme.v1.id })).version.status).toBe('FROZEN');
    expect((await as.drafter.ok(OPEN, { input: { versionId: scheme.v1.id, notifiedOn: today } })).openConsultation.status).toBe('OPEN');
    const list = await as.drafter.ok(`query ($e: ID!, $v: ID) { consultations(epciId: $e, versionId: $v) { status withdrawalReason } }`, { e: as.territory.epciId, v: scheme.v1.id });
    expect(list.consultations.map((c: { status: string }) => c.status)).toEqual(['OPEN', 'WITHDRAWN']);
  });

  it('refuses to adopt a version still in consultation', async () => {
    const { scheme } = await opened('Adoption prématurée');
    const res = await as.elected.request(ADOPT, { input: { versionId: scheme.v1.id, deliberationNumber: 'DEL2026_01', deliberationDate: today, votes: VOTES } });
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'INVALID_STATE' }, message: expect.stringMatching(/^Impossible d’enregistrer l’adoption de cette version : cette version est en consultation/) });
  });

  it('adopts after closure, then a later amending version adopted without a new round supersedes it', async () => {
    const { scheme, consultation } = await opened('Adoption puis remplacement');
    await everyoneAnswers(consultation.id);
    await as.drafter.ok(CLOSE, { id: consultation.id });
    const badVotes = await as.elected.request(ADOPT, { input: { versionId: scheme.v1.id, deliberationNumber: 'DEL2026_01', deliberationDate: today, votes: { ...VOTES, for: 40 } } });
    expect(badVotes.errors![0].message).toBe('Les voix pour, contre et les abstentions (45 en tout) dépassent le nombre de présents ou représentés (40).');
    const v1 = (await as.elected.ok(ADOPT, { input: { versionId: scheme.v1.id, deliberationNumber: 'DEL2026_01', deliberationDate: today, votes: VOTES } })).recordAdoption;
    expect(v1).toMatchObject({ kind: 'ADOPTION', versionNumber: 1, consultationId: consultation.id, votes: VOTES, recordedForElected: false, supersededByVersionNumber: null });
    expect((await as.reviewerA.ok(IN_FORCE, { e: as.territory.epciId })).schemeInForce.id).toBe(v1.id);

    const v2 = await scheme.next('v2 — réponse aux réserves');
    const noRound = await as.drafter.request(ADOPT, { input: { versionId: v2.id, deliberationNumber: 'DEL2026_02', deliberationDate: today, votes: VOTES } });
    expect(noRound.errors![0].message).toMatch(/^Impossible d’enregistrer l’adoption de cette version : cette version n'a pas été soumise/);
    const adopted = (await as.drafter.ok(ADOPT, { input: { versionId: v2.id, consultationId: consultation.id, deliberationNumber: 'DEL2026_02', deliberationDate: today, votes: VOTES } })).recordAdoption;
    expect(adopted).toMatchObject({ versionNumber: 2, consultationId: consultation.id, recordedForElected: true });
    expect((await as.drafter.ok(STATUS, { id: scheme.v1.id })).version.status).toBe('SUPERSEDED');
    expect((await as.drafter.ok(STATUS, { id: v2.id })).version.status).toBe('ADOPTED');
    expect((await as.elected.ok(IN_FORCE, { e: as.territory.epciId })).schemeInForce.versionNumber).toBe(2);
    const history = (await as.elected.ok(HISTORY, { e: as.territory.epciId })).adoptions.filter((d: { consultationId: string }) => d.consultationId === consultation.id);
    expect(history.map((d: { versionNumber: number; supersededByVersionNumber: number | null }) => [d.versionNumber, d.supersededByVersionNumber])).toEqual([
      [2, null],
      [1, 2],
    ]);
  });

  it('refuses an adoption dated before the consultation closed', async () => {
    const { scheme, consultation } = await opened('Adoption antidatée');
    await setTime(as.drafter, at(addDays(addMonths(today, 3), 1)));
    await as.drafter.ok(CLOSE, { id: consultation.id });
    const res = await as.elected.request(ADOPT, { input: { versionId: scheme.v1.id, deliberationNumber: 'DEL2026_03', deliberationDate: addMonths(today, 3), votes: VOTES } });
    expect(res.errors![0]).toMatchObject({ extensions: { field: 'deliberationDate' }, message: expect.stringMatching(/^La délibération ne peut pas précéder la clôture de la consultation/) });
  });

  it('records a rejection with its reason; a rejected version cannot be adopted', async () => {
    const { scheme, consultation } = await opened('Rejet');
    await everyoneAnswers(consultation.id);
    await as.drafter.ok(CLOSE, { id: consultation.id });
    expect(errorCode(await as.elected.request(REJECT, { input: { versionId: scheme.v1.id, deliberationDate: today, reason: '' } }))).toBe('BAD_USER_INPUT');
    const { recordRejection } = await as.elected.ok(REJECT, { input: { versionId: scheme.v1.id, deliberationDate: today, reason: 'Coûts trop élevés pour les petites communes' } });
    expect(recordRejection).toMatchObject({ kind: 'REJECTION', reason: 'Coûts trop élevés pour les petites communes', votes: null });
    expect((await as.drafter.ok(STATUS, { id: scheme.v1.id })).version.status).toBe('REJECTED');
    const again = await as.elected.request(ADOPT, { input: { versionId: scheme.v1.id, deliberationNumber: 'DEL2026_04', deliberationDate: today, votes: VOTES } });
    expect(again.errors![0].message).toBe('Impossible d’enregistrer l’adoption de cette version : cette version a été rejetée par le conseil communautaire.');
  });
});

describe('open data', () => {
  const CSV = `query ($v: ID!) { deliberationsCsv(versionId: $v) { fileName content } }`;

  it('asks for the EPCI’s SIRET before publishing its deliberation, then writes the SCDL file', async () => {
    const { scheme, consultation } = await opened('Données ouvertes');
    await everyoneAnswers(consultation.id);
    await as.drafter.ok(CLOSE, { id: consultation.id });
    await as.elected.ok(ADOPT, { input: { versionId: scheme.v1.id, deliberationNumber: 'DEL2026_09', deliberationDate: today, votes: VOTES } });
    const missing = await as.drafter.request(CSV, { v: scheme.v1.id });
    expect(missing.errors![0]).toMatchObject({ extensions: { code: 'INVALID_STATE' }, message: expect.stringMatching(/^Le SIRET de .+ n'est pas renseigné/) });

    const SET = `mutation ($e: ID!, $nic: String!) { setEpciSiret(epciId: $e, nic: $nic) }`;
    expect(errorCode(await as.drafter.request(SET, { e: as.territory.epciId, nic: nicFor(BASTIA) }))).toBe('FORBIDDEN');
    expect((await as.admin.ok(SET, { e: as.territory.epciId, nic: nicFor(BASTIA) })).setEpciSiret).toBe(BASTIA + nicFor(BASTIA));

    const { deliberationsCsv } = await as.drafter.ok(CSV, { v: scheme.v1.id });
    expect(deliberationsCsv.fileName).toBe(`${parisDate(new Date()).replaceAll('-', '')}_${BASTIA}_deliberations-schema-de-mutualisation.csv`);
    const [header, ...rows] = parseCsv(deliberationsCsv.content).map((r) => r.cells);
    expect(header).toHaveLength(17);
    expect(rows).toHaveLength(6);
    expect(rows[0].slice(0, 7)).toEqual([
      expect.any(String),
      BASTIA + nicFor(BASTIA),
      'DEL2026_09',
      today,
      '5.7',
      'Institutions et vie politique/Intercommunalité',
      'Adoption du schéma de mutualisation « Données ouvertes » (version 1)',
    ]);
    expect(rows[0].slice(11, 16)).toEqual(['45', '40', '35', '3', '2']);
    expect(rows.slice(1).every((r) => /^\d{14}$/.test(r[1]) && r[2] === '2026_101' && r[11] === '')).toBe(true);
  });
});

describe('the board', () => {
  it('filters, weighs by population and puts what needs attention first', async () => {
    const { consultation } = await opened('Tableau de bord');
    await as.reviewerA.ok(OPINION, { input: opinionInput(consultation.id, communeA().id, { kind: 'UNFAVORABLE' }) });
    const BOARD = `query ($id: ID!, $f: BoardFilter) { consultation(id: $id) { totals { unfavorable unfavorablePopulation population } communes(filter: $f) { communeId state } } }`;
    const all = (await as.drafter.ok(BOARD, { id: consultation.id, f: null })).consultation;
    expect(all.communes.map((c: { state: string }) => c.state)).toEqual(['AWAITED', 'AWAITED', 'AWAITED', 'AWAITED', 'ANSWERED']);
    expect(all.totals.unfavorable).toBe(1);
    expect(all.totals.unfavorablePopulation).toBeGreaterThan(0);
    const unfavourable = (await as.drafter.ok(BOARD, { id: consultation.id, f: 'UNFAVORABLE' })).consultation.communes;
    expect(unfavourable).toEqual([{ communeId: communeA().id, state: 'ANSWERED' }]);
  });

  it('reads the board in a constant number of SQL statements', async () => {
    const { consultation } = await opened('Requêtes du tableau');
    const res = await as.drafter.request(CONSULTATION, { id: consultation.id });
    expect(res.statements).toBeLessThanOrEqual(4);
  });
});

describe('the test clock', () => {
  it('moves only on a server started with MUTUALIS_NOW, and goes back to it', async () => {
    const client = new Client(clocked.url, ADDRESS);
    const moved = await client.ok(`mutation { setServerTime(now: "2030-01-01T00:00:00Z") }`);
    expect(moved.setServerTime).toMatch(/^2030-01-01T00:00:0/);
    await setTime(client, null);
  });
});

describe('mails of a consultation', () => {
  const MAILS = `query ($e: ID) { mails(epciId: $e) { kind recipient subject textBody } }`;
  /** The mails of one kind about one consultation (their links name it), newest first. */
  const mailsAbout = async (kind: string, consultationId: string) =>
    ((await as.admin.ok(MAILS, { e: as.territory.epciId })).mails as { kind: string; recipient: string; subject: string; textBody: string }[]).filter(
      (m) => m.kind === kind && m.textBody.includes(consultationId),
    );

  it('tells each commune’s reviewers that their council is consulted, with its deadline in words and a link to their commune’s page', async () => {
    const { consultation } = await opened('Courriel d’ouverture');
    const sent = await mailsAbout('consultation_opened', consultation.id);
    expect(sent.map((m) => m.recipient).sort()).toEqual(['mairie-a@bastia.test', 'mairie-b@bastia.test']);
    const toA = sent.find((m) => m.recipient === 'mairie-a@bastia.test')!;
    expect(toA.subject).toContain(communeA().name);
    expect(toA.textBody).toContain(`/consultations/${consultation.id}/communes/${communeA().id}`);
    expect(toA.textBody).toMatch(/avant le \d{1,2}(er)? \S+ \d{4} inclus/);
  });

  it('tells the drafters when a commune records its opinion', async () => {
    const { consultation } = await opened('Courriel d’avis');
    await as.reviewerA.ok(OPINION, { input: opinionInput(consultation.id, communeA().id) });
    const sent = await mailsAbout('consultation_opinion', consultation.id);
    expect(sent).toEqual([expect.objectContaining({ recipient: 'dsi@bastia.test', subject: expect.stringContaining(communeA().name) })]);
  });

  it('reminds a silent commune once, 15 days before its deadline', async () => {
    const { consultation } = await opened('Courriel de rappel');
    await as.reviewerA.ok(OPINION, { input: opinionInput(consultation.id, communeA().id) });
    const reminders = () => mailsAbout('consultation_reminder', consultation.id);
    await setTime(as.drafter, at(addDays(addMonths(today, 3), -15)));
    const deadline = Date.now() + 20_000;
    while ((await reminders()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    // Three more sweeps pass: nobody is reminded twice, and the commune that answered is not reminded.
    await new Promise((r) => setTimeout(r, 3_000));
    expect((await reminders()).map((m) => m.recipient)).toEqual(['mairie-b@bastia.test']);
  });
});
