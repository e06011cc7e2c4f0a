import AxeBuilder from '@axe-core/playwright';
import { Browser, Locator, Page } from 'playwright-core';
import {
  duplicateDemoScheme,
  consoleErrorsOf,
  expectFocusAlwaysVisible,
  expectNoAxeViolation,
  focusCoveredBy,
  launchBrowser,
  openPage,
  screenshot,
  signedIn,
  textOf,
} from './browser';

/**
 * Each role's day from its home page, in Chromium: every page checked with axe-core, no console
 * error, the focus never hidden under a sticky bar, and no navigation that drops unsaved input
 * without asking. The drafter works on a copy of the demo scheme, so other journeys see the demo
 * data unchanged.
 */
const DRAFTER = 'redaction@demo.mutualis.fr';
const DEMO_SCHEME = 'Schéma de mutualisation 2026–2032';
const SCHEME_TITLE = 'Schéma du parcours du rédacteur';
const ACTION = 'DSI mutualisée';
const JOURNEY_TIMEOUT = 240_000;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await duplicateDemoScheme('10.0.16.2', SCHEME_TITLE);
});
afterAll(() => browser?.close());

const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });
const confirmLeaving = (page: Page) => page.getByRole('dialog', { name: 'Quitter sans enregistrer ?' });

/** The page is accessible and has logged no error so far. */
async function expectSound(page: Page) {
  await expectNoAxeViolation(page);
  expect(consoleErrorsOf(page)).toEqual([]);
}

/** A navigation away is stopped by the warning; staying keeps the input. */
async function expectWarnedAndStay(page: Page, leave: () => Promise<unknown>) {
  const url = page.url();
  await leave();
  await confirmLeaving(page).waitFor();
  await expectNoAxeViolation(page);
  await confirmLeaving(page).getByRole('button', { name: 'Annuler' }).click();
  await confirmLeaving(page).waitFor({ state: 'detached' });
  expect(page.url()).toBe(url);
}

/** Closing the tab asks the browser's own question; dismissing it keeps the page. */
async function expectTabCloseWarned(page: Page) {
  const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.type()))));
  await page.close({ runBeforeUnload: true });
  await expect(asked).resolves.toBe('beforeunload');
  expect(page.isClosed()).toBe(false);
}

/** Presses Tab until `target` has the focus (at most `max` times); returns how many presses it took. */
async function tabUntil(page: Page, target: Locator, max: number): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`Not reached in ${max} Tab presses: ${await focusedText(page)}`);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Wholly inside the window. */
async function expectInView(locator: Locator) {
  const box = await locator.boundingBox();
  const viewport = locator.page().viewportSize()!;
  expect(box).not.toBeNull();
  expect([box!.y >= 0, box!.y + box!.height <= viewport.height, box!.x >= 0, box!.x + box!.width <= viewport.width]).toEqual([true, true, true, true]);
}

/** No two landmarks of one kind share a name (axe-core's best-practice rule, outside the WCAG tags checked everywhere). */
async function expectLandmarksUnique(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withRules(['landmark-unique']).analyze();
  expect(violations.map((v) => v.nodes.map((n) => n.target.join(' ')).join(', '))).toEqual([]);
}

describe('every role’s day, without a dead end', () => {
  it('drafter: from the home page to an action, warned before losing an edit, focus never under the save bar', async () => {
    const page = await signedIn(browser, DRAFTER);
    await page.getByRole('heading', { level: 1, name: 'Bonjour Damien Rédacteur' }).waitFor();
    const drafts = page.getByRole('region', { name: 'Vos projets de schéma' });
    await drafts.getByRole('link', { name: SCHEME_TITLE }).waitFor();
    await expectSound(page);
    await screenshot(page, 'home-drafter');

    await drafts.getByRole('link', { name: SCHEME_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: SCHEME_TITLE }).waitFor();
    await page.getByRole('link', { name: `Modifier l’action ${ACTION}` }).click();
    const title = page.getByLabel('Titre de l’action');
    await title.fill(`${ACTION} (révisée)`);

    // In-app navigation and the browser's Back both ask first; staying keeps the edit.
    await expectWarnedAndStay(page, () => nav(page).getByRole('link', { name: 'Schémas' }).click());
    await expectWarnedAndStay(page, () => page.goBack());
    await expect(title.inputValue()).resolves.toBe(`${ACTION} (révisée)`);

    // From the top of the form, the jump links reach « Clé de répartition » in a few key presses,
    // instead of a hundred through the communes' rows; the preview stays in view beside the key.
    await page.getByRole('heading', { level: 1 }).focus();
    const jumps = page.getByRole('navigation', { name: 'Sections de l’action' });
    let presses = await tabUntil(page, jumps.getByRole('link', { name: 'Clé de répartition' }), 15);
    await page.keyboard.press('Enter');
    await expect(focusedText(page)).resolves.toBe('Répartition');
    presses += 1 + (await tabUntil(page, page.getByLabel('Clé de répartition', { exact: true }), 15));
    expect(presses).toBeLessThanOrEqual(15);
    await expect(focusCoveredBy(page)).resolves.toBeNull();
    // The whole preview, which scrolls on its own.
    await expectInView(page.getByRole('region', { name: 'Aperçu de la répartition' }));
    await expectLandmarksUnique(page);
    await screenshot(page, 'action-form-key', false);

    // Every Tab stop of the form, from the top to its last link: never under the sticky « Enregistrer l’action » bar.
    await page.getByRole('heading', { level: 1 }).focus();
    await expectFocusAlwaysVisible(page, page.getByRole('link', { name: 'Annuler et revenir au schéma' }));
    await expectSound(page);

    // « Enregistrer » with a missing title: the error summary takes the focus, and its link puts
    // the focus on the field, in view.
    await title.fill('');
    await page.getByRole('button', { name: 'Enregistrer l’action' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Le formulaire contient des erreurs' });
    await summary.waitFor();
    await expect(summary.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(title.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(focusCoveredBy(page)).resolves.toBeNull();
    await expectInView(title);
    await expectSound(page);
    await title.fill(`${ACTION} (révisée)`);

    // Saving leads back to the scheme without asking.
    await page.getByRole('button', { name: 'Enregistrer l’action' }).click();
    await page.getByText(`L’action « ${ACTION} (révisée) » a été enregistrée.`).waitFor();
    await expect(confirmLeaving(page).count()).resolves.toBe(0);

    // The scheme's details dialog warns too, and so does closing the tab.
    await page.getByRole('button', { name: 'Modifier le titre, la description ou le mandat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Titre, description et mandat' });
    await dialog.getByLabel('Titre du schéma').fill('Un autre titre');
    await expectWarnedAndStay(page, () => page.goBack());
    await expect(dialog.getByLabel('Titre du schéma').inputValue()).resolves.toBe('Un autre titre');
    await expectTabCloseWarned(page);
    expect(consoleErrorsOf(page)).toEqual([]);
    await page.context().close();
  }, JOURNEY_TIMEOUT);

  it('elected official: reads the versions awaiting adoption, a commune’s sheet as frozen, every action read-only, and the journal', async () => {
    const page = await signedIn(browser, 'elu@demo.mutualis.fr');
    const awaiting = page.getByRole('region', { name: 'Versions en attente d’adoption' });
    await awaiting.getByRole('link', { name: `${DEMO_SCHEME}, v1` }).waitFor();
    await expectSound(page);
    await screenshot(page, 'home-elected');

    // The commune's sheet from the frozen version, with that version's figures.
    await awaiting.getByRole('link', { name: `${DEMO_SCHEME}, v1` }).click();
    await page.getByRole('heading', { level: 1, name: `Version 1 de « ${DEMO_SCHEME} »` }).waitFor();
    await page.getByRole('table', { name: /Chiffrage par commune/ }).getByRole('link', { name: 'Moissac' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fiche commune : Moissac' }).waitFor();
    await expect(textOf(page.locator('.scheme-header__meta'))).resolves.toMatch(/v1 figée le/);
    await expectSound(page);
    await page.getByRole('link', { name: `Version 1 de « ${DEMO_SCHEME} »` }).click();
    await page.getByRole('heading', { level: 1, name: `Version 1 de « ${DEMO_SCHEME} »` }).waitFor();

    // Every action of the draft opens read-only.
    await nav(page).getByRole('link', { name: 'Schémas' }).click();
    await page.getByRole('link', { name: DEMO_SCHEME, exact: true }).click();
    await page.getByRole('link', { name: `Consulter l’action ${ACTION}` }).click();
    await page.getByRole('heading', { level: 1, name: `Action « ${ACTION} »` }).waitFor();
    await expect(page.getByLabel('Titre de l’action').isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Enregistrer l’action' }).count()).resolves.toBe(0);
    // The same structure as the editable form: its jump links lead to the sections' titles.
    await page.getByRole('navigation', { name: 'Sections de l’action' }).getByRole('link', { name: 'Participants' }).click();
    await expect(focusedText(page)).resolves.toBe('Communes participantes');
    await expect(focusCoveredBy(page)).resolves.toBeNull();
    await expectLandmarksUnique(page);
    await expectSound(page);
    await screenshot(page, 'action-read-only');
    // On a narrow screen the preview comes after the form, not beside it.
    await page.setViewportSize({ width: 800, height: 900 });
    const main = (await page.locator('.action-layout__main').boundingBox())!;
    const preview = (await page.getByRole('region', { name: 'Aperçu de la répartition' }).boundingBox())!;
    expect(preview.y).toBeGreaterThanOrEqual(main.y + main.height);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The journal: who did what, narrowed to the schemes, with a change's before and after in words.
    await nav(page).getByRole('link', { name: 'Journal' }).click();
    await page.getByRole('heading', { level: 1, name: 'Journal des modifications' }).waitFor();
    const journal = page.getByRole('table', { name: 'Changements, du plus récent au plus ancien' });
    await page.getByLabel('Type de changement').selectOption({ label: 'Schémas et actions' });
    const duplicated = journal.getByRole('row').filter({ hasText: `a dupliqué un schéma : « ${SCHEME_TITLE} »` });
    await expect(textOf(duplicated.getByRole('rowheader'))).resolves.toBe('Damien Rédacteur');
    await duplicated.getByText('Avant et après').click();
    await expect(textOf(duplicated.locator('dl'))).resolves.toContain(`Titre avant : — → après : ${SCHEME_TITLE}`);
    await expect(journal.getByText('s’est connecté').count()).resolves.toBe(0);
    await expectSound(page);
    await screenshot(page, 'journal-elected');
    await page.context().close();
  }, JOURNEY_TIMEOUT);

  it('administrator: from the accounts on the home page to the journal by person, and dialogs that keep their input', async () => {
    const page = await signedIn(browser, 'admin@demo.mutualis.fr');
    const accounts = page.getByRole('region', { name: 'Comptes de l’intercommunalité' });
    // Other journeys on this demo server may have added drafters: the count, whatever it is.
    await accounts.getByText(/^Rédacteur : \d+$/).waitFor();
    await expectSound(page);
    await accounts.getByRole('link', { name: 'Gérer les comptes et les rôles' }).click();
    await page.getByRole('heading', { level: 1, name: /Comptes/ }).waitFor();
    await expectSound(page);

    // A new account, then its role changed: the page says what changed, and only that.
    const form = page.getByRole('region', { name: 'Inviter une personne' });
    await form.getByLabel('Nom et prénom').fill('Paul Parcours');
    await form.getByLabel('Adresse électronique').fill('paul.parcours@demo.mutualis.fr');
    await form.getByLabel('Rôle').selectOption({ label: 'Rédacteur' });
    await form.getByRole('button', { name: 'Inviter' }).click();
    const status = page.getByRole('region', { name: 'Membres' }).getByRole('status');
    const invited = 'Paul Parcours est membre de l’intercommunalité. Un nouveau compte reçoit une invitation par courriel pour choisir son mot de passe.';
    await status.getByText(invited).waitFor();
    await page.getByRole('button', { name: 'Modifier le rôle de Paul Parcours' }).click();
    const roleDialog = page.getByRole('dialog', { name: 'Modifier le rôle de Paul Parcours' });
    await roleDialog.getByLabel('Rôle').selectOption({ label: 'Élu' });
    await roleDialog.getByRole('button', { name: 'Enregistrer' }).click();
    await status.getByText('Paul Parcours est maintenant élu (auparavant : rédacteur).').waitFor();
    await expect(page.getByText(invited).count()).resolves.toBe(0);
    await expectSound(page);

    // The journal by person: the drafter's changes, each with its before and after in words.
    await nav(page).getByRole('link', { name: 'Journal' }).click();
    await page.getByLabel('Personne', { exact: true }).selectOption({ label: 'Damien Rédacteur' });
    const journal = page.getByRole('table', { name: 'Changements, du plus récent au plus ancien' });
    // Alice's own changes (the account just created) leave the list once it is narrowed to Damien.
    await journal.getByRole('rowheader', { name: 'Alice Administratrice' }).first().waitFor({ state: 'detached' });
    await journal.getByRole('rowheader', { name: 'Damien Rédacteur' }).first().waitFor();
    await expectSound(page);

    // The commune figures: saving with an invalid figure puts the focus on it, clear of the save bar.
    await nav(page).getByRole('link', { name: 'Intercommunalité' }).click();
    const cell = page.getByRole('table', { name: /Communes membres de/ }).getByLabel(/^Postes de travail, /).last();
    await cell.fill('12,5');
    await cell.press('Enter');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('1 valeur est à corriger avant d\'enregistrer : voyez les cellules signalées.').waitFor();
    await expect(cell.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(focusCoveredBy(page)).resolves.toBeNull();
    await expectInView(cell);
    await screenshot(page, 'epci-profiles-invalid', false);
    await expectSound(page);
    await cell.press('Escape');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).waitFor({ state: 'detached' });

    // The metric dialog and the OPSN dialog warn before Back drops their input.
    await page.getByRole('button', { name: 'Modifier la métrique jours de DPO' }).click();
    const metric = page.getByRole('dialog', { name: 'Modifier la métrique « jours de DPO »' });
    await metric.getByLabel('Nom de la métrique, au pluriel').fill('journées de DPO');
    await expectWarnedAndStay(page, () => page.goBack());
    await expect(metric.getByLabel('Nom de la métrique, au pluriel').inputValue()).resolves.toBe('journées de DPO');
    await metric.getByRole('button', { name: 'Annuler' }).click();

    await nav(page).getByRole('link', { name: 'OPSN' }).click();
    await page.getByRole('button', { name: 'Ajouter un OPSN' }).click();
    const opsn = page.getByRole('dialog', { name: 'Ajouter un OPSN au registre' });
    await opsn.getByLabel('Nom', { exact: true }).fill('Syndicat numérique');
    await expectWarnedAndStay(page, () => page.goBack());
    await expect(opsn.getByLabel('Nom', { exact: true }).inputValue()).resolves.toBe('Syndicat numérique');
    expect(consoleErrorsOf(page)).toEqual([]);
    await page.context().close();
  }, JOURNEY_TIMEOUT);

  it('commune reviewer: a home page for the commune’s consultations, and the legal pages from the footer', async () => {
    const page = await signedIn(browser, 'moissac@demo.mutualis.fr');
    await page.getByRole('region', { name: 'Consultations en cours pour Moissac' }).waitFor();
    await expectSound(page);
    await page.getByRole('main').getByRole('link', { name: 'les données de votre commune' }).click();
    await page.getByRole('table', { name: /Communes membres de CC Terres des Confluences/ }).waitFor();
    await expectSound(page);

    await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibilité : non conforme' }).click();
    await page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Voies de recours' }).waitFor();
    await page.getByText(/Défenseur des droits/).first().waitFor();
    await expectSound(page);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Données personnelles' }).click();
    await page.getByRole('heading', { level: 2, name: 'Délégué à la protection des données' }).waitFor();
    await expectSound(page);
    await page.context().close();
  }, JOURNEY_TIMEOUT);

  it('anyone: the login page links to the legal notice', async () => {
    const page = await openPage(browser);
    await page.goto(process.env.MUTUALIS_URL!);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Mentions légales' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mentions légales' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Directeur de la publication' }).waitFor();
    await expectSound(page);
    await page.context().close();
  });
});
