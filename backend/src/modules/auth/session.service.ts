import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { Actor, MembershipGrant } from '../../domain/access/permissions.js';
import { DomainError } from '../../domain/errors.js';
import { recordAudit } from '../audit/audit.js';
import { passwordMatches } from './passwords.js';

export interface OpenedSession {
  token: string;
  expiresAt: Date;
  userId: string;
}

/** Tokens travel in the cookie; only their SHA-256 is stored, so a database leak opens no session. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const INVALID_CREDENTIALS = 'Adresse électronique ou mot de passe incorrect.';

@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Signs in. Failures are counted per account and per address from the audit trail itself, so
   * throttling holds across several app instances. Every attempt is audited; messages are generic.
   */
  async login(email: string, password: string, ip: string, userAgent: string | null): Promise<OpenedSession> {
    const address = normaliseEmail(email);
    const attempt = { actorLabel: address, ip, entityType: 'user' };
    if (await this.isThrottled(address, ip)) {
      await recordAudit(this.dataSource.manager, { ...attempt, actorUserId: null, action: 'auth.login.throttled' });
      throw new DomainError('TOO_MANY_REQUESTS', 'Trop de tentatives de connexion : réessayez dans quelques minutes.');
    }
    const [user] = await this.dataSource.query(
      `SELECT id, password_hash, disabled_at IS NOT NULL AS disabled FROM app_user WHERE email = $1`,
      [address],
    );
    const usable = user && !user.disabled;
    const matches = await passwordMatches(usable ? user.password_hash : null, password);
    if (!matches) {
      await recordAudit(this.dataSource.manager, {
        ...attempt,
        actorUserId: user?.id ?? null,
        entityId: user?.id,
        action: 'auth.login.failure',
        after: { reason: !user ? 'unknown_account' : user.disabled ? 'disabled_account' : 'wrong_password' },
      });
      throw new DomainError('UNAUTHENTICATED', INVALID_CREDENTIALS);
    }
    return this.dataSource.transaction(async (manager) => {
      await recordAudit(manager, { ...attempt, actorUserId: user.id, entityId: user.id, action: 'auth.login.success' });
      return this.openSession(manager, user.id, ip, userAgent);
    });
  }

  /** A new session for this user, in the caller's transaction (a login, an accepted invitation…). */
  async openSession(manager: EntityManager, userId: string, ip: string, userAgent: string | null): Promise<OpenedSession> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionLifetimeSeconds * 1000);
    await manager.query(
      `INSERT INTO user_session (user_id, token_hash, expires_at, ip, user_agent) VALUES ($1, $2, $3, $4, $5)`,
      [userId, tokenHash(token), expiresAt, ip, userAgent?.slice(0, 300) ?? null],
    );
    return { token, expiresAt, userId };
  }

  private async isThrottled(address: string, ip: string): Promise<boolean> {
    const { perAccount, perAddress, windowSeconds } = this.config.loginLimits;
    const [counts] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE actor_label = $1)::int AS account, count(*) FILTER (WHERE ip = $2)::int AS address
       FROM audit_event
       WHERE action = 'auth.login.failure' AND occurred_at > now() - make_interval(secs => $3)`,
      [address, ip, windowSeconds],
    );
    return counts.account >= perAccount || counts.address >= perAddress;
  }

  /** The actor behind a session token: one statement, or null if the session is unknown, expired or revoked. */
  async actorForToken(token: string): Promise<Actor | null> {
    const [row] = await this.dataSource.query(
      `SELECT u.id, u.email, u.is_operator,
              coalesce(json_agg(json_build_object('epciId', m.epci_id, 'role', m.role, 'communeId', m.commune_id))
                       FILTER (WHERE m.id IS NOT NULL), '[]') AS memberships
       FROM user_session s
       JOIN app_user u ON u.id = s.user_id AND u.disabled_at IS NULL
       LEFT JOIN membership m ON m.user_id = u.id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
       GROUP BY u.id`,
      [tokenHash(token)],
    );
    if (!row) return null;
    return { userId: row.id, email: row.email, isOperator: row.is_operator, memberships: row.memberships as MembershipGrant[] };
  }

  async logout(token: string, ip: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [revoked] = await manager.query(
        `WITH revoked AS (
           UPDATE user_session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL RETURNING user_id
         ) SELECT user_id FROM revoked`,
        [tokenHash(token)],
      );
      const userId: string | undefined = revoked?.user_id;
      if (userId) {
        await recordAudit(manager, { actorUserId: userId, actorLabel: null, ip, action: 'auth.logout', entityType: 'user', entityId: userId });
      }
    });
  }
}
