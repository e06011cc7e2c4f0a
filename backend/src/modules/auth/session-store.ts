import type { EntityManager } from 'typeorm';
import type { MembershipGrant } from '../../domain/access/permissions.js';

/**
 * Counts one attempt on both counters, a new window once the last one is over, in one statement so
 * that concurrent guesses cannot all slip under the limit. Answers each counter's attempts.
 */
export function countLoginAttempt(manager: EntityManager, keys: readonly [string, string], windowSeconds: number): Promise<{ key: string; attempts: number }[]> {
  return manager.query(
    `INSERT INTO login_attempt_counter AS c (key, window_start, attempts) VALUES ($1, now(), 1), ($2, now(), 1)
     ON CONFLICT (key) DO UPDATE SET
       attempts = CASE WHEN c.window_start > now() - make_interval(secs => $3) THEN c.attempts + 1 ELSE 1 END,
       window_start = CASE WHEN c.window_start > now() - make_interval(secs => $3) THEN c.window_start ELSE now() END
     RETURNING key, attempts`,
    [keys[0], keys[1], windowSeconds],
  );
}

/** A success is not a guess: it clears the pair's count and gives the address its ticket back. */
export async function forgiveLoginAttempt(manager: EntityManager, pairKey: string, addressKey: string): Promise<void> {
  await manager.query(
    `WITH cleared AS (DELETE FROM login_attempt_counter WHERE key = $1)
     UPDATE login_attempt_counter SET attempts = attempts - 1 WHERE key = $2 AND attempts > 0`,
    [pairKey, addressKey],
  );
}

export async function insertSession(
  manager: EntityManager,
  session: { userId: string; tokenHash: string; expiresAt: Date; ip: string; userAgent: string | null },
): Promise<void> {
  await manager.query(`INSERT INTO user_session (user_id, token_hash, expires_at, ip, user_agent) VALUES ($1, $2, $3, $4, $5)`, [
    session.userId,
    session.tokenHash,
    session.expiresAt,
    session.ip,
    session.userAgent,
  ]);
}

/** The person behind a live session, with the requests charged to them this minute when `charge` is set. */
export interface SessionActorRow {
  id: string;
  email: string;
  is_operator: boolean;
  memberships: MembershipGrant[];
  requests: number | null;
}

/**
 * One statement per request: the session's person and their memberships and, when `charge` is set,
 * one more request on their per-minute budget (which holds across instances).
 */
export async function findSessionActor(manager: EntityManager, tokenHash: string, charge: boolean): Promise<SessionActorRow | undefined> {
  const [row] = await manager.query(
    `WITH actor AS (
       SELECT u.id, u.email, u.is_operator,
              coalesce(json_agg(json_build_object('epciId', m.epci_id, 'role', m.role, 'communeId', m.commune_id))
                       FILTER (WHERE m.id IS NOT NULL), '[]') AS memberships
       FROM user_session s
       JOIN app_user u ON u.id = s.user_id AND u.disabled_at IS NULL
       LEFT JOIN membership m ON m.user_id = u.id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
       GROUP BY u.id
     ), charged AS (
       INSERT INTO request_budget AS b (user_id, window_start, requests)
       SELECT id, date_trunc('minute', now()), 1 FROM actor WHERE $2
       ON CONFLICT (user_id) DO UPDATE SET
         requests = CASE WHEN b.window_start = EXCLUDED.window_start THEN b.requests + 1 ELSE 1 END,
         window_start = EXCLUDED.window_start
       RETURNING requests
     )
     SELECT actor.*, (SELECT requests FROM charged) AS requests FROM actor`,
    [tokenHash, charge],
  );
  return row;
}

/** Revokes the session; answers whose it was, or undefined if it was unknown or already revoked. */
export async function revokeSession(manager: EntityManager, tokenHash: string): Promise<string | undefined> {
  const [revoked] = await manager.query(
    `WITH revoked AS (
       UPDATE user_session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL RETURNING user_id
     ) SELECT user_id FROM revoked`,
    [tokenHash],
  );
  return revoked?.user_id;
}

/** Ends a person's sessions, all of them or all but the one kept (the password change's own). */
export async function revokeSessionsOf(manager: EntityManager, userId: string, keptTokenHash?: string): Promise<void> {
  await manager.query(
    `UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND ($2::text IS NULL OR token_hash <> $2)`,
    [userId, keptTokenHash ?? null],
  );
}
