import { DataSource, type EntityManager } from 'typeorm';
import { EMPTY_FIGURES } from '../../domain/territory/commune-profile.js';
import type { Role } from '../../domain/access/permissions.js';
import { grantMembership } from '../accounts/grant-membership.js';
import { hashPassword } from '../auth/passwords.js';
import { loadProfiles, saveProfiles } from '../commune-profiles/profile-store.js';
import { importFromOfficialData } from '../territory/territory.service.js';

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
    for (const account of DEMO_ACCOUNTS) {
      if (account.role === 'OPERATOR') {
        const hash = await hashPassword(DEMO_PASSWORD, account.email);
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
        { epciId: epci.id, email: account.email, name: account.name, password: DEMO_PASSWORD, role: account.role, communeId: commune?.id },
        DEMO_ACTOR,
      );
    }
    await seedDemoProfiles(manager, epci.id);
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
