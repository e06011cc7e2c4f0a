import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { Client } from '../support/graphql';
import { ARTIFACTS, DEMO_PASSWORD, expectNoAxeViolation, launchBrowser, screenshot, signedIn } from './browser';

/**
 * Office files in a real browser: an elected official downloads the draft's workbook and the
 * version's report from their pages, and each opens in LibreOffice (converted to PDF, headless)
 * with the EPCI's figures in it. LibreOffice comes from Debian (libreoffice-calc,
 * libreoffice-writer, poppler-utils).
 */
const ELECTED = 'elu@demo.mutualis.fr';
const DEMO_SCHEME = 'Schéma de mutualisation 2026–2032';
const JOURNEY_TIMEOUT = 240_000;

let browser: Browser;
let workDir: string;
let scheme: { id: string; epciId: string; versionId: string; communesCents: number; firstCommune: { name: string; schemeCents: number } };

beforeAll(async () => {
  browser = await launchBrowser();
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mutualis-exports-'));
  const elected = new Client(undefined, '10.0.25.1');
  await elected.login(ELECTED, DEMO_PASSWORD);
  const { me } = await elected.ok(`{ me { memberships { epci { id } } } }`);
  const epciId = me.memberships[0].epci.id;
  const { schemes } = await elected.ok(`query ($epciId: ID!) { schemes(epciId: $epciId) { id title versions { id number } } }`, { epciId });
  const demo = schemes.find((s: { title: string }) => s.title === DEMO_SCHEME);
  const v1 = demo.versions.find((v: { number: number }) => v.number === 1);
  const { version } = await elected.ok(`query ($id: ID!) { version(id: $id) { content } }`, { id: v1.id });
  const [first] = version.content.costing.communes;
  scheme = {
    id: demo.id,
    epciId,
    versionId: v1.id,
    communesCents: version.content.costing.totals.mandate.communesCents,
    firstCommune: { name: first.name, schemeCents: first.mandate.schemeCents },
  };
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

/** Clicks a download button and keeps the file under the name the server gave. */
async function downloadFrom(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const target = path.join(workDir, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

/** LibreOffice's rendering of the file as PDF, read back as text with its page count. */
function convertedToPdf(file: string): { pages: number; text: string } {
  const outDir = path.join(workDir, path.extname(file).slice(1));
  execFileSync('libreoffice', [`-env:UserInstallation=file://${path.join(workDir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file], {
    timeout: 120_000,
    stdio: 'pipe',
  });
  const pdf = path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
  fs.copyFileSync(pdf, path.join(ARTIFACTS, path.basename(pdf)));
  const info = execFileSync('pdfinfo', [pdf]).toString();
  return { pages: Number(info.match(/^Pages:\s+(\d+)/m)![1]), text: execFileSync('pdftotext', ['-layout', pdf, '-']).toString().replace(/[\u202f\u00a0]/g, ' ') };
}

const inEuros = (cents: number) =>
  `${Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${String(cents % 100).padStart(2, '0')}`;

describe('office files', () => {
  it(
    'downloads the draft’s workbook, which LibreOffice Calc opens with its summary and the communes',
    async () => {
      const page = await signedIn(browser, ELECTED);
      await page.goto(`${process.env.MUTUALIS_URL}/epci/${scheme.epciId}/schemas/${scheme.id}`);
      await page.getByRole('heading', { level: 1, name: DEMO_SCHEME }).waitFor();
      await expectNoAxeViolation(page);
      const file = await downloadFrom(page, 'Classeur de répartition (.xlsx)');
      expect(path.basename(file)).toMatch(/^mutualis-cc-terres-des-confluences-projet-r\d+-\d{4}-\d{2}-\d{2}\.xlsx$/);
      await screenshot(page, 'exports-draft');
      const { pages, text } = convertedToPdf(file);
      expect(pages).toBeGreaterThan(1);
      expect(text).toContain('Synthèse');
      expect(text).toContain('CC Terres des Confluences');
      expect(text).toContain(scheme.firstCommune.name);
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'downloads a version’s report, which LibreOffice Writer opens as pages with its sections and amounts',
    async () => {
      const page = await signedIn(browser, ELECTED);
      await page.goto(`${process.env.MUTUALIS_URL}/epci/${scheme.epciId}/schemas/${scheme.id}/versions/${scheme.versionId}`);
      await page.getByRole('button', { name: 'Rapport (.docx)' }).waitFor();
      const file = await downloadFrom(page, 'Rapport (.docx)');
      expect(path.basename(file)).toMatch(/^mutualis-cc-terres-des-confluences-v1-\d{4}-\d{2}-\d{2}\.docx$/);
      const { pages, text } = convertedToPdf(file);
      expect(pages).toBeGreaterThan(2);
      expect(text).toContain('Rapport relatif aux mutualisations');
      expect(text).toContain('Impact sur les effectifs et les dépenses de fonctionnement');
      expect(text).toContain('Pas encore de consultation');
      expect(text).toMatch(/Page 2 sur \d+/);
      expect(text).toContain(`${inEuros(scheme.firstCommune.schemeCents)} €`);
      expect(text).toContain(`${inEuros(scheme.communesCents)} €`);
    },
    JOURNEY_TIMEOUT,
  );
});
