import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { Browser, Locator, Page, chromium } from 'playwright-core';
import { Client } from '../support/graphql';
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

const consoleErrors = new WeakMap<Page, string[]>();

/** A new browser context (no cookies) whose page records every console error and uncaught exception. */
export async function openPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

/** What the page has logged as errors since it opened. */
export const consoleErrorsOf = (page: Page): string[] => consoleErrors.get(page) ?? [];

/** A new browser context (no cookies), signed in through the login page. */
export async function signIn(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await openPage(browser);
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

/** Signed in, then on the EPCI page (people land on their home page first). */
export async function signedInOnEpci(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await signedIn(browser, email, password);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Intercommunalité' }).click();
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

/**
 * The focused element is visible: at its centre, the page shows it (or its own label), not a
 * sticky bar or column laid over it (WCAG 2.4.11). Returns what covers it, or null.
 */
export async function focusCoveredBy(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return null;
    const box = focused.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return null;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!hit || hit === focused || focused.contains(hit) || hit.contains(focused)) return null;
    const label = hit.closest('label');
    if (label && (label.control === focused || label.contains(focused))) return null;
    // A control drawn over its own native input (a styled checkbox) belongs to the same field.
    if (focused.parentElement?.contains(hit) && !hit.closest('.form-actions, .save-bar--active')) return null;
    return `${focused.tagName.toLowerCase()} « ${focused.getAttribute('aria-label') ?? focused.textContent?.trim().slice(0, 40) ?? ''} » sous ${hit.tagName.toLowerCase()}.${hit.className}`;
  });
}

/**
 * Presses Tab `times` times, or until `last` has the focus (at most 500 times), and fails if any
 * focused element was hidden under something else.
 */
export async function expectFocusAlwaysVisible(page: Page, until: number | Locator) {
  const reached = () => (typeof until === 'number' ? Promise.resolve(false) : until.evaluate((element) => element === document.activeElement));
  const times = typeof until === 'number' ? until : 500;
  const covered: string[] = [];
  for (let i = 0; i < times && !(await reached()); i++) {
    await page.keyboard.press('Tab');
    const cover = await focusCoveredBy(page);
    if (cover) covered.push(cover);
  }
  expect(covered).toEqual([]);
  if (typeof until !== 'number') await expect(reached()).resolves.toBe(true);
}

export async function screenshot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage });
}

/** A journey's own copy of the demo scheme, made by the demo drafter, so journeys never edit the same draft. */
export async function duplicateDemoScheme(address: string, title: string, demoTitle = 'Schéma de mutualisation 2026–2032'): Promise<void> {
  const drafter = new Client(undefined, address);
  await drafter.login('redaction@demo.mutualis.fr', DEMO_PASSWORD);
  const { me } = await drafter.ok(`{ me { memberships { epci { id } } } }`);
  const { schemes } = await drafter.ok(`query ($epciId: ID!) { schemes(epciId: $epciId) { id title } }`, { epciId: me.memberships[0].epci.id });
  const demo = schemes.find((s: { title: string }) => s.title === demoTitle);
  await drafter.ok(`mutation ($id: ID!, $title: String!) { duplicateScheme(id: $id, title: $title) { id } }`, { id: demo.id, title });
}
