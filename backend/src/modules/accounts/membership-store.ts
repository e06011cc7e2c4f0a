import type { EntityManager } from 'typeorm';
import type { Role } from '../../domain/access/permissions.js';
import type { MemberModel } from './models/member.models.js';

const MEMBER_SELECT = `
  SELECT json_build_object('id', u.id, 'email', u.email, 'name', u.name, 'disabled', u.disabled_at IS NOT NULL,
                           'invitationPending', u.password_hash IS NULL) AS "user",
         m.role, m.created_at AS "createdAt",
         CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object(
           'id', c.id, 'inseeCode', c.insee_code, 'siren', c.siren, 'name', c.name,
           'populationMunicipale', c.population_municipale, 'populationTotale', c.population_totale) END AS commune
  FROM membership m
  JOIN app_user u ON u.id = m.user_id
  LEFT JOIN commune c ON c.id = m.commune_id`;

/** An EPCI's members with their account and, for reviewers, their commune; by name. */
export function loadMembers(manager: EntityManager, epciId: string): Promise<MemberModel[]> {
  return manager.query(`${MEMBER_SELECT} WHERE m.epci_id = $1 ORDER BY u.name, u.email`, [epciId]);
}

export async function findMember(manager: EntityManager, epciId: string, userId: string): Promise<MemberModel | undefined> {
  const [row] = await manager.query(`${MEMBER_SELECT} WHERE m.epci_id = $1 AND m.user_id = $2`, [epciId, userId]);
  return row && { ...row, createdAt: new Date(row.createdAt) };
}

export async function findMembership(manager: EntityManager, userId: string, epciId: string): Promise<{ role: Role; communeId: string | null } | undefined> {
  const [found] = await manager.query(`SELECT role, commune_id AS "communeId" FROM membership WHERE user_id = $1 AND epci_id = $2`, [userId, epciId]);
  return found;
}

/** Gives the role, or replaces the one the person had in this EPCI. */
export async function upsertMembership(manager: EntityManager, userId: string, epciId: string, role: Role, communeId: string | null): Promise<void> {
  await manager.query(
    `INSERT INTO membership (user_id, epci_id, role, commune_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, epci_id) DO UPDATE SET role = EXCLUDED.role, commune_id = EXCLUDED.commune_id`,
    [userId, epciId, role, communeId],
  );
}

export async function deleteMembership(manager: EntityManager, userId: string, epciId: string): Promise<void> {
  await manager.query(`DELETE FROM membership WHERE user_id = $1 AND epci_id = $2`, [userId, epciId]);
}

/** The other EPCI the person belongs to. */
export async function otherEpcisOf(manager: EntityManager, userId: string, epciId: string): Promise<string[]> {
  const rows: { epci_id: string }[] = await manager.query(`SELECT epci_id FROM membership WHERE user_id = $1 AND epci_id <> $2`, [userId, epciId]);
  return rows.map((r) => r.epci_id);
}

/** The EPCI's active administrators other than this person. */
export async function countOtherActiveAdmins(manager: EntityManager, epciId: string, userId: string): Promise<number> {
  const [{ count }] = await manager.query(
    `SELECT count(*)::int AS count FROM membership m JOIN app_user u ON u.id = m.user_id
     WHERE m.epci_id = $1 AND m.role = 'ADMIN' AND m.user_id <> $2 AND u.disabled_at IS NULL`,
    [epciId, userId],
  );
  return count;
}

export async function isMemberCommune(manager: EntityManager, communeId: string, epciId: string): Promise<boolean> {
  const found = await manager.query(`SELECT 1 FROM commune WHERE id = $1 AND epci_id = $2 AND is_member`, [communeId, epciId]);
  return found.length > 0;
}
