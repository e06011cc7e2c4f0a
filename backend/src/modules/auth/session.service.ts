import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { Actor } from '../../domain/access/permissions.js';
import { DomainError } from '../../domain/errors.js';
import { recordAudit } from '../audit/audit.js';
import { findAccountByEmail } from './account-store.js';
import { passwordMatches } from './passwords.js';
import { countLoginAttempt, findSessionActor, forgiveLoginAttempt, insertSession, revokeSession } from './session-store.js';

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
   * Signs in. Each attempt first takes a ticket from two counters, per (account, address) pair and
   * per address, counted and checked in one statement so concurrent guesses cannot all slip under
   * the limit. Counting per pair rather than per account keeps the owner's way in: guessing from
   * elsewhere never locks them out of their own address (a sign-in link by e-mail can replace
   * this once mail exists). Every attempt is audited; messages are generic.
   */
  async login(email: string, password: string, ip: string, userAgent: string | null): Promise<OpenedSession> {
    const address = normaliseEmail(email);
    const attempt = { actorLabel: address, ip, entityType: 'user' };
    const keys = { pair: `pair:${address} ${ip}`, address: `address:${ip}` };
    if (!(await this.takeAttempt(keys))) {
      await recordAudit(this.dataSource.manager, { ...attempt, actorUserId: null, action: 'auth.login.throttled' });
      throw new DomainError('TOO_MANY_REQUESTS', 'Trop de tentatives de connexion : réessayez dans quelques minutes.');
    }
    const user = await findAccountByEmail(this.dataSource.manager, address);
    const usable = user && !user.disabled;
    const matches = await passwordMatches(usable ? user.passwordHash : null, password);
    if (!user || !matches) {
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
      await forgiveLoginAttempt(manager, keys.pair, keys.address);
      await recordAudit(manager, { ...attempt, actorUserId: user.id, entityId: user.id, action: 'auth.login.success' });
      return this.openSession(manager, user.id, ip, userAgent);
    });
  }

  /** A new session for this user, in the caller's transaction (a login, an accepted invitation…). */
  async openSession(manager: EntityManager, userId: string, ip: string, userAgent: string | null): Promise<OpenedSession> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionLifetimeSeconds * 1000);
    await insertSession(manager, { userId, tokenHash: tokenHash(token), expiresAt, ip, userAgent: userAgent?.slice(0, 300) ?? null });
    return { token, expiresAt, userId };
  }

  /** Counts one attempt on both counters (a new window once the last one is over); false when either is over its limit. */
  private async takeAttempt(keys: { pair: string; address: string }): Promise<boolean> {
    const { perAccount, perAddress, windowSeconds } = this.config.loginLimits;
    const counts = await countLoginAttempt(this.dataSource.manager, [keys.pair, keys.address], windowSeconds);
    const limit = (key: string) => (key === keys.pair ? perAccount : perAddress);
    return counts.every((c) => c.attempts <= limit(c.key));
  }

  /** The actor behind a session token: one statement, or null if the session is unknown, expired or revoked. */
  async actorForToken(token: string): Promise<Actor | null> {
    return (await this.actorForRequest(token, false))?.actor ?? null;
  }

  /**
   * The actor behind a session token and, when `charge` is set, the GraphQL requests they have made
   * this minute, this one included: the per-user rate limit rides on the session lookup every
   * request makes anyway, in one statement, and holds across instances.
   */
  async actorForRequest(token: string, charge = true): Promise<{ actor: Actor; requestsThisMinute: number } | null> {
    const row = await findSessionActor(this.dataSource.manager, tokenHash(token), charge);
    if (!row) return null;
    return {
      actor: { userId: row.id, email: row.email, isOperator: row.is_operator, memberships: row.memberships },
      requestsThisMinute: row.requests ?? 0,
    };
  }

  async logout(token: string, ip: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const userId = await revokeSession(manager, tokenHash(token));
      if (userId) {
        await recordAudit(manager, { actorUserId: userId, actorLabel: null, ip, action: 'auth.logout', entityType: 'user', entityId: userId });
      }
    });
  }
}
