import { Browser, Page } from 'playwright-core';
import { GOOD_PASSWORD } from '../support/accounts';
import { acceptedInvitation } from '../support/fixtures';
import { Client } from '../support/graphql';
import { DEMO_PASSWORD, expectNoAxeViolation, launchBrowser, factOf, screenshot, signedIn, textOf } from './browser';

/**
 * The drafter's journey through a draft scheme in a real browser against the built application
 * and its demo data: a scheme, one action of each kind typed through the forms, one commune's
 * sheet checked against figures computed by hand here, and two drafters editing at once.
 */
const DRAFTER = 'redaction@demo.mutualis.fr';
const SECOND_DRAFTER = { email: 'seconde@demo.mutualis.fr', name: 'Sophie Seconde' };
// The demo data already holds « Schéma de mutualisation 2026–2032 »: this journey makes its own.
const SCHEME_TITLE = 'Schéma du parcours de rédaction';
const OPSN_NAME = 'Syndicat numérique de démonstration';
const JOURNEY_TIMEOUT = 240_000;

let browser: Browser;
/** Moissac's figures from the demo data, which the hand computations below start from. */
let moissac: { populationTotale: number; dpoDays: number };

beforeAll(async () => {
  browser = await launchBrowser();

  // The registry entry an OPSN membership is priced from, and a second drafter account.
  const drafter = new Client();
  await drafter.login(DRAFTER, DEMO_PASSWORD);
  const { me } = await drafter.ok(`{ me { memberships { epci { id } } } }`);
  const epciId = me.memberships[0].epci.id;
  await drafter.ok(`mutation ($epciId: ID!, $input: OpsnInput!) { createOpsn(epciId: $epciId, input: $input) { id } }`, {
    epciId,
    input: {
      name: OPSN_NAME,
      legalForm: 'SYNDICAT_MIXTE',
      departments: ['82'],
      services: [{ kind: 'TELETRANSMISSION', fee: { kind: 'PER_INHABITANT', amount: '1,10' } }],
    },
  });
  const admin = new Client();
  await admin.login('admin@demo.mutualis.fr', DEMO_PASSWORD);
  await admin.ok(`mutation ($input: CreateMemberInput!) { createMember(input: $input) { user { id } } }`, {
    input: { epciId, ...SECOND_DRAFTER, role: 'DRAFTER' },
  });
  // The demo has no SMTP server: the invitation is read from the outbox, and GOOD_PASSWORD chosen from it.
  await acceptedInvitation(admin, epciId, SECOND_DRAFTER.email);
  const { epci } = await drafter.ok(`query ($id: ID!) { epci(id: $id) { communes { inseeCode populationTotale profile { metrics { key value } } } } }`, {
    id: epciId,
  });
  const commune = epci.communes.find((c: { inseeCode: string }) => c.inseeCode === '82112');
  moissac = {
    populationTotale: commune.populationTotale,
    dpoDays: Number(commune.profile.metrics.find((m: { key: string }) => m.key === 'jours_de_dpo').value),
  };
});
afterAll(() => browser?.close());

const signIn = (email: string, password = DEMO_PASSWORD) => signedIn(browser, email, password);

/** Cents in euros as the pages write them, computed independently: 123456 → « 1 234,56 € ». */
function euros(cents: number): string {
  const whole = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${whole},${String(cents % 100).padStart(2, '0')} €`;
}

async function openScheme(page: Page) {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Schémas' }).click();
  await page.getByRole('link', { name: SCHEME_TITLE }).click();
  await page.getByRole('heading', { level: 1, name: SCHEME_TITLE }).waitFor();
}

async function tick(page: Page, ...communes: string[]) {
  for (const commune of communes) await page.getByLabel(`${commune} participe`, { exact: true }).check();
}

/** Starts a new action of a kind from the scheme page and gives it a title. */
async function newAction(page: Page, kind: string, title: string) {
  await page.getByLabel('Nature de la nouvelle action').selectOption({ label: kind });
  await page.getByRole('button', { name: 'Ajouter une action' }).click();
  await page.getByRole('heading', { level: 1, name: `Nouvelle action – ${kind}` }).waitFor();
  await page.getByLabel('Titre de l’action').fill(title);
}

/** Saves the action and waits for the scheme page to say so. */
async function saveAction(page: Page, title: string) {
  await page.getByRole('button', { name: 'Enregistrer l’action' }).click();
  await page.getByText(`L’action « ${title} » a été enregistrée.`).waitFor();
}

/** The preview row of a payer, once the live costing shows it. */
async function previewCell(page: Page, payer: string) {
  const row = page.getByRole('table', { name: /Part de chaque payeur/ }).getByRole('row', { name: new RegExp(`^${payer}`) });
  await row.waitFor();
  return textOf(row);
}

// Hand computations for Moissac, every action running the whole mandate (7 years).
const YEARS = 7;
const CONTRACT_YEARS = 4;
const expected = () => {
  const sharedService = (1_000_000 * 80) / 100 / 4; // 10 000,00 € a year, EPCI 20 %, 4 communes in equal parts
  const provision = 15_000 * 40; // 150,00 € a file × 40 files
  const groupPurchase = 10 * 40_000 * 0.9; // 10 workstations at 400,00 €, 10 % cheaper together
  const groupPurchaseAlone = 10 * 40_000;
  const dpo = 20_000 + moissac.dpoDays * 25_000; // 200,00 € + days × 250,00 €
  const opsn = Math.round(110 * moissac.populationTotale); // 1,10 € per inhabitant (population totale)
  // Acquisition 6 000,00 € depreciated over 5 years from 2026 (1 200,00 € a year) + running 500,00 €, 2 communes.
  const assetFirstYear = (600_000 / 5 + 50_000) / 2;
  const assetMandate = (600_000 + 50_000 * YEARS) / 2;
  const firstYear = { sharedService, provision, groupPurchase, dpo, opsn, asset: assetFirstYear };
  // Recurring needs of a group purchase count each year of its 4-year contract only.
  const mandate = (sharedService + provision + dpo + opsn) * YEARS + groupPurchase * CONTRACT_YEARS + assetMandate;
  const statusQuo = groupPurchaseAlone * CONTRACT_YEARS;
  return { firstYear, mandate, statusQuo };
};

describe('drafting a scheme', () => {
  it('creates a scheme and adds one action of each kind through the forms, accessible at every step', async () => {
    const page = await signIn(DRAFTER);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Schémas' }).click();
    await page.getByRole('heading', { level: 1, name: /Schémas de mutualisation/ }).waitFor();
    await expectNoAxeViolation(page);

    await page.getByRole('button', { name: 'Nouveau schéma' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau schéma de mutualisation' });
    await dialog.getByLabel('Titre du schéma').fill(SCHEME_TITLE);
    await expect(dialog.getByLabel('Première année').inputValue()).resolves.toBe('2026');
    await expect(dialog.getByLabel('Dernière année').inputValue()).resolves.toBe('2032');
    await expectNoAxeViolation(page);
    await dialog.getByRole('button', { name: 'Créer le schéma' }).click();
    await page.getByRole('heading', { level: 1, name: SCHEME_TITLE }).waitFor();
    await expect(textOf(page.locator('.scheme-header__meta'))).resolves.toMatch(/^Mandat 2026–2032 · révision 1/);
    await expectNoAxeViolation(page);

    // Shared service: one yearly line of 10 000,00 €, 20 % for the EPCI, the rest in equal parts.
    await newAction(page, 'Service commun', 'DSI mutualisée');
    await tick(page, 'Angeville', 'Boudou', 'Castelferrus', 'Moissac');
    await page.getByRole('button', { name: 'Ajouter une dépense annuelle' }).click();
    const line = page.getByRole('group', { name: /Ligne de coût 1/ });
    await line.getByLabel('Libellé').fill('Infogérance');
    await line.getByLabel('Montant annuel (€)').fill('10 000,00');
    await page.getByRole('radio', { name: 'Un pourcentage du coût' }).check();
    await page.getByLabel('Part de l’intercommunalité (%)').fill('20');
    await page.getByLabel('Fiche d’impact réalisée').check();
    await expect(previewCell(page, 'Moissac')).resolves.toContain(`${euros(200_000)} ${euros(1_400_000)}`);
    await expect(previewCell(page, 'Intercommunalité')).resolves.toContain(euros(200_000));
    await expectNoAxeViolation(page);
    await screenshot(page, 'action-form-shared-service');
    await saveAction(page, 'DSI mutualisée');

    // Provision of services: 150,00 € a file, 40 files forecast for Moissac.
    await newAction(page, 'Mise à disposition de services', 'Instruction ADS');
    await tick(page, 'Moissac', 'Boudou');
    await page.getByLabel('Unité d’œuvre (au pluriel)').fill('dossiers');
    await page.getByLabel('Coût unitaire de fonctionnement (€)').fill('150');
    await page.getByLabel('Unités prévues par an pour Moissac').fill('40');
    await page.getByLabel('Unités prévues par an pour Boudou').fill('10');
    await expect(previewCell(page, 'Moissac')).resolves.toContain(euros(600_000));
    await saveAction(page, 'Instruction ADS');

    // Group purchase: 10 workstations at 400,00 €, 10 % expected gain.
    await newAction(page, 'Groupement de commandes', 'Postes reconditionnés');
    await tick(page, 'Moissac', 'Boudou');
    await page.getByLabel('Lot 1 : désignation').fill('Postes reconditionnés');
    await page.getByLabel('Lot 1 : prix unitaire seul (€)').fill('400');
    await page.getByLabel('Quantité de Moissac pour le lot 1').fill('10');
    await page.getByLabel('Quantité de Boudou pour le lot 1').fill('4');
    await page.getByLabel('Gain attendu du groupement (%)').fill('10');
    await expect(page.getByRole('radio', { name: 'Besoins récurrents, chaque année du marché' }).isChecked()).resolves.toBe(true);
    await expect(previewCell(page, 'Moissac')).resolves.toContain(euros(360_000));
    await expectNoAxeViolation(page);
    await saveAction(page, 'Postes reconditionnés');

    // Pooled DPO: the centre de gestion's tariff, 200,00 € per member + 250,00 € per day.
    await newAction(page, 'DPO mutualisé', 'DPO du centre de gestion');
    await tick(page, 'Moissac', 'Boudou', 'Angeville');
    await page.getByLabel('Forfait par commune et par an (€)').fill('200');
    await page.getByLabel('Prix par unité (€)').fill('250');
    await expect(previewCell(page, 'Moissac')).resolves.toContain(euros(expected().firstYear.dpo));
    await expectNoAxeViolation(page);
    await saveAction(page, 'DPO du centre de gestion');

    // OPSN membership: the registry's 1,10 € per inhabitant, each commune paying its own fee.
    await newAction(page, 'Adhésion à un OPSN', 'Télétransmission');
    await tick(page, 'Moissac');
    await page.getByLabel('OPSN', { exact: true }).selectOption({ label: OPSN_NAME });
    await page.getByLabel(/Télétransmission ACTES \/ HELIOS/).check();
    await expect(previewCell(page, 'Moissac')).resolves.toContain(euros(expected().firstYear.opsn));
    await expectNoAxeViolation(page);
    await saveAction(page, 'Télétransmission');

    // Shared asset: bought 6 000,00 € in 2026, 500,00 € a year to run, shared equally by two communes.
    await newAction(page, 'Biens partagés', 'Traceur partagé');
    await tick(page, 'Moissac', 'Boudou');
    await page.getByLabel('Coût d’acquisition (€)').fill('6 000');
    await page.getByLabel('Coût de fonctionnement annuel (€)').fill('500');
    await expect(page.getByRole('radio', { name: 'Amortissement à partir de l’année d’acquisition' }).isChecked()).resolves.toBe(true);
    await expect(previewCell(page, 'Moissac')).resolves.toContain(euros(expected().firstYear.asset));
    await expectNoAxeViolation(page);
    await saveAction(page, 'Traceur partagé');

    await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4 }) }).count()).resolves.toBe(6);
    await expect(page.getByLabel('Seuil d’alerte (fois la médiane de l’action)').inputValue()).resolves.toBe('10');
    await expectNoAxeViolation(page);
    await screenshot(page, 'scheme-editor');
    for (const view of ['Par action', 'Impact (effectifs et fonctionnement)', 'Par année']) {
      await page.getByRole('radio', { name: view }).check();
      if (view === 'Par année') await page.getByRole('img', { name: /Coût du schéma par année/ }).waitFor();
      await expectNoAxeViolation(page);
    }
    await screenshot(page, 'scheme-costing-years');
    await page.context().close();
  }, JOURNEY_TIMEOUT);

  it('opens a scheme from its address with one read each of the session, its title and its costing', async () => {
    const page = await signIn(DRAFTER);
    await openScheme(page);
    const operations: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) operations.push(request.postDataJSON().operationName);
    });
    // Afresh, as from a bookmark: src/early.ts reads the session and the title before the
    // application has loaded, and the application takes those answers instead of asking again.
    await page.goto(page.url());
    await page.getByRole('heading', { level: 1, name: SCHEME_TITLE }).waitFor();
    await page.getByRole('table', { name: /Chiffrage par commune/ }).waitFor();
    expect(operations.filter((name) => ['Me', 'SchemeHead', 'Scheme'].includes(name)).sort()).toEqual(['Me', 'Scheme', 'SchemeHead']);
    await page.context().close();
  });

  it('opens a scheme from its address even when the early read of its title fails: the application asks again', async () => {
    const page = await signIn(DRAFTER);
    await openScheme(page);
    let refused = 0;
    await page.route('**/graphql', (route) =>
      route.request().postDataJSON().operationName === 'SchemeHead' && refused++ === 0 ? route.fulfill({ status: 502, body: 'Bad Gateway' }) : route.continue(),
    );
    await page.goto(page.url());
    await page.getByRole('heading', { level: 1, name: SCHEME_TITLE }).waitFor();
    await page.getByRole('table', { name: /Chiffrage par commune/ }).waitFor();
    expect(refused).toBe(2);
    await page.context().close();
  });

  it('shows Moissac’s sheet with the figures computed by hand, and explains each share', async () => {
    const page = await signIn(DRAFTER);
    await openScheme(page);
    await page.getByRole('radio', { name: 'Par commune' }).check();
    await page.getByRole('table', { name: /Chiffrage par commune/ }).getByRole('link', { name: 'Moissac' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fiche commune : Moissac' }).waitFor();

    const { firstYear, mandate, statusQuo } = expected();
    const fact = (term: string) => factOf(page, term);
    await expect(fact('Coût du schéma sur le mandat')).resolves.toBe(euros(mandate));
    await expect(fact('Situation actuelle sur le mandat')).resolves.toBe(euros(statusQuo));
    // One sign for the saving and its parts, which add up to it.
    const signedCents = (text: string) => (text.startsWith('−') ? -1 : 1) * Number(text.replace(/[^0-9]/g, ''));
    const [saving, operating, investment] = await Promise.all(['Économie', 'dont fonctionnement (recettes comprises)', 'dont investissement'].map(fact));
    expect(signedCents(operating) + signedCents(investment)).toBe(signedCents(saving));
    const shareIn2026 = (action: string) =>
      textOf(page.getByRole('table', { name: `Part de Moissac dans « ${action} », année par année` }).getByRole('row', { name: /^2026/ }));
    await expect(shareIn2026('DSI mutualisée')).resolves.toMatch(new RegExp(`^2026 ${euros(firstYear.sharedService)} Facture .*parts égales`));
    await expect(shareIn2026('Instruction ADS')).resolves.toContain(euros(firstYear.provision));
    await expect(shareIn2026('Postes reconditionnés')).resolves.toContain(euros(firstYear.groupPurchase));
    await expect(shareIn2026('DPO du centre de gestion')).resolves.toContain(euros(firstYear.dpo));
    await expect(shareIn2026('Télétransmission')).resolves.toContain(euros(firstYear.opsn));
    await expect(shareIn2026('Traceur partagé')).resolves.toContain(euros(firstYear.asset));
    await expectNoAxeViolation(page);
    await screenshot(page, 'commune-sheet-moissac');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'commune-sheet-moissac-print');
    await page.context().close();
  }, JOURNEY_TIMEOUT);

  it('lets two drafters edit at once: the later save is told who changed what, loses nothing and re-applies on top', async () => {
    const first = await signIn(DRAFTER);
    const second = await signIn(SECOND_DRAFTER.email, GOOD_PASSWORD);
    for (const page of [first, second]) {
      await openScheme(page);
      await page.getByRole('link', { name: 'Modifier l’action DSI mutualisée' }).click();
      await page.getByLabel('Titre de l’action').waitFor();
    }

    await first.getByLabel('Titre de l’action').fill('DSI mutualisée et cybersécurité');
    await first.getByRole('button', { name: 'Enregistrer l’action' }).click();
    await first.getByText('L’action « DSI mutualisée et cybersécurité » a été enregistrée.').waitFor();

    const amount = second.getByRole('group', { name: /Ligne de coût 1/ }).getByLabel('Montant annuel (€)');
    await amount.fill('12 000,00');
    await second.getByRole('button', { name: 'Enregistrer l’action' }).click();
    const conflict = second.getByRole('region', { name: /Damien Rédacteur a modifié ce schéma le .*, après que vous l’avez ouvert/ });
    await conflict.waitFor();
    await expect(textOf(conflict)).resolves.toContain('Titre : « DSI mutualisée » devient « DSI mutualisée et cybersécurité »');
    await expect(amount.inputValue()).resolves.toBe('12 000,00');
    await expectNoAxeViolation(second);
    await screenshot(second, 'conflict');

    await conflict.getByRole('button', { name: 'Reporter ma saisie sur la dernière version' }).click();
    await expect(second.getByLabel('Titre de l’action').inputValue()).resolves.toBe('DSI mutualisée et cybersécurité');
    await expect(amount.inputValue()).resolves.toBe('12 000,00');
    await second.getByRole('button', { name: 'Enregistrer l’action' }).click();
    await second.getByText('L’action « DSI mutualisée et cybersécurité » a été enregistrée.').waitFor();

    // Both changes are in the scheme: the first drafter's title and the second's amount.
    await second.getByRole('radio', { name: 'Par action' }).check();
    const row = second.getByRole('table', { name: 'Chiffrage par action, sur toute sa durée' }).getByRole('row', { name: /DSI mutualisée et cybersécurité/ });
    await expect(textOf(row)).resolves.toContain(euros(1_200_000 * YEARS));
    await expect(textOf(second.locator('.scheme-header__meta'))).resolves.toMatch(/modifié le .* par Sophie Seconde$/);
    await first.context().close();
    await second.context().close();
  }, JOURNEY_TIMEOUT);

  it('copies the scheme into a variant, then archives the copy once confirmed', async () => {
    const page = await signIn(DRAFTER);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Schémas' }).click();
    await page.getByRole('button', { name: `Dupliquer ${SCHEME_TITLE}` }).click();
    const dialog = page.getByRole('dialog', { name: `Dupliquer « ${SCHEME_TITLE} »` });
    await dialog.getByLabel('Titre de la copie').fill('Variante sans OPSN');
    await expectNoAxeViolation(page);
    await dialog.getByRole('button', { name: 'Dupliquer' }).click();
    await page.getByText('La copie « Variante sans OPSN » a été créée.').waitFor();
    const table = page.getByRole('table', { name: /Schémas de mutualisation en préparation/ });
    await expect(textOf(table.getByRole('row', { name: /Variante sans OPSN/ }))).resolves.toMatch(/^Variante sans OPSN 2026–2032 6 /);
    await expectNoAxeViolation(page);
    await screenshot(page, 'schemes-list');

    await page.getByRole('button', { name: 'Archiver Variante sans OPSN' }).click();
    await page.getByRole('dialog', { name: 'Archiver ce schéma ?' }).getByRole('button', { name: 'Oui' }).click();
    await page.getByText('Le schéma « Variante sans OPSN » a été archivé.').waitFor();
    await expect(table.getByRole('row', { name: /Variante sans OPSN/ }).count()).resolves.toBe(0);
    await expect(table.getByRole('row', { name: new RegExp(SCHEME_TITLE) }).count()).resolves.toBe(1);
    await page.context().close();
  }, JOURNEY_TIMEOUT);

  it('shows the draft read-only to an elected official and not at all to a commune reviewer', async () => {
    const elected = await signIn('elu@demo.mutualis.fr');
    await openScheme(elected);
    await elected.getByText('Lecture seule : seuls les rédacteurs de l’intercommunalité modifient le projet de schéma.').waitFor();
    await expect(elected.getByRole('button', { name: 'Ajouter une action' }).count()).resolves.toBe(0);
    await expectNoAxeViolation(elected);
    await elected.context().close();

    const reviewer = await signIn('moissac@demo.mutualis.fr');
    const nav = reviewer.getByRole('navigation', { name: 'Navigation principale' });
    await expect(nav.getByRole('link', { name: 'Schémas' }).count()).resolves.toBe(0);
    await reviewer.goto(reviewer.url().replace(/\/accueil$/, '/schemas'));
    await reviewer.getByRole('heading', { level: 1, name: 'Accès refusé' }).waitFor();
    await reviewer.context().close();
  }, JOURNEY_TIMEOUT);
});
