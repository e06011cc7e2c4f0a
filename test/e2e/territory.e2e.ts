import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Browser, Locator, Page } from 'playwright-core';
import { choosePassword, expectNoAxeViolation, launchBrowser, screenshot, signIn, signedInOnEpci } from './browser';

/**
 * The territory's figures, from the national list to the OPSN registry: the operator imports the
 * largest EPCI (CA du Pays Basque, 158 communes) and appoints its administrator, who fills in
 * figures by hand and from a spreadsheet file, and records an OPSN. The steps follow one another.
 */
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const ADMINISTRATOR = { name: 'Maite Etchebarne', email: 'dsi@pays-basque.example.fr', password: 'une pelote basque au fronton' };
const communesTable = (page: Page) => page.getByRole('table', { name: /Communes membres de CA du Pays Basque/ });


/** Whether the element is what a person sees at its centre, not hidden under a sticky header. */
const visibleAtCentre = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const seen = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return seen !== null && (seen === element || element.contains(seen));
  });

/**
 * Scrolls the communes table's box with the mouse wheel, as a person looks for a commune, until
 * the commune's row is drawn: of the 158, only those near the box's view are. Then the row in view.
 */
async function scrollToCommune(page: Page, name: string) {
  const row = communesTable(page).getByRole('rowheader', { name: new RegExp(`^${name}`) });
  const box = page.locator('.table-scroll--framed');
  await box.hover();
  for (let step = 0; step < 60 && (await row.count()) === 0; step++) {
    await page.mouse.wheel(0, 400);
    // The rows drawn follow the scroll at the next frame.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  await row.scrollIntoViewIfNeeded();
}
// Pages showing the 158 communes take seconds to load and check on a busy machine.
const BIG_PAGE_TIMEOUT = 120_000;

describe('CA du Pays Basque, from the national list to its figures', () => {
  it('is found by the operator, imported, and given its first administrator', async () => {
    const page = await signIn(browser, 'operateur@demo.mutualis.fr');
    await page.getByLabel('Rechercher une intercommunalité').fill('pays basque');
    const results = page.getByRole('table', { name: 'Intercommunalités du découpage administratif officiel' });
    await results.getByRole('row', { name: /CA du Pays Basque/ }).waitFor();
    await expect(results.getByRole('row').count()).resolves.toBe(2);
    await expectNoAxeViolation(page);

    await results.getByRole('button', { name: 'Importer CA du Pays Basque' }).click();
    await page.getByText('CA du Pays Basque a été importée avec ses 158 communes membres.').waitFor();
    await results.getByRole('link', { name: /CA du Pays Basque : déjà importée/ }).waitFor();

    await page.getByRole('button', { name: 'Nommer son premier administrateur' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nom et prénom').fill(ADMINISTRATOR.name);
    await dialog.getByLabel('Adresse électronique').fill(ADMINISTRATOR.email);
    await expectNoAxeViolation(page);
    await page.getByRole('button', { name: 'Nommer', exact: true }).click();
    await page.getByText(`${ADMINISTRATOR.name} administre désormais CA du Pays Basque`).waitFor();
    await expectNoAxeViolation(page);
    await screenshot(page, 'platform-catalogue-import');

    // The demo has no SMTP server: the invitation waits on the operator's « Courriels » page.
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Courriels' }).click();
    const invitation = page.getByRole('article').filter({ hasText: `À ${ADMINISTRATOR.email}` });
    const link = /https?:\/\/\S+\/invitation#[\w-]+/.exec(await invitation.innerText())![0];
    await expectNoAxeViolation(page);
    await page.context().close();
    const welcome = await choosePassword(browser, link, ADMINISTRATOR.password);
    await welcome.context().close();
  });

  it("lets its administrator correct Bayonne's workstations in the table, and keeps them", async () => {
    const page = await signedInOnEpci(browser, ADMINISTRATOR.email, ADMINISTRATOR.password);
    const table = communesTable(page);
    await table.waitFor();
    // 158 communes + the header row + the totals row, of which only those near the view are drawn.
    await expect(table.getAttribute('aria-rowcount')).resolves.toBe('160');
    await expect(table.getByRole('row').count()).resolves.toBeLessThan(60);
    await scrollToCommune(page, 'Bayonne');

    // A wrong value is refused at once, in French, and Escape brings the saved one back.
    const phones = table.getByLabel('Téléphones, Bayonne');
    await phones.fill('12,5');
    await expect(phones.getAttribute('aria-invalid')).resolves.toBe('true');
    await table.getByText('Téléphones : « 12,5 » : un nombre entier est attendu.').waitFor();
    await phones.press('Escape');
    await expect(phones.inputValue()).resolves.toBe('');
    await expect(phones.getAttribute('aria-invalid')).resolves.toBeNull();

    const workstations = table.getByLabel('Postes de travail, Bayonne');
    await workstations.fill('420');
    await workstations.press('Enter');
    await page.getByText('1 commune modifiée').waitFor();
    await expectNoAxeViolation(page);
    await screenshot(page, 'epci-profiles-editing', false);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Les chiffres de 1 commune ont été enregistrés.').waitFor();

    await page.reload();
    await communesTable(page).waitFor();
    await scrollToCommune(page, 'Bayonne');
    await expect(communesTable(page).getByLabel('Postes de travail, Bayonne').inputValue()).resolves.toBe('420');
    await page.context().close();
  }, BIG_PAGE_TIMEOUT);

  it('lets its administrator import figures from a spreadsheet file after a preview', async () => {
    const page = await signedInOnEpci(browser, ADMINISTRATOR.email, ADMINISTRATOR.password);
    const table = communesTable(page);
    await table.waitFor();

    // As a French spreadsheet saves it: BOM, semicolons, decimal commas, CRLF.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mutualis-e2e-')), 'profils-pays-basque.csv');
    const lines = ['Code INSEE;Commune;Postes de travail;Agents (ETP)', '64102;Bayonne;430;512,5', '64024;Anglet;310;388,25'];
    fs.writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);

    await page.getByRole('button', { name: 'Importer un fichier CSV' }).click();
    await page.getByLabel('Fichier CSV à importer').setInputFiles(file);
    await page.getByText("« profils-pays-basque.csv » : 2 lignes lues, l'import changerait les chiffres de 2 communes.").waitFor();
    const changes = page.getByRole('list', { name: 'Modifications prévues, par commune' });
    const bayonne = changes.getByRole('listitem').filter({ hasText: 'Bayonne (64102)' });
    await expect(bayonne.getByRole('listitem').allTextContents()).resolves.toEqual([
      'Agents (ETP) : (vide) →devient 512,5',
      'Postes de travail : 420 →devient 430',
    ]);
    await changes.getByText('Anglet (64024)').waitFor();
    await expectNoAxeViolation(page);
    await screenshot(page, 'epci-csv-preview');

    await page.getByRole('button', { name: 'Appliquer ces modifications' }).click();
    await page.getByText('Import terminé : les chiffres de 2 communes ont été mis à jour.').waitFor();
    await scrollToCommune(page, 'Anglet');
    await expect(table.getByLabel('Agents (ETP), Anglet').inputValue()).resolves.toBe('388,25');
    await scrollToCommune(page, 'Bayonne');
    await expect(table.getByLabel('Postes de travail, Bayonne').inputValue()).resolves.toBe('430');
    await page.context().close();
  }, BIG_PAGE_TIMEOUT);

  it('lets its administrator define a usage metric, which becomes a column of the table', async () => {
    const page = await signedInOnEpci(browser, ADMINISTRATOR.email, ADMINISTRATOR.password);
    const table = communesTable(page);
    await table.waitFor();
    await page.getByLabel('Nom de la métrique, au pluriel').fill('dossiers ADS par an');
    await page.getByLabel('Année de référence (facultatif)').fill('2025');
    await page.getByRole('button', { name: 'Ajouter la métrique' }).click();
    await page.getByText('La métrique « dossiers ADS par an » a été ajoutée au tableau des communes.').waitFor();
    await table.getByRole('columnheader', { name: /Dossiers ADS par an \(2025\)/ }).waitFor();

    await scrollToCommune(page, 'Bayonne');
    const bayonne = table.getByLabel('Dossiers ADS par an (2025), Bayonne');
    await bayonne.fill('1 250');
    await bayonne.press('Enter');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Les chiffres de 1 commune ont été enregistrés.').waitFor();
    await expect(bayonne.inputValue()).resolves.toBe('1250');
    await expectNoAxeViolation(page);
    await page.context().close();
  }, BIG_PAGE_TIMEOUT);

  it('keeps its 158-row table accessible, its headers and communes in view while scrolling both ways', async () => {
    const page = await signedInOnEpci(browser, ADMINISTRATOR.email, ADMINISTRATOR.password);
    const table = communesTable(page);
    await table.waitFor();
    // Every row drawn, every input: nothing excluded.
    await expectNoAxeViolation(page);

    // Down to the last communes with the wheel, then along their row to the right-hand columns.
    await scrollToCommune(page, 'Urrugne');
    const last = table.getByLabel('Postes de travail, Urrugne', { exact: true });
    await last.focus();
    await expect(visibleAtCentre(last)).resolves.toBe(true);
    await expect(visibleAtCentre(table.getByRole('columnheader', { name: /Postes de travail/ }))).resolves.toBe(true);
    await expect(visibleAtCentre(table.getByRole('rowheader', { name: /Urrugne/ }))).resolves.toBe(true);
    const rightmost = table.getByLabel('Année potentiel financier, Urrugne', { exact: true });
    await rightmost.focus();
    await expect(visibleAtCentre(rightmost)).resolves.toBe(true);
    await expect(visibleAtCentre(table.getByRole('columnheader', { name: /Année potentiel financier/ }))).resolves.toBe(true);
    // Back to the first column of figures: it comes out from under the communes' column.
    const first = table.getByLabel('Population DGF, Urrugne', { exact: true });
    await first.focus();
    await expect(visibleAtCentre(first)).resolves.toBe(true);
    await expect(visibleAtCentre(table.getByRole('rowheader', { name: /Urrugne/ }))).resolves.toBe(true);
    await screenshot(page, 'epci-profiles-scrolled', false);
    await page.context().close();
  }, BIG_PAGE_TIMEOUT);

  it('takes a keyboard user down a column past the rows first drawn, each cell in view', async () => {
    const page = await signedInOnEpci(browser, ADMINISTRATOR.email, ADMINISTRATOR.password);
    const table = communesTable(page);
    await table.getByLabel(/^Postes de travail, /).first().focus();
    for (let row = 0; row < 80; row++) await page.keyboard.press('ArrowDown');

    const focused = page.locator('input:focus');
    // The 81st commune, after the header row: the rows below came as the focus went down.
    await expect(focused.evaluate((input) => input.closest('tr')!.getAttribute('aria-rowindex'))).resolves.toBe('82');
    await expect(focused.getAttribute('aria-label')).resolves.toMatch(/^Postes de travail, /);
    await expect(visibleAtCentre(focused)).resolves.toBe(true);
    await page.context().close();
  }, BIG_PAGE_TIMEOUT);

  it('lets its administrator record an OPSN from a suggestion, with a fee per inhabitant', async () => {
    const page = await signedInOnEpci(browser, ADMINISTRATOR.email, ADMINISTRATOR.password);
    await communesTable(page).waitFor();
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'OPSN' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registre des OPSN – CA du Pays Basque' }).waitFor();
    await page.getByText('Le registre ne compte encore aucun OPSN.').waitFor();

    await page.getByRole('button', { name: 'Ajouter un OPSN' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nom', { exact: true }).fill('Agence publique de gestion locale (APGL64)');
    await expect(dialog.getByLabel('Forme juridique').inputValue()).resolves.toBe('SYNDICAT_MIXTE');
    await expect(dialog.getByLabel('Départements servis').inputValue()).resolves.toBe('64');
    await dialog.getByRole('button', { name: 'Ajouter un service' }).click();
    await dialog.getByLabel('Service', { exact: true }).selectOption({ label: 'Dématérialisation' });
    await dialog.getByLabel('Tarif', { exact: true }).selectOption({ label: 'Par habitant' });
    await dialog.getByLabel('Montant par habitant et par an (€)').fill('1,10');
    await expectNoAxeViolation(page);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();

    const registry = page.getByRole('table', { name: 'Registre des OPSN de CA du Pays Basque' });
    await registry.getByText(/Dématérialisation : 1,10\s€ par habitant et par an/).waitFor();
    await expectNoAxeViolation(page);
    await screenshot(page, 'opsn-registry');
    await page.context().close();
  });
});

it("shows a commune reviewer the demo EPCI's figures and OPSN registry read-only", async () => {
  const page = await signedInOnEpci(browser, 'moissac@demo.mutualis.fr');
  const table = page.getByRole('table', { name: /Communes membres de CC Terres des Confluences/ });
  await table.waitFor();
  await expect(table.getByRole('row').count()).resolves.toBe(24);
  await expect(table.getByRole('row', { name: /Moissac/ }).getByText('Votre commune').count()).resolves.toBe(1);
  await expect(table.getByRole('textbox').count()).resolves.toBe(0);
  await expect(table.getByRole('checkbox').count()).resolves.toBe(0);
  await expect(page.getByRole('button', { name: 'Importer un fichier CSV' }).count()).resolves.toBe(0);
  await expect(page.getByRole('button', { name: 'Ajouter la métrique' }).count()).resolves.toBe(0);
  await expectNoAxeViolation(page);
  await screenshot(page, 'epci-profiles-reviewer');

  await page.getByRole('link', { name: 'OPSN' }).click();
  await page.getByRole('heading', { level: 1, name: /Registre des OPSN/ }).waitFor();
  await expect(page.getByRole('button', { name: 'Ajouter un OPSN' }).count()).resolves.toBe(0);
  await expectNoAxeViolation(page);
  await page.context().close();
});
