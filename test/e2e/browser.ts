import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { Browser, Locator, Page, chromium } from 'playwright-core';
import { REPO_ROOT } from '../support/server';

/**
 * What every browser journey needs: Debian's Chromium, a signed-in person, an accessibility
 * check and screenshots in artifacts/ for a human to look at.
 */
export const ARTIFACTS = path.join(REPO_ROOT, 'artifacts');
export const DEMO_PASSWORD = 'demo-mutualis-2026';

export function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A new browser context (no cookies), signed in through the login page. */
export async function signIn(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(process.env.MUTUALIS_URL!);
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  return page;
}

/** Signed in and on the application: its main navigation is shown. */
export async function signedIn(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await signIn(browser, email, password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
  return page;
}

/** Opens an invitation or reset link in a new context, chooses the password, and waits to be signed in. */
export async function choosePassword(browser: Browser, link: string, password: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByLabel('Confirmez le mot de passe').fill(password);
  await page.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
  await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
  return page;
}

/** Text as a person reads it: French typography's narrow and no-break spaces as plain spaces. */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/[\u202f\u00a0]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The value shown for a term among a page's key figures (« Coût total sur le mandat »…). */
export const factOf = (page: Page, term: string) => textOf(page.locator('.facts__item').filter({ hasText: term }).locator('dd'));

/** `exclude`: a CSS selector of parts not to check, e.g. rows repeating ones already checked. */
export async function expectNoAxeViolation(page: Page, exclude?: string) {
  // Dialogs fade in: contrast is measured once transitions are over, not halfway.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  const { violations } = await (exclude ? builder.exclude(exclude) : builder).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

export async function screenshot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });
}
