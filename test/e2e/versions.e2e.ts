import { Browser, Page } from 'playwright-core';
import { duplicateDemoScheme, expectNoAxeViolation, launchBrowser, factOf, screenshot, signedIn, textOf } from './browser';

/**
 * Versions in a real browser: a drafter freezes the draft, changes an action through its form,
 * freezes again, compares the two versions and the latest with the draft, reads the first one as
 * frozen and restores it; an elected official reads and compares versions but neither freezes nor
 * restores them; an archived scheme is listed apart and brought back. The journey
 * works on its own copy of the demo scheme, so the other journeys see the demo data unchanged.
 */
const DRAFTER = 'redaction@demo.mutualis.fr';
const ELECTED = 'elu@demo.mutualis.fr';
const SCHEME_TITLE = 'Schéma du parcours des versions';
const ACTION = 'Traceur grand format partagé';
const JOURNEY_TIMEOUT = 240_000;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await duplicateDemoScheme('10.0.20.1', SCHEME_TITLE);
});
afterAll(() => browser?.close());

const signIn = (email: string) => signedIn(browser, email);

async function openScheme(page: Page) {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Schémas' }).click();
  await page.getByRole('link', { name: SCHEME_TITLE }).click();
  await page.getByRole('heading', { level: 1, name: SCHEME_TITLE }).waitFor();
}

async function openTimeline(page: Page) {
  await page.getByRole('link', { name: 'Versions', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `Versions de « ${SCHEME_TITLE} »` }).waitFor();
  const table = page.getByRole('table', { name: /Versions de « Schéma du parcours des versions »/ });
  // The rows come with the query: count them once they are there, not while the page loads.
  await table.locator('tbody tr').first().waitFor();
  return table;
}

async function freeze(page: Page, message: string, number: number) {
  await page.getByRole('button', { name: 'Figer une version' }).click();
  const dialog = page.getByRole('dialog', { name: 'Figer une version' });
  await dialog.getByLabel('Message de version').fill(message);
  await dialog.getByRole('button', { name: 'Figer la version' }).click();
  await page.getByText(`Version ${number} figée.`).waitFor();
}

describe('versions of a scheme', () => {
  it('freezes, changes, freezes again, compares, reads v1 as frozen and restores it', async () => {
    const page = await signIn(DRAFTER);
    await openScheme(page);
    const firstTotal = await factOf(page, 'Coût total sur le mandat');

    // v1: the message is required, then the draft is frozen as it is.
    await page.getByRole('button', { name: 'Figer une version' }).click();
    const dialog = page.getByRole('dialog', { name: 'Figer une version' });
    await dialog.getByRole('button', { name: 'Figer la version' }).click();
    await dialog.getByRole('alert').getByText('Dites en un message ce qui change dans cette version.').waitFor();
    await expectNoAxeViolation(page);
    await screenshot(page, 'version-freeze-dialog');
    await dialog.getByLabel('Message de version').fill('Projet initial présenté au bureau');
    await dialog.getByRole('button', { name: 'Figer la version' }).click();
    await page.getByText('Version 1 figée.').waitFor();

    // Nothing changed since v1: freezing again asks first, and nothing is frozen once declined.
    await page.getByRole('button', { name: 'Figer une version' }).click();
    await dialog.getByLabel('Message de version').fill('Même chose');
    await dialog.getByRole('button', { name: 'Figer la version' }).click();
    const identical = page.getByRole('dialog', { name: 'Figer une version identique à la version 1 ?' });
    await identical.getByText('Rien n’a changé dans le brouillon depuis la version 1.').waitFor();
    await expectNoAxeViolation(page);
    await identical.getByRole('button', { name: 'Annuler' }).click();
    await page.getByRole('dialog', { name: 'Figer une version', exact: true }).waitFor({ state: 'detached' });

    // The draft moves on through the action form: a population key and a dearer running cost.
    await page.getByRole('link', { name: `Modifier l’action ${ACTION}` }).click();
    await page.getByLabel('Clé de répartition', { exact: true }).selectOption({ label: 'Population' });
    await page.getByLabel('Coût de fonctionnement annuel (€)').fill('1 200');
    await page.getByRole('button', { name: 'Enregistrer l’action' }).click();
    await page.getByText(`L’action « ${ACTION} » a été enregistrée.`).waitFor();
    const secondTotal = await factOf(page, 'Coût total sur le mandat');
    expect(secondTotal).not.toBe(firstTotal);
    await freeze(page, 'Traceur : clé population et fonctionnement réévalué', 2);

    // The draft moves on again: the action is removed (restoring v1 below brings it back).
    await page.getByRole('button', { name: `Supprimer l’action ${ACTION}` }).click();
    await page.getByRole('dialog', { name: 'Supprimer cette action ?' }).getByRole('button', { name: 'Oui' }).click();
    await page.getByText(`L’action « ${ACTION} » a été supprimée.`).waitFor();

    // The timeline, newest first, with each version's message and totals.
    const timeline = await openTimeline(page);
    const rows = timeline.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(2);
    await expect(textOf(rows.nth(0))).resolves.toMatch(/^v2 Figée .* Damien Rédacteur Traceur : clé population et fonctionnement réévalué .* Comparer avec v1 Restaurer$/);
    await expect(textOf(rows.nth(1))).resolves.toMatch(/^v1 Figée .* Damien Rédacteur Projet initial présenté au bureau .* Restaurer$/);
    await expect(textOf(rows.nth(0))).resolves.toContain(secondTotal);
    await expect(textOf(rows.nth(1))).resolves.toContain(firstTotal);
    await expectNoAxeViolation(page);
    await screenshot(page, 'versions-timeline');

    // v1 → v2: the changed action in words, the communes it moves money for.
    await timeline.getByRole('link', { name: 'Comparer avec v1' }).click();
    await page.getByRole('heading', { level: 1, name: `Comparer les versions de « ${SCHEME_TITLE} »` }).waitFor();
    const change = page.locator('.action-changes > li').filter({ hasText: ACTION });
    await expect(textOf(change)).resolves.toMatch(/Modifiée/);
    await expect(textOf(change)).resolves.toMatch(/Répartition : Clé : parts égales → (devient )?Clé : population municipale/);
    await expect(textOf(change)).resolves.toMatch(/Fonctionnement annuel : 800,00 € → (devient )?1 200,00 €/);
    const totals = page.getByRole('table', { name: /Coût du schéma sur le mandat, de v1 à v2/ });
    // The trend is said in words; the icon beside it is a ligature, hence the « .* ».
    await expect(textOf(totals.getByRole('row', { name: /^Total/ }))).resolves.toMatch(
      new RegExp(`^Total ${firstTotal} ${secondTotal} \\+${euroDifference(firstTotal, secondTotal)} .*hausse$`),
    );
    const communes = page.getByRole('table', { name: /Coût du schéma pour chaque commune/ });
    const rising = communes.locator('tbody tr').first();
    await expect(textOf(rising)).resolves.toMatch(/ \+[\d ]+,\d\d € .*hausse \d+ années?/);
    await rising.getByText(/\d+ années?/).click();
    await expect(textOf(rising)).resolves.toMatch(/20\d\d : [\d ]+,\d\d € → (devient )?[\d ]+,\d\d € \(\+[\d ]+,\d\d €\)/);
    await expectNoAxeViolation(page);
    await screenshot(page, 'versions-compare');

    // v2 → the draft as it is now: the removed action, with what it cost.
    await chooseVersion(page, 'De la version', 'v2 — ');
    await page.getByLabel('À la version').selectOption({ label: 'Brouillon actuel' });
    await page.getByRole('button', { name: 'Comparer', exact: true }).click();
    const lead = page.locator('.compare-lead').filter({ hasText: 'Brouillon actuel' });
    await lead.waitFor();
    await expect(textOf(lead)).resolves.toMatch(/^De v2 — .* à Brouillon actuel$/);
    const removed = page.locator('.action-changes > li').filter({ hasText: ACTION });
    await expect(textOf(removed)).resolves.toMatch(/Supprimée/);
    await expect(textOf(removed)).resolves.toMatch(/Coût sur le mandat : [\d ]+,\d\d €, dont intercommunalité : [\d ]+,\d\d €/);
    await expect(textOf(removed)).resolves.toMatch(/Par année : 20\d\d : [\d ]+,\d\d €/);
    await removed.getByText('Part de chaque commune sur le mandat').click();
    await expect(textOf(removed)).resolves.toMatch(/[A-ZÉ][^:]+ : [\d ]+,\d\d €/);
    await expectNoAxeViolation(page);

    // v1 as frozen: its own totals, verified, read-only, with the draft's costing views.
    await page.getByRole('link', { name: 'Versions', exact: true }).click();
    await page.getByRole('link', { name: 'v1', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Version 1 de « ${SCHEME_TITLE} »` }).waitFor();
    await page.getByText('Intégrité vérifiée').waitFor();
    await expect(factOf(page, 'Coût total sur le mandat')).resolves.toBe(firstTotal);
    await expect(page.getByRole('link', { name: `Modifier l’action ${ACTION}` }).count()).resolves.toBe(0);
    await expect(textOf(page.locator('.action-card').filter({ hasText: ACTION }))).resolves.toMatch(/parts égales/i);
    await expectNoAxeViolation(page);
    await screenshot(page, 'version-view');
    for (const view of ['Par action', 'Impact (effectifs et fonctionnement)']) {
      await page.getByRole('radio', { name: view }).check();
      await expectNoAxeViolation(page);
    }

    // Restored once confirmed: the draft shows v1's figures again.
    await page.getByRole('button', { name: 'Restaurer dans le brouillon' }).click();
    const confirm = page.getByRole('dialog', { name: 'Restaurer la version 1 dans le brouillon ?' });
    await confirm.getByText('Le brouillon actuel sera remplacé ; il reste consultable dans le journal.').waitFor();
    await expectNoAxeViolation(page);
    await confirm.getByRole('button', { name: 'Oui' }).click();
    await page.getByText('La version 1 a été restaurée dans le brouillon.').waitFor();
    await page.getByRole('heading', { level: 1, name: SCHEME_TITLE }).waitFor();
    await expect(factOf(page, 'Coût total sur le mandat')).resolves.toBe(firstTotal);

    // Frozen again, the restored draft is v1 to the cent.
    await freeze(page, 'Retour au projet initial', 3);
    await openTimeline(page);
    await chooseVersion(page, 'De la version', 'v1 — ');
    await expect(textOf(page.getByLabel('De la version').locator('option:checked'))).resolves.toMatch(/^v1 — \d+ \S+ 20\d\d à \d\d:\d\d — Projet initial présenté au bureau$/);
    await chooseVersion(page, 'À la version', 'v3 — ');
    await page.getByRole('button', { name: 'Comparer', exact: true }).click();
    await page.getByText('Aucune différence entre ces deux versions.').waitFor();
    await expectNoAxeViolation(page);
    await page.context().close();
  }, JOURNEY_TIMEOUT);

  it('lets an elected official read and compare versions, without freezing or restoring', async () => {
    const page = await signIn(ELECTED);
    await openScheme(page);
    await expect(page.getByRole('button', { name: 'Figer une version' }).count()).resolves.toBe(0);
    const timeline = await openTimeline(page);
    await expect(timeline.locator('tbody tr').count()).resolves.toBe(3);
    await expect(page.getByRole('button', { name: /Restaurer|Figer/ }).count()).resolves.toBe(0);
    await expectNoAxeViolation(page);

    await timeline.getByRole('link', { name: 'Comparer avec v1' }).click();
    await page.locator('.action-changes > li').filter({ hasText: ACTION }).waitFor();
    await expectNoAxeViolation(page);

    await page.getByRole('link', { name: 'Versions', exact: true }).click();
    await page.getByRole('link', { name: 'v2', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Version 2 de « ${SCHEME_TITLE} »` }).waitFor();
    await expect(page.getByRole('button', { name: /Restaurer/ }).count()).resolves.toBe(0);
    await page.context().close();
  }, JOURNEY_TIMEOUT);

  it('lists an archived scheme apart and brings it back into the list', async () => {
    const page = await signIn(DRAFTER);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Schémas' }).click();
    await page.getByRole('button', { name: `Archiver ${SCHEME_TITLE}` }).click();
    await page.getByRole('dialog', { name: 'Archiver ce schéma ?' }).getByRole('button', { name: 'Oui' }).click();
    await page.getByText(`Le schéma « ${SCHEME_TITLE} » a été archivé.`).waitFor();
    await expect(page.getByRole('link', { name: SCHEME_TITLE }).count()).resolves.toBe(0);

    await page.getByText('Schémas archivés').click();
    await page.getByRole('link', { name: SCHEME_TITLE }).waitFor();
    await expectNoAxeViolation(page);
    await page.getByRole('button', { name: `Désarchiver ${SCHEME_TITLE}` }).click();
    await page.getByText(`Le schéma « ${SCHEME_TITLE} » est de nouveau dans la liste.`).waitFor();
    await page.getByRole('button', { name: `Archiver ${SCHEME_TITLE}` }).waitFor();
    await expect(page.getByRole('button', { name: `Désarchiver ${SCHEME_TITLE}` }).count()).resolves.toBe(0);
    await page.context().close();
  }, JOURNEY_TIMEOUT);
});

/** Picks a version in one of the compare picker's lists by the start of its label (« v2 — »; the date follows). */
async function chooseVersion(page: Page, list: string, start: string) {
  const select = page.getByLabel(list);
  const value = await select.locator('option').filter({ hasText: new RegExp(`^${start}`) }).getAttribute('value');
  await select.selectOption(value!);
}

/** « 12 345,67 € » − « 12 000,00 € » written the same way, from the pages' own figures. */
function euroDifference(before: string, after: string): string {
  const cents = (text: string) => Number(text.replace(/[^\d]/g, ''));
  const difference = cents(after) - cents(before);
  const whole = Math.floor(difference / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${whole},${String(difference % 100).padStart(2, '0')} €`;
}
