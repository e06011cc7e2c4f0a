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

describe('what the browser downloads', () => {
  const base = () => process.env.MUTUALIS_URL!;
  const entryOf = async () => (await (await fetch(base())).text()).match(/<script type="module" crossorigin src="(\/assets\/[^"]+)"/)![1];

  it('keeps hashed assets for a year and never caches the page itself', async () => {
    const page = await fetch(`${base()}/epci/quelconque`);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const asset = await fetch(`${base()}${await entryOf()}`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('loads fonts as woff2 files that swap in, none inlined in a stylesheet', async () => {
    const html = await (await fetch(base())).text();
    const stylesheets = [...html.matchAll(/<link rel="stylesheet" crossorigin href="([^"]+)"/g)].map((m) => m[1]);
    const css = (await Promise.all(stylesheets.map(async (href) => (await fetch(`${base()}${href}`)).text()))).join('\n');
    expect(css).not.toMatch(/data:font/);
    const roboto = css.match(/@font-face\{font-family:Roboto Flex Variable;[^}]*latin-wght[^}]*\}/)![0];
    expect(roboto).toMatch(/font-display:swap/);
    const file = roboto.match(/url\(([^)]+\.woff2)\)/)![1];
    const font = await fetch(`${base()}${file}`);
    expect(font.status).toBe(200);
    expect(font.headers.get('content-type')).toBe('font/woff2');
  });
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
