import { Browser } from 'playwright-core';
import { expectNoAxeViolation, launchBrowser, screenshot, signedInOnEpci } from './browser';

/**
 * A person in a real browser (Debian's Chromium) against the built application with its demo
 * data, exactly as `npm start` serves it. Screenshots land in artifacts/ for a human to look at.
 */
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe.each([
  ['redaction@demo.mutualis.fr', 'drafter'],
  ['moissac@demo.mutualis.fr', 'reviewer'],
  ['elu@demo.mutualis.fr', 'elected'],
  ['admin@demo.mutualis.fr', 'admin'],
])('%s', (email, role) => {
  it('signs in and sees the EPCI page with its 22 member communes, accessible', async () => {
    const page = await signedInOnEpci(browser, email);
    await expect(page.getByRole('heading', { level: 1, name: 'CC Terres des Confluences' }).waitFor()).resolves.toBeUndefined();
    await expect(page.getByText('200066322').first().waitFor()).resolves.toBeUndefined();
    const table = page.getByRole('table', { name: /Communes membres de CC Terres des Confluences/ });
    // 22 communes + the header row + the totals row.
    await expect(table.getByRole('row').count()).resolves.toBe(24);
    await expect(table.getByRole('row', { name: /Moissac/ }).getByText('82112').waitFor()).resolves.toBeUndefined();
    await expectNoAxeViolation(page);
    await screenshot(page, `epci-page-${role}`);
    await page.context().close();
  });
});

it('sorts the communes table by population, and logs out', async () => {
  const page = await signedInOnEpci(browser, 'redaction@demo.mutualis.fr');
  const table = page.getByRole('table', { name: /Communes membres/ });
  await table.waitFor();
  const epciUrl = page.url();
  await table.getByRole('button', { name: /Population municipale/ }).click();
  await table.getByRole('button', { name: /Population municipale/ }).click();
  const firstRow = table.getByRole('row').nth(1);
  await expect(firstRow.textContent()).resolves.toMatch(/Castelsarrasin/);
  await page.getByRole('link', { name: 'OPSN' }).click();
  await page.waitForURL(/\/opsn$/);
  await page.getByRole('button', { name: /Damien Rédacteur/ }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('button', { name: 'Se connecter' }).waitFor()).resolves.toBeUndefined();
  // The back button does not bring the signed-in EPCI page back: it asks to sign in.
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Se connecter' }).waitFor()).resolves.toBeUndefined();
  await expect(page.getByRole('table', { name: /Communes membres/ }).count()).resolves.toBe(0);
  // The session is gone on the server too: opening the EPCI page again asks to sign in.
  await page.goto(epciUrl);
  await expect(page.getByRole('button', { name: 'Se connecter' }).waitFor()).resolves.toBeUndefined();
  await screenshot(page, 'after-logout', false);
  await page.context().close();
});

it('tells a person who mistypes their password, in French, without saying which part was wrong', async () => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(process.env.MUTUALIS_URL!);
  await page.getByLabel('Adresse électronique').fill('admin@demo.mutualis.fr');
  await page.getByLabel('Mot de passe').fill('pas le bon mot de passe');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByText('Adresse électronique ou mot de passe incorrect.').waitFor()).resolves.toBeUndefined();
  await expectNoAxeViolation(page);
  await context.close();
});
