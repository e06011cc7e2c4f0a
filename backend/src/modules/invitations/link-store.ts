import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** The two kinds of single-use link a person receives by mail, and how long each stays valid. */
export const LINKS = {
  INVITATION: { path: '/invitation', lifetimeSeconds: 72 * 3600 },
  PASSWORD_RESET: { path: '/mot-de-passe/nouveau', lifetimeSeconds: 3600 },
} as const;
export type LinkPurpose = keyof typeof LINKS;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Issues a link: a random 256-bit token, of which only the SHA-256 is stored. Earlier unused links
 * of the same purpose stop working, so only the latest mail's link is valid. The token travels in
 * the URL's fragment, which browsers never send to a server nor put in a Referer.
 */
export async function issueLink(
  manager: EntityManager,
  link: { userId: string; purpose: LinkPurpose; epciId: string | null; now: Date; publicUrl: string },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const { path, lifetimeSeconds } = LINKS[link.purpose];
  // A superseded link expires (it says so and offers a new one) rather than passing for used.
  await manager.query(`UPDATE user_token SET expires_at = $3 WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3`, [
    link.userId,
    link.purpose,
    link.now,
  ]);
  await manager.query(
    `INSERT INTO user_token (user_id, purpose, token_hash, epci_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [link.userId, link.purpose, hashOf(token), link.epciId, link.now, new Date(link.now.getTime() + lifetimeSeconds * 1000)],
  );
  return `${link.publicUrl}${path}#${token}`;
}

export interface LinkRow {
  id: string;
  userId: string;
  epciId: string | null;
  email: string;
  name: string;
  expired: boolean;
  used: boolean;
  /** No newer link of this purpose was sent to this account since. */
  latest: boolean;
  /** The account was disabled since the link was sent. */
  disabled: boolean;
  hasPassword: boolean;
}

/** The link a token names, locked for this transaction so two clicks cannot both use it. */
export async function findLink(manager: EntityManager, token: string, purpose: LinkPurpose, now: Date): Promise<LinkRow | null> {
  const [row] = await manager.query(
    `SELECT t.id, t.user_id AS "userId", t.epci_id AS "epciId", u.email, u.name,
            t.expires_at <= $3 AS expired, t.used_at IS NOT NULL AS used,
            NOT EXISTS (SELECT 1 FROM user_token n WHERE n.user_id = t.user_id AND n.purpose = t.purpose AND n.created_at > t.created_at) AS latest,
            u.disabled_at IS NOT NULL AS disabled, u.password_hash IS NOT NULL AS "hasPassword"
     FROM user_token t JOIN app_user u ON u.id = t.user_id
     WHERE t.token_hash = $1 AND t.purpose = $2
     FOR UPDATE OF t`,
    [hashOf(token), purpose, now],
  );
  return row ?? null;
}

export async function markUsed(manager: EntityManager, linkId: string, now: Date): Promise<void> {
  await manager.query(`UPDATE user_token SET used_at = $2 WHERE id = $1`, [linkId, now]);
}
