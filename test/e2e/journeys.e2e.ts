import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { Browser, Page, chromium } from 'playwright-core';
import { REPO_ROOT } from '../support/server';

/**
 * A person in a real browser (Debian's Chromium) against the built application with its demo
 * data, exactly as `npm start` serves it. Screenshots land in artifacts/ for a human to look at.
 */
const ARTIFACTS = path.join(REPO_ROOT, 'artifacts');
const PASSWORD = 'demo-mutualis-2026';
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
afterAll(() => browser?.close());

async function signIn(email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(process.env.MUTUALIS_URL!);
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  return page;
}

async function expectNoAxeViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe.each([
  ['redaction@demo.mutualis.fr', 'drafter'],
  ['moissac@demo.mutualis.fr', 'reviewer'],
  ['elu@demo.mutualis.fr', 'elected'],
  ['admin@demo.mutualis.fr', 'admin'],
])('%s', (email, role) => {
  it('signs in and sees the EPCI page with its 22 member communes, accessible', async () => {
    const page = await signIn(email);
    await expect(page.getByRole('heading', { level: 1, name: 'CC Terres des Confluences' }).waitFor()).resolves.toBeUndefined();
    await expect(page.getByText('200066322').first().waitFor()).resolves.toBeUndefined();
    const table = page.getByRole('table', { name: /Communes membres de CC Terres des Confluences/ });
    // 22 communes + the header row + the totals row.
    await expect(table.getByRole('row').count()).resolves.toBe(24);
    await expect(table.getByRole('row', { name: /Moissac/ }).getByText('82112').waitFor()).resolves.toBeUndefined();
    await expectNoAxeViolation(page);
    await page.screenshot({ path: path.join(ARTIFACTS, `epci-page-${role}.png`), fullPage: true });
    await page.context().close();
  });
});

it('sorts the communes table by population, and logs out', async () => {
  const page = await signIn('redaction@demo.mutualis.fr');
  const table = page.getByRole('table', { name: /Communes membres/ });
  await table.waitFor();
  const epciUrl = page.url();
  await table.getByRole('button', { name: /Population municipale/ }).click();
  await table.getByRole('button', { name: /Population municipale/ }).click();
  const firstRow = table.getByRole('row').nth(1);
  await expect(firstRow.textContent()).resolves.toMatch(/Castelsarrasin/);
  await page.getByRole('button', { name: /Damien Rédacteur/ }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('button', { name: 'Se connecter' }).waitFor()).resolves.toBeUndefined();
  // The session is gone on the server too: opening the EPCI page again asks to sign in.
  await page.goto(epciUrl);
  await expect(page.getByRole('button', { name: 'Se connecter' }).waitFor()).resolves.toBeUndefined();
  await page.screenshot({ path: path.join(ARTIFACTS, 'after-logout.png') });
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
