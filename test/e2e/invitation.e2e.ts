import { Browser } from 'playwright-core';
import { GOOD_PASSWORD } from '../support/accounts';
import { freshDatabase, startServer, type FreshDatabase, type TestServer } from '../support/server';
import { TestSmtpServer, linkIn } from '../support/smtp';
import { choosePassword, expectNoAxeViolation, launchBrowser, screenshot, signedIn } from './browser';

/**
 * An administrator invites a reviewer; the reviewer opens the link from the mail a real SMTP
 * server received, chooses a password and lands on their home page. A server of its own, with the
 * demo data and SMTP_URL set.
 */
const REVIEWER = { name: 'Camille Moissagaise', email: 'camille@moissac.example.fr' };
const smtp = new TestSmtpServer();
let database: FreshDatabase;
let server: TestServer;
let browser: Browser;
const sharedUrl = process.env.MUTUALIS_URL;

beforeAll(async () => {
  await smtp.start();
  database = await freshDatabase('invitation');
  server = await startServer({ ...database.env, DEMO: '1', SMTP_URL: smtp.url, MAIL_RETRY_DELAY: '1s' });
  process.env.MUTUALIS_URL = server.url;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  process.env.MUTUALIS_URL = sharedUrl;
  await browser?.close();
  await server?.stop();
  await smtp.stop();
  await database?.drop();
});

it('takes an invited reviewer from the mail to their home page', async () => {
  const admin = await signedIn(browser, 'admin@demo.mutualis.fr');
  await admin.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Comptes' }).click();
  const form = admin.getByRole('region', { name: 'Inviter une personne' });
  await form.getByLabel('Nom et prénom').fill(REVIEWER.name);
  await form.getByLabel('Adresse électronique').fill(REVIEWER.email);
  await form.getByLabel('Rôle', { exact: true }).selectOption({ label: 'Référent communal' });
  await form.getByLabel('Commune représentée').selectOption({ label: 'Moissac (82112)' });
  await form.getByRole('button', { name: 'Inviter' }).click();
  await admin.getByRole('row', { name: new RegExp(REVIEWER.name) }).getByText('Invité').waitFor();
  await expectNoAxeViolation(admin);
  await screenshot(admin, 'invitation-accounts');
  await admin.context().close();

  const [mail] = await smtp.waitFor(1);
  expect(mail!.to).toEqual([REVIEWER.email]);
  const reviewer = await choosePassword(browser, linkIn(mail!.text).url, GOOD_PASSWORD);
  await reviewer.getByRole('button', { name: new RegExp(REVIEWER.name) }).waitFor();
  // Their home page: what the reviewer is expected to do, their commune’s consultations.
  expect(new URL(reviewer.url()).pathname).toMatch(/^\/epci\/[\w-]+\/accueil$/);
  await reviewer.getByRole('heading', { name: /Consultations en cours pour/ }).waitFor();
  await expectNoAxeViolation(reviewer);
  await screenshot(reviewer, 'invitation-home');
}, 240_000);
