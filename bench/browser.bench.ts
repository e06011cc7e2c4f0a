// The pages as a person on a modest machine or a slow link meets them, measured in Debian's
// Chromium through the DevTools protocol, on the bench scheme (CA du Pays Basque, 158 communes,
// 40 actions): the commune figures table's keystroke → next frame with the CPU slowed 4×, and the
// scheme page's largest contentful paint under Fast 3G emulation. Also what the build ships: the
// initial JavaScript, render-blocking resources, font files and cache headers.
// Run: npm run bench (builds first). Exits 1 over budget.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { GOOD_PASSWORD, OPERATOR } from '../test/support/accounts';
import { REPO_ROOT, freshDatabase, runNode, startServer } from '../test/support/server';
import { DRAFTER_EMAIL, prepareBenchScheme } from './fixtures/bench-scheme';

const BUDGET = { keystrokeMedianMs: 50, keystrokeMaxMs: 100, lcpMs: 1500, initialJsKb: 250, blockingKb: 30 };
const CPU_SLOWDOWN = 4;
// Fast 3G as Lighthouse and WebPageTest define it: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
const FAST_3G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const DIST = path.join(REPO_ROOT, 'frontend/dist');

const percentile = (sorted: readonly number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
const kb = (bytes: number) => bytes / 1024;
const within = (value: number, budget: number) => (value <= budget ? '✓' : '✗ over budget');

/** What index.html makes the browser fetch before the first paint, and the fonts the build ships. */
function shippedFiles() {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const file = (href: string) => fs.readFileSync(path.join(DIST, href));
  const gzip = (href: string) => zlib.gzipSync(file(href)).length;
  // A chunk both loaded as a script (src/early.ts) and preloaded for the other counts once.
  const scripts = [...new Set([...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g), ...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]))];
  const stylesheets = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]);
  const assets = fs.readdirSync(path.join(DIST, 'assets'));
  const inlinedFonts = assets.filter((a) => a.endsWith('.css') && /url\(["']?data:font/.test(fs.readFileSync(path.join(DIST, 'assets', a), 'utf8')));
  return {
    initialJsGzip: scripts.reduce((sum, s) => sum + gzip(s), 0),
    blocking: [...scripts, ...stylesheets].map((href) => ({ href, bytes: file(href).length, gzip: gzip(href) })),
    fonts: assets.filter((a) => a.endsWith('.woff2')).map((a) => ({ name: a, bytes: fs.statSync(path.join(DIST, 'assets', a)).size })),
    inlinedFonts,
    someAsset: `assets/${assets.find((a) => a.endsWith('.js'))}`,
  };
}

async function signIn(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel('Adresse électronique').fill(DRAFTER_EMAIL);
  await page.getByLabel('Mot de passe').fill(GOOD_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
  return page;
}

/**
 * Keystrokes in the commune figures table with the CPU slowed down: from each key's event to the
 * end of the next frame (a task queued from that frame's animation callback runs once it is drawn).
 * Digits typed in a cell, Enter to commit, the down arrow to the next row, as a person fills a column.
 */
async function keystrokeLatencies(page: Page, url: string, epciId: string) {
  await page.goto(`${url}/epci/${epciId}`);
  const table = page.getByRole('table', { name: /Communes membres de/ });
  await table.waitFor();
  // Bayonne, a third of the way down: its row is drawn once the table's box is scrolled near it.
  const bayonne = table.getByLabel('Postes de travail, Bayonne');
  await page.locator('.table-scroll--framed').hover();
  for (let step = 0; step < 60 && (await bayonne.count()) === 0; step++) await page.mouse.wheel(0, 400);
  await bayonne.focus();
  await page.evaluate(() => {
    const latencies: number[] = [];
    (window as unknown as { latencies: number[] }).latencies = latencies;
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => latencies.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  for (let row = 0; row < 8; row++) {
    for (const key of ['4', '2', '0', 'Backspace', '1', 'Enter', 'ArrowDown']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(150);
    }
  }
  await page.waitForTimeout(500);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const latencies = (await page.evaluate(() => (window as unknown as { latencies: number[] }).latencies)).sort((a, b) => a - b);
  return { count: latencies.length, median: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), max: latencies.at(-1)! };
}

/** The scheme page opened afresh (empty cache, signed in) on a Fast 3G link: first and largest contentful paint. */
async function schemePagePaints(browser: Browser, signedIn: Page, url: string, epciId: string, schemeId: string) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 }, storageState: await signedIn.context().storageState() });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const paints = { lcp: 0, fcp: 0 };
    (window as unknown as { paints: typeof paints }).paints = paints;
    new PerformanceObserver((list) => (paints.lcp = list.getEntries().at(-1)!.startTime)).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') paints.fcp = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  await page.goto(`${url}/epci/${epciId}/schemas/${schemeId}`);
  await page.getByRole('table', { name: /Chiffrage par commune/ }).waitFor({ timeout: 60_000 });
  const costingTableAt = await page.evaluate(() => performance.now());
  await page.waitForTimeout(1000);
  const paints = await page.evaluate(() => (window as unknown as { paints: { lcp: number; fcp: number } }).paints);
  await context.close();
  return { ...paints, costingTableAt };
}

async function main() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('frontend/dist is missing: run npm run build');
  const shipped = shippedFiles();
  delete process.env.DATABASE_URL;
  const database = await freshDatabase('bench-browser');
  const server = await (async () => {
    const created = await runNode('cli/user-create.js', ['--operator', '--email', OPERATOR.email, '--name', OPERATOR.name], database.env, `${OPERATOR.password}\n`);
    if (created.code !== 0) throw new Error(`could not create the operator: ${created.stderr}`);
    return startServer(database.env);
  })();
  let browser: Browser | undefined;
  try {
    const { epciId, schemeId } = await prepareBenchScheme(server.url);
    const headers = {
      index: (await fetch(`${server.url}/epci/${epciId}`)).headers.get('cache-control'),
      asset: (await fetch(`${server.url}/${shipped.someAsset}`)).headers.get('cache-control'),
    };
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await signIn(browser, server.url);
    const keystrokes = await keystrokeLatencies(page, server.url, epciId);
    const paints = await schemePagePaints(browser, page, server.url, epciId, schemeId);

    console.log(`Commune figures table, 158 rows — keystroke → next frame, CPU slowed ${CPU_SLOWDOWN}× (${keystrokes.count} keystrokes)`);
    console.table({
      median: { ms: keystrokes.median.toFixed(0), budget: `≤ ${BUDGET.keystrokeMedianMs} ${within(keystrokes.median, BUDGET.keystrokeMedianMs)}` },
      p95: { ms: keystrokes.p95.toFixed(0), budget: '' },
      max: { ms: keystrokes.max.toFixed(0), budget: `≤ ${BUDGET.keystrokeMaxMs} ${within(keystrokes.max, BUDGET.keystrokeMaxMs)}` },
    });
    console.log('Scheme page opened afresh on Fast 3G (150 ms round trip, 1.6 Mbit/s down)');
    console.table({
      'first contentful paint': { ms: paints.fcp.toFixed(0), budget: '' },
      'largest contentful paint': { ms: paints.lcp.toFixed(0), budget: `≤ ${BUDGET.lcpMs} ${within(paints.lcp, BUDGET.lcpMs)}` },
      'costing table shown': { ms: paints.costingTableAt.toFixed(0), budget: '' },
    });
    const largestBlocking = Math.max(...shipped.blocking.map((b) => b.gzip));
    console.log('What the build ships');
    console.table({
      'initial JavaScript (gzip, KB)': { value: kb(shipped.initialJsGzip).toFixed(0), budget: `≤ ${BUDGET.initialJsKb} ${within(kb(shipped.initialJsGzip), BUDGET.initialJsKb)}` },
      'largest render-blocking resource (gzip, KB)': { value: kb(largestBlocking).toFixed(0), budget: '' },
      'fonts inlined in a stylesheet': { value: shipped.inlinedFonts.join(', ') || 'none', budget: 'none' },
      'font files': { value: shipped.fonts.map((f) => `${f.name} (${kb(f.bytes).toFixed(0)} KB)`).join(', '), budget: '' },
      'index.html cache-control': { value: headers.index, budget: 'no-store' },
      'hashed asset cache-control': { value: headers.asset, budget: 'public, max-age=31536000, immutable' },
    });
    const blockingCss = shipped.blocking.filter((b) => b.href.endsWith('.css'));
    console.table(Object.fromEntries(shipped.blocking.map((b) => [b.href, { 'bytes (KB)': kb(b.bytes).toFixed(0), 'gzip (KB)': kb(b.gzip).toFixed(0) }])));
    const over = [
      keystrokes.median > BUDGET.keystrokeMedianMs && 'keystroke median',
      keystrokes.max > BUDGET.keystrokeMaxMs && 'keystroke max',
      paints.lcp > BUDGET.lcpMs && 'largest contentful paint',
      kb(shipped.initialJsGzip) > BUDGET.initialJsKb && 'initial JavaScript',
      blockingCss.some((b) => kb(b.gzip) > BUDGET.blockingKb) && 'render-blocking stylesheet',
      shipped.inlinedFonts.length > 0 && 'inlined fonts',
      headers.index !== 'no-store' && 'index.html cache-control',
      headers.asset !== 'public, max-age=31536000, immutable' && 'asset cache-control',
    ].filter(Boolean);
    if (over.length > 0) {
      console.error(`Over budget: ${over.join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser?.close();
    await server.stop();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
