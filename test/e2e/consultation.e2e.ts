import fs from 'node:fs';
import { Browser, Page } from 'playwright-core';
import { addDays, formatFrenchDate, parisDate } from '../../backend/src/domain/consultation/dates';
import { deadlineOf } from '../../backend/src/domain/consultation/deadlines';
import { luhnValid } from '../../backend/src/domain/consultation/siret';
import { GOOD_PASSWORD } from '../support/accounts';
import { acceptedInvitation } from '../support/fixtures';
import { Client } from '../support/graphql';
import { DEMO_PASSWORD, expectNoAxeViolation, launchBrowser, screenshot, signedInOnEpci, textOf } from './browser';

/**
 * Consultation of the communes and adoption by the council, across three roles in a real browser:
 * the drafter sends v1 to the 22 communes (one notified on another day), two reviewers answer (one
 * with reservations and the deliberation as a PDF), a comment gets its reply, time passes on the
 * server's test clock for the communes that stay silent, the drafter closes, the elected official
 * adopts; then v2 is adopted as an amendment without a new round and v1 shows as superseded. The
 * journey works on its own copy of the demo scheme; the clock is put back at the end.
 */
const DRAFTER = 'redaction@demo.mutualis.fr';
const MOISSAC = 'moissac@demo.mutualis.fr';
const ELECTED = 'elu@demo.mutualis.fr';
const ADMIN = 'admin@demo.mutualis.fr';
const SECOND_REVIEWER = { email: 'boudou@demo.mutualis.fr', name: 'Bruno Référent (Boudou)' };
const DEMO_SCHEME = 'Schéma de mutualisation 2026–2032';
const SCHEME_TITLE = 'Schéma du parcours de consultation';
const ACTION = 'DPO mutualisé';
const JOURNEY_TIMEOUT = 240_000;

// Paris dates of the journey: the version is frozen today (T0); the server's clock is first set ten
// days on, the communes were notified two days before that (Boudou a day later).
const T0 = parisDate(new Date());
const notifiedOn = addDays(T0, 8);
const boudouNotifiedOn = addDays(T0, 9);
const firstToday = addDays(T0, 10);
// Past every deadline: the silent communes are deemed favourable.
const laterToday = addDays(deadlineOf(boudouNotifiedOn), 2);
const atNoon = (date: string) => `${date}T10:00:00Z`;

let browser: Browser;
let epciId: string;
let schemeId: string;
/** The communes' SIREN from the official data: their reviewers enter the NIC that completes the SIRET. */
const sirens: Record<string, string> = {};

const setServerTime = (now: string) => new Client().ok(`mutation ($now: DateTime) { setServerTime(now: $now) }`, { now });

beforeAll(async () => {
  browser = await launchBrowser();
  const drafter = new Client(undefined, '10.0.30.1');
  await drafter.login(DRAFTER, DEMO_PASSWORD);
  const { me } = await drafter.ok(`{ me { memberships { epci { id } } } }`);
  epciId = me.memberships[0].epci.id;
  const { schemes } = await drafter.ok(`query ($epciId: ID!) { schemes(epciId: $epciId) { id title } }`, { epciId });
  const demo = schemes.find((s: { title: string }) => s.title === DEMO_SCHEME);
  const { duplicateScheme } = await drafter.ok(`mutation ($id: ID!, $title: String!) { duplicateScheme(id: $id, title: $title) { id revision } }`, {
    id: demo.id,
    title: SCHEME_TITLE,
  });
  schemeId = duplicateScheme.id;
  await drafter.ok(`mutation ($schemeId: ID!, $revision: Int!) { freezeVersion(schemeId: $schemeId, expectedRevision: $revision, message: "Projet soumis aux communes") { id } }`, {
    schemeId,
    revision: duplicateScheme.revision,
  });

  // A second commune's reviewer, made by the administrator.
  const admin = new Client(undefined, '10.0.30.2');
  await admin.login(ADMIN, DEMO_PASSWORD);
  const { epci } = await admin.ok(`query ($id: ID!) { epci(id: $id) { siren communes { id name siren } } }`, { id: epciId });
  for (const commune of epci.communes) sirens[commune.name] = commune.siren;
  sirens['EPCI'] = epci.siren;
  const boudou = epci.communes.find((c: { name: string }) => c.name === 'Boudou');
  await admin.ok(`mutation ($input: CreateMemberInput!) { createMember(input: $input) { user { id } } }`, {
    input: { epciId, ...SECOND_REVIEWER, role: 'REVIEWER', communeId: boudou.id },
  });
  // The demo has no SMTP server: the invitation is read from the outbox, and GOOD_PASSWORD chosen from it.
  await acceptedInvitation(admin, epciId, SECOND_REVIEWER.email);
  await setServerTime(atNoon(firstToday));
});
afterAll(async () => {
  // The other journeys share this server: its clock goes back to real time.
  await setServerTime(new Date().toISOString());
  await browser?.close();
});

// Written from the EPCI page, where people went before each role had a home page.
const signIn = (email: string, password = DEMO_PASSWORD) => signedInOnEpci(browser, email, password);

async function openVersion(page: Page, number: number) {
  await page.goto(new URL(`/epci/${epciId}/schemas/${schemeId}/versions`, page.url()).toString());
  await page.getByRole('link', { name: `v${number}`, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Version ${number} de « ${SCHEME_TITLE} »` }).waitFor();
}

async function openConsultation(page: Page) {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Consultations' }).click();
  await page.getByRole('link', { name: `${SCHEME_TITLE}, version 1` }).click();
}

/** A NIC whose SIRET passes the Luhn key with the SIREN, as a real one does. */
function nicFor(siren: string): string {
  for (let n = 10; ; n++) {
    const nic = String(n).padStart(5, '0');
    if (luhnValid(siren + nic)) return nic;
  }
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

describe('consultation of the communes and adoption', () => {
  it('lets the drafter send v1 to the 22 communes, one of them notified on another day', async () => {
    const page = await signIn(DRAFTER);
    await openVersion(page, 1);
    await page.locator('.lifecycle').getByText('Statut : Figée.').waitFor();
    await page.getByRole('link', { name: 'Soumettre à la consultation des communes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Soumettre la version 1 à la consultation des communes' }).waitFor();
    await page.getByLabel('Date de notification aux communes').fill(notifiedOn);
    await page.getByLabel('Date de notification de Boudou').fill(boudouNotifiedOn);
    const boudouRow = page.getByRole('row', { name: /^Boudou/ });
    await expect(textOf(boudouRow)).resolves.toContain(formatFrenchDate(deadlineOf(boudouNotifiedOn)));
    await expectNoAxeViolation(page);
    await screenshot(page, 'consultation-open');
    await page.getByRole('button', { name: 'Soumettre à la consultation' }).click();

    await page.getByText('La version 1 est soumise à la consultation des 22 communes.').waitFor();
    await page.getByRole('heading', { level: 1, name: `Consultation sur la version 1 de « ${SCHEME_TITLE} »` }).waitFor();
    const board = page.getByRole('table', { name: /Avis des communes/ });
    await expect(board.locator('tbody tr').count()).resolves.toBe(22);
    await expect(textOf(board.getByRole('row', { name: /^Boudou/ }))).resolves.toContain(formatFrenchDate(boudouNotifiedOn));
    await page.context().close();
  }, JOURNEY_TIMEOUT);

  it('shows the Moissac reviewer their consultation with its countdown, and only their own commune', async () => {
    const page = await signIn(MOISSAC);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Consultations' }).click();
    await page.getByRole('heading', { level: 2, name: 'Consultations en cours pour Moissac' }).waitFor();
    const card = page.locator('.consultation-card').filter({ hasText: SCHEME_TITLE });
    const daysLeft = Math.round((Date.parse(deadlineOf(notifiedOn)) - Date.parse(firstToday)) / 86_400_000);
    await expect(textOf(card)).resolves.toContain(`Avis à rendre au plus tard le ${formatFrenchDate(deadlineOf(notifiedOn))} : ${daysLeft} jours restants`);
    await expect(textOf(card)).resolves.toContain('Aucun avis enregistré pour l’instant.');
    await expectNoAxeViolation(page);
    await screenshot(page, 'consultation-reviewer-home');

    await card.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: `Moissac : consultation sur la version 1 de « ${SCHEME_TITLE} »` }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Fiche commune : Moissac' }).waitFor();
    await page.getByRole('table', { name: 'Moissac : chiffrage par année' }).waitFor();
    await expect(page.getByRole('table', { name: /: chiffrage par année$/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Tableau de bord de la consultation' }).count()).resolves.toBe(0);
    await expectNoAxeViolation(page);
    await screenshot(page, 'consultation-reviewer-version');

    // Another commune's side does not exist for this reviewer.
    const boudou = page.url().replace(/communes\/[^/]+$/, 'communes/00000000-0000-0000-0000-000000000000');
    await page.goto(boudou);
    await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
    await page.context().close();
  }, JOURNEY_TIMEOUT);

  it('takes Moissac’s opinion with reservations and its deliberation as a PDF, refusing a lower-case number and a renamed image', async () => {
    const page = await signIn(MOISSAC);
    await openConsultation(page);
    await page.getByRole('heading', { level: 2, name: 'Avis du conseil municipal' }).waitFor();
    await page.getByRole('radio', { name: 'Favorable avec réserves' }).check();
    await page.getByRole('textbox', { name: 'Réserves' }).fill('Le coût du DPO doit être revu à la baisse en 2028.');
    await page.getByLabel('Numéro de la délibération').fill('2027-014');
    await page.getByLabel('Date de la délibération').fill(addDays(notifiedOn, 1));
    await page.getByLabel('NIC de la commune').fill(nicFor(sirens['Moissac']!));
    await page.getByLabel('Délibération (PDF, facultatif)').setInputFiles({ name: 'deliberation.pdf', mimeType: 'application/pdf', buffer: PNG });
    // Known by its content as soon as it is chosen, whatever its name.
    await page.locator('.field-error').getByText('Le fichier choisi n’est pas un PDF : joignez la délibération au format PDF.').waitFor();
    await page.getByRole('button', { name: 'Enregistrer l’avis' }).click();
    const errors = page.getByRole('alert').filter({ hasText: 'Le formulaire contient des erreurs' });
    await errors.getByText(/Le numéro de délibération s'écrit comme pour @ctes .* Écrivez par exemple « 2027_014 »/).waitFor();
    await errors.getByText('Le fichier choisi n’est pas un PDF : joignez la délibération au format PDF.').waitFor();
    await expectNoAxeViolation(page);

    await page.getByLabel('Numéro de la délibération').fill('2027_014');
    await page.getByLabel('Délibération (PDF, facultatif)').setInputFiles({ name: 'deliberation.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Enregistrer l’avis' }).click();
    await page.getByText('L’avis de la commune est enregistré. La délibération (PDF) est jointe.').waitFor();
    const opinion = page.locator('.opinion');
    await expect(textOf(opinion)).resolves.toContain('Favorable avec réserves');
    await expect(textOf(opinion)).resolves.toContain(`n° 2027_014 du ${formatFrenchDate(addDays(notifiedOn, 1))}`);

    const [download] = await Promise.all([page.waitForEvent('download'), opinion.getByRole('link', { name: 'Télécharger la délibération (PDF)' }).click()]);
    expect(fs.readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    await expectNoAxeViolation(page);
    await screenshot(page, 'consultation-opinion');
    await page.context().close();
  }, JOURNEY_TIMEOUT);

  it('lets the reviewer comment on an action and correct the comment', async () => {
    const page = await signIn(MOISSAC);
    await openConsultation(page);
    const thread = page.locator('.action-thread').filter({ has: page.getByRole('heading', { level: 3, name: ACTION }) });
    await thread.getByLabel(`Votre commentaire sur « ${ACTION} »`).fill('Combien de jours de DPO pour Moissac ?');
    await thread.getByRole('button', { name: 'Commenter' }).click();
    const comment = thread.locator('.comment').filter({ hasText: 'Combien de jours' });
    await comment.waitFor();
    await comment.getByRole('button', { name: 'Modifier mon commentaire' }).click();
    await comment.getByLabel('Texte du commentaire').fill('Combien de jours de DPO sont prévus pour Moissac ?');
    await comment.getByRole('button', { name: 'Enregistrer la modification' }).click();
    await thread.locator('.comment__body', { hasText: 'Combien de jours de DPO sont prévus pour Moissac ?' }).waitFor();
    await expect(textOf(thread.locator('.comment').first())).resolves.toMatch(/Romane Référente \(Moissac\) \(commune\), le .*, modifié le /);
    await expectNoAxeViolation(page);
    await page.context().close();
  }, JOURNEY_TIMEOUT);

  it('takes Boudou’s favourable opinion from its own reviewer', async () => {
    const page = await signIn(SECOND_REVIEWER.email, GOOD_PASSWORD);
    await openConsultation(page);
    await page.getByRole('heading', { level: 1, name: `Boudou : consultation sur la version 1 de « ${SCHEME_TITLE} »` }).waitFor();
    // Moissac's comment belongs to Moissac's thread: Boudou does not see it.
    await expect(page.getByText('Combien de jours de DPO').count()).resolves.toBe(0);
    await page.getByRole('radio', { name: 'Favorable', exact: true }).check();
    await page.getByLabel('Numéro de la délibération').fill('DEL2027_03');
    await page.getByLabel('Date de la délibération').fill(firstToday);
    await page.getByLabel('NIC de la commune').fill(nicFor(sirens['Boudou']!));
    await page.getByRole('button', { name: 'Enregistrer l’avis' }).click();
    await page.getByText('L’avis de la commune est enregistré.').waitFor();
    await page.context().close();
  }, JOURNEY_TIMEOUT);

  it('shows the drafter the board with its totals and filters, lets them answer the comment, and refuses to close early', async () => {
    const page = await signIn(DRAFTER);
    await openConsultation(page);
    const totals = page.getByRole('table', { name: 'Communes et population par avis' });
    await expect(textOf(totals.getByRole('row', { name: /^Favorable avec réserves/ }))).resolves.toMatch(/^Favorable avec réserves 1 4,5 %/);
    await expect(textOf(totals.getByRole('row', { name: /^En attente/ }))).resolves.toMatch(/^En attente 20 90,9 %/);
    const board = page.getByRole('table', { name: /Avis des communes/ });
    await page.getByRole('radio', { name: 'Avec réserves' }).check();
    // The previous rows stay on screen until the filtered ones arrive.
    await board.locator('tbody tr').nth(1).waitFor({ state: 'detached' });
    await expect(board.locator('tbody tr').count()).resolves.toBe(1);
    await expect(textOf(board.locator('tbody tr').first())).resolves.toMatch(/^Moissac .* Favorable avec réserves n° 2027_014 .*Délibération de Moissac \(PDF\).* Le coût du DPO doit être revu à la baisse en 2028\. 1$/);
    await expectNoAxeViolation(page);
    await screenshot(page, 'consultation-board');

    await page.getByRole('button', { name: 'Clore la consultation' }).click();
    await page.getByRole('dialog', { name: 'Clore la consultation ?' }).getByRole('button', { name: 'Oui' }).click();
    // Boudou, notified a day later, has answered: the 20 silent communes share one deadline.
    await page
      .getByText(`La consultation ne peut pas être close avant le ${formatFrenchDate(addDays(deadlineOf(notifiedOn), 1))} : 20 communes n'ont pas rendu d'avis et leur délai court encore.`)
      .waitFor();

    await board.getByRole('link', { name: 'Moissac', exact: true }).click();
    const thread = page.locator('.action-thread').filter({ has: page.getByRole('heading', { level: 3, name: ACTION }) });
    await thread.getByRole('button', { name: 'Répondre à Romane Référente (Moissac)' }).click();
    await thread.getByLabel('Votre réponse à Romane Référente (Moissac)').fill('Quatre jours par an, comme en 2026.');
    await thread.getByRole('button', { name: 'Répondre', exact: true }).click();
    const reply = thread.getByRole('list', { name: 'Réponses à Romane Référente (Moissac)' });
    await expect(textOf(reply)).resolves.toMatch(/Damien Rédacteur \(intercommunalité\), le .* Quatre jours par an, comme en 2026\./);
    await expectNoAxeViolation(page);
    await screenshot(page, 'consultation-comments');
    await page.context().close();
  }, JOURNEY_TIMEOUT);

  it('counts the silent communes as deemed favourable once their deadline has passed, and lets the drafter close', async () => {
    await setServerTime(atNoon(laterToday));
    const page = await signIn(DRAFTER);
    await openConsultation(page);
    const board = page.getByRole('table', { name: /Avis des communes/ });
    await expect(textOf(board.getByRole('row', { name: /^Angeville/ }))).resolves.toContain(
      `Réputé favorable depuis le ${formatFrenchDate(addDays(deadlineOf(notifiedOn), 1))}`,
    );
    await page.getByRole('radio', { name: 'Réputés favorables' }).check();
    await board.locator('tbody tr').nth(20).waitFor({ state: 'detached' });
    await expect(board.locator('tbody tr').count()).resolves.toBe(20);
    await page.getByRole('button', { name: 'Clore la consultation' }).click();
    await page.getByRole('dialog', { name: 'Clore la consultation ?' }).getByRole('button', { name: 'Oui' }).click();
    await page.getByText('La consultation est close. Le conseil communautaire peut maintenant délibérer.').waitFor();
    await expect(page.getByRole('button', { name: 'Clore la consultation' }).count()).resolves.toBe(0);
    await expectNoAxeViolation(page);
    await page.context().close();
  }, JOURNEY_TIMEOUT);

  it('lets the elected official adopt v1, then shows it in force on the EPCI page with its open-data file', async () => {
    const admin = await signIn(ADMIN);
    await admin.getByRole('button', { name: 'Saisir le SIRET' }).click();
    await admin.getByLabel('NIC de l’intercommunalité').fill(nicFor(sirens['EPCI']!));
    await admin.getByRole('button', { name: 'Enregistrer le SIRET' }).click();
    await admin.getByText(/Le SIRET de l’intercommunalité est enregistré : 200066322\d{5}\./).waitFor();
    await admin.context().close();

    const page = await signIn(ELECTED);
    await openConsultation(page);
    await page.getByRole('link', { name: 'Enregistrer la délibération du conseil communautaire' }).click();
    await page.getByRole('heading', { level: 1, name: 'Délibération du conseil communautaire sur la version 1' }).waitFor();
    await page.getByLabel('Numéro de la délibération').fill('CC2027_041');
    await page.getByLabel('Date de la délibération').fill(laterToday);
    for (const [label, value] of [
      ['Membres en exercice', '45'],
      ['Présents ou représentés', '40'],
      ['Voix pour', '36'],
      ['Voix contre', '3'],
      ['Abstentions', '2'],
    ]) {
      await page.getByLabel(label).fill(value!);
    }
    await page.getByRole('button', { name: 'Enregistrer l’adoption' }).click();
    await page.getByRole('alert').getByText('Les voix pour, contre et les abstentions (41 en tout) dépassent le nombre de présents ou représentés (40).').waitFor();
    await expectNoAxeViolation(page);
    await screenshot(page, 'consultation-adoption');
    await page.getByLabel('Abstentions').fill('1');
    await page.getByRole('button', { name: 'Enregistrer l’adoption' }).click();
    await page.getByText('La version 1 est adoptée.').waitFor();
    await page.getByRole('heading', { level: 1, name: `Version 1 de « ${SCHEME_TITLE} »` }).waitFor();
    const lifecycle = page.locator('.lifecycle');
    await lifecycle.getByText('Statut : Adoptée.').waitFor();
    await expect(textOf(lifecycle)).resolves.toMatch(/n° CC2027_041 .* 36 pour, 3 contre, 1 abstentions ; 40 présents ou représentés sur 45 membres en exercice/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger les délibérations (CSV open data)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^\d{8}_200066322_.+\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8').split(/\r?\n/);
    expect(csv[0]).toBe(
      'COLL_NOM,COLL_SIRET,DELIB_ID,DELIB_DATE,DELIB_MATIERE_CODE,DELIB_MATIERE_NOM,DELIB_OBJET,BUDGET_ANNEE,BUDGET_NOM,PREF_ID,PREF_DATE,VOTE_EFFECTIF,VOTE_REEL,VOTE_POUR,VOTE_CONTRE,VOTE_ABSTENTION,DELIB_URL',
    );
    expect(csv.some((line) => line.includes(',CC2027_041,') && line.includes(`,${laterToday},`) && line.includes(',45,40,36,3,1,'))).toBe(true);
    expect(csv.some((line) => line.includes(',2027_014,'))).toBe(true);

    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Intercommunalité' }).click();
    const inForce = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Schéma en vigueur' }) });
    // The page first shows what it read on arrival, then the latest.
    await inForce.getByText(/version 1, adopté par le conseil communautaire/).waitFor();
    await expect(textOf(inForce)).resolves.toContain(`« ${SCHEME_TITLE} », version 1, adopté par le conseil communautaire (délibération n° CC2027_041 du ${formatFrenchDate(laterToday)})`);
    await expectNoAxeViolation(page);
    await screenshot(page, 'consultation-scheme-in-force');
    await page.context().close();
  }, JOURNEY_TIMEOUT);

  it('adopts v2 as an amendment without a new round, and v1 then shows as superseded', async () => {
    const drafter = new Client(undefined, '10.0.30.1');
    await drafter.login(DRAFTER, DEMO_PASSWORD);
    const { scheme } = await drafter.ok(`query ($id: ID!) { scheme(id: $id) { revision } }`, { id: schemeId });
    await drafter.ok(`mutation ($schemeId: ID!, $revision: Int!) { freezeVersion(schemeId: $schemeId, expectedRevision: $revision, message: "Réponse aux réserves de Moissac", confirmIdentical: true) { id } }`, {
      schemeId,
      revision: scheme.revision,
    });

    const page = await signIn(ELECTED);
    await openVersion(page, 2);
    await page.getByRole('link', { name: 'Adopter sans nouvelle consultation' }).click();
    await page.getByLabel('Consultation à laquelle cette version répond').selectOption({ index: 0 });
    await page.getByLabel('Numéro de la délibération').fill('CC2027_052');
    await page.getByLabel('Date de la délibération').fill(laterToday);
    for (const [label, value] of [
      ['Membres en exercice', '45'],
      ['Présents ou représentés', '38'],
      ['Voix pour', '38'],
      ['Voix contre', '0'],
      ['Abstentions', '0'],
    ]) {
      await page.getByLabel(label).fill(value!);
    }
    await page.getByRole('button', { name: 'Enregistrer l’adoption' }).click();
    await page.getByText('La version 2 est adoptée.').waitFor();

    await page.getByRole('link', { name: 'Versions', exact: true }).click();
    const timeline = page.getByRole('table', { name: new RegExp(`Versions de « ${SCHEME_TITLE} »`) });
    // Newest first: v2 adopted, v1 superseded by it.
    await timeline.locator('tbody tr').nth(0).filter({ hasText: /^v2\s*Adoptée/ }).waitFor();
    await timeline.locator('tbody tr').nth(1).filter({ hasText: /^v1\s*Remplacée/ }).waitFor();
    await expectNoAxeViolation(page);
    await screenshot(page, 'consultation-timeline');

    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Intercommunalité' }).click();
    const history = page.getByRole('table', { name: /Délibérations du conseil communautaire sur le schéma/ });
    const row = (number: number) => history.getByRole('row', { name: new RegExp(`^« ${SCHEME_TITLE} », version ${number} `) });
    await row(1).getByText(`Remplacée par la version 2 le ${formatFrenchDate(laterToday)}`).waitFor();
    await expect(textOf(row(2))).resolves.toContain('Adoptée, en vigueur');
    await expect(textOf(row(1))).resolves.toContain('Adoptée, remplacée');
    await page.context().close();
  }, JOURNEY_TIMEOUT);
});
