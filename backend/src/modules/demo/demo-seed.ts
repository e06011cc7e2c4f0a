import { DataSource, type EntityManager } from 'typeorm';
import type { SchemeAction } from '../../domain/scheme/action.js';
import { EMPTY_FIGURES } from '../../domain/territory/commune-profile.js';
import type { Role } from '../../domain/access/permissions.js';
import { grantMembership } from '../accounts/grant-membership.js';
import { hashDemoPassword } from '../auth/passwords.js';
import { loadProfiles, saveProfiles } from '../commune-profiles/profile-store.js';
import { loadScheme } from '../schemes/scheme-store.js';
import { importFromOfficialData } from '../territory/territory.service.js';
import { draftContent, insertVersion } from '../versions/version-store.js';

/** CC Terres des Confluences (Tarn-et-Garonne): 22 communes, FPU. */
export const DEMO_EPCI_SIREN = '200066322';
export const DEMO_PASSWORD = 'demo-mutualis-2026';

export interface DemoAccount {
  email: string;
  name: string;
  role: Role | 'OPERATOR';
  communeInsee?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'redaction@demo.mutualis.fr', name: 'Damien Rédacteur', role: 'DRAFTER' },
  { email: 'moissac@demo.mutualis.fr', name: 'Romane Référente (Moissac)', role: 'REVIEWER', communeInsee: '82112' },
  { email: 'elu@demo.mutualis.fr', name: 'Élodie Vice-présidente', role: 'ELECTED' },
  { email: 'admin@demo.mutualis.fr', name: 'Alice Administratrice', role: 'ADMIN' },
  { email: 'operateur@demo.mutualis.fr', name: 'Opérateur de la plateforme', role: 'OPERATOR' },
];

const DEMO_ACTOR = { actorUserId: null, actorLabel: 'demo-seed', ip: null };

/** Fills an empty database with the demo EPCI and one account per role. Does nothing otherwise. */
export async function seedDemo(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const [{ users }] = await manager.query(`SELECT count(*)::int AS users FROM app_user`);
    if (users > 0) return false;
    const { epci } = await importFromOfficialData(manager, DEMO_EPCI_SIREN, DEMO_ACTOR);
    const hash = await hashDemoPassword(DEMO_PASSWORD);
    for (const account of DEMO_ACCOUNTS) {
      if (account.role === 'OPERATOR') {
        await manager.query(`INSERT INTO app_user (email, name, password_hash, is_operator) VALUES ($1, $2, $3, true)`, [
          account.email,
          account.name,
          hash,
        ]);
        continue;
      }
      const [commune] = account.communeInsee
        ? await manager.query(`SELECT id FROM commune WHERE epci_id = $1 AND insee_code = $2`, [epci.id, account.communeInsee])
        : [null];
      await grantMembership(
        manager,
        { epciId: epci.id, email: account.email, name: account.name, passwordHash: hash, role: account.role, communeId: commune?.id },
        DEMO_ACTOR,
      );
    }
    await seedDemoProfiles(manager, epci.id);
    await seedDemoScheme(manager, epci.id);
    return true;
  });
}

/**
 * Illustrative figures (not official ones) in proportion to each commune's population, so that
 * every cost key has something to work on in the demo: DGF population, agents, devices,
 * potentiel financier, and days of DPO work.
 */
async function seedDemoProfiles(manager: EntityManager, epciId: string) {
  const [metric] = await manager.query(
    `INSERT INTO usage_metric (epci_id, key, label, reference_year) VALUES ($1, 'jours_de_dpo', 'jours de DPO', 2025) RETURNING key`,
    [epciId],
  );
  const profiles = await loadProfiles(manager, [epciId]);
  await saveProfiles(
    manager,
    epciId,
    null,
    profiles.map((profile) => {
      const people = profile.commune.populationTotale;
      return {
        profile,
        expectedRevision: 0,
        figures: {
          ...EMPTY_FIGURES,
          populationDgf: Math.round(people * 1.04),
          populationDgfYear: 2025,
          agentsEtp: (Math.round(people / 60) / 2).toFixed(1),
          agentsYear: 2025,
          workstations: Math.max(2, Math.round(people / 55)),
          phones: Math.max(1, Math.round(people / 140)),
          tablets: Math.round(people / 450),
          devicesYear: 2026,
          potentielFinancierCents: people * 91_500,
          potentielFinancierYear: 2025,
          metrics: { [metric.key]: String(Math.max(0.5, Math.round(people / 2500) / 2)) },
        },
      };
    }),
  );
}

/** A draft with one action of four kinds over the demo communes, so the costing views have content, frozen once. */
async function seedDemoScheme(manager: EntityManager, epciId: string) {
  const [drafter] = await manager.query(`SELECT id FROM app_user WHERE email = $1`, [DEMO_ACCOUNTS[0].email]);
  const [scheme] = await manager.query(
    `INSERT INTO scheme (epci_id, title, description, mandate_first, mandate_last, created_by, updated_by)
     VALUES ($1, 'Schéma de mutualisation 2026–2032', 'Projet de démonstration : montants illustratifs.', 2026, 2032, $2, $2) RETURNING id`,
    [epciId, drafter.id],
  );
  const communes: { insee_code: string }[] = await manager.query(`SELECT insee_code FROM commune WHERE epci_id = $1 ORDER BY insee_code`, [epciId]);
  const insees = communes.map((c) => c.insee_code);
  const years = { first: 2026, last: 2032 };
  const everyone = (statusQuoCents: number | null) =>
    insees.map((insee) => ({ insee, payment: 'INVOICE' as const, statusQuoCents, etpTransferred: null }));
  const base = { description: '', obligations: [], years, statusQuo: { kind: 'ENTERED' as const }, epciEtpGained: null };
  const actions: Omit<SchemeAction, 'id'>[] = [
    {
      ...base,
      title: 'DSI mutualisée',
      theme: 'CYBERSECURITY',
      obligations: ['NIS2', 'GDPR'],
      kind: 'SHARED_SERVICE',
      participants: everyone(null),
      statusQuo: { kind: 'PER_INHABITANT', population: 'municipale', rateCents: '400' },
      costLines: [
        { kind: 'staff', label: 'Techniciens', years, etp: '2', loadedAnnualCostCents: 5_200_000, indexationPercent: '2' },
        { kind: 'yearly', label: 'Licences et hébergement', nature: 'OPERATING', years, amountCents: 1_800_000 },
      ],
      allocation: { kind: 'split', epciShare: { kind: 'percent', percent: '30' }, key: { kind: 'devices', devices: ['workstations'] } },
      epciEtpGained: '2',
      details: { kind: 'SHARED_SERVICE', function: 'IT', functionLabel: null, impactSheetDone: true, cstOpinionObtained: false },
    },
    {
      ...base,
      title: 'DPO mutualisé',
      theme: 'DATA',
      obligations: ['GDPR'],
      kind: 'POOLED_DPO',
      participants: everyone(null),
      statusQuo: { kind: 'FLAT', amountCents: 150_000 },
      costLines: [],
      allocation: {
        kind: 'tariff',
        paidTo: 'PROVIDER',
        price: [
          { kind: 'flat', amountCents: 20_000 },
          { kind: 'perUnit', metric: 'jours_de_dpo', unitLabel: 'jours de DPO', rateCents: 25_000 },
        ],
      },
      details: { kind: 'POOLED_DPO', provider: 'CENTRE_DE_GESTION', providerName: null },
    },
    {
      ...base,
      title: 'Groupement de commandes de postes reconditionnés',
      theme: 'SUSTAINABLE_DIGITAL',
      obligations: ['AGEC'],
      kind: 'GROUP_PURCHASE',
      participants: everyone(null).slice(0, 8),
      costLines: [],
      allocation: null,
      details: {
        kind: 'GROUP_PURCHASE',
        coordinator: 'EPCI',
        lots: [{ label: 'postes reconditionnés', unitPriceCents: '55000', quantities: Object.fromEntries(insees.slice(0, 8).map((insee, i) => [insee, String(2 + (i % 4))])) }],
        expectedGainPercent: '12',
        contractYears: 4,
      },
    },
    {
      ...base,
      title: 'Traceur grand format partagé',
      theme: 'INFRASTRUCTURE',
      kind: 'SHARED_ASSET',
      participants: everyone(null).slice(0, 5),
      costLines: [],
      allocation: { kind: 'split', key: { kind: 'equal' } },
      details: { kind: 'SHARED_ASSET', acquisitionCents: 1_200_000, acquisitionYear: 2027, depreciationYears: 5, runningCostCents: 80_000 },
    },
  ];
  await manager.query(
    `INSERT INTO scheme_action (scheme_id, position, definition) SELECT $1, o.position - 1, o.definition
     FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS o(definition, position)`,
    [scheme.id, JSON.stringify(actions)],
  );
  // A first version, so the timeline has something to open and compare the draft's changes with.
  const draft = (await loadScheme(manager, scheme.id))!;
  await insertVersion(manager, {
    scheme: draft,
    content: await draftContent(manager, draft),
    message: 'v1 — projet présenté en conférence des maires',
    authorId: drafter.id,
  });
}
