import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { requireAccess } from '../../common/access.js';
import { auditedChange, type Change } from '../../common/audited-change.js';
import type { Caller } from '../../common/caller.js';
import { ServerClock } from '../../common/clock.js';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { recordAudit } from '../audit/audit.js';
import { findAccount, findAccountByEmail, updatePasswordHash } from '../auth/account-store.js';
import { hashPassword } from '../auth/passwords.js';
import { countLoginAttempt, revokeSessionsOf } from '../auth/session-store.js';
import { normaliseEmail, SessionService, type OpenedSession } from '../auth/session.service.js';
import { dateInWords } from '../mail/compose.js';
import { enqueueMail } from '../mail/outbox.js';
import { MailService } from '../mail/mail.service.js';
import { findMember } from '../accounts/membership-store.js';
import { findEpciIdentity } from '../territory/territory-store.js';
import { findLink, issueLink, markUsed, type LinkPurpose, type LinkRow } from './link-store.js';

const LINK_REFUSALS = {
  unknown: 'Ce lien n’est pas valide : vérifiez que vous avez copié toute l’adresse reçue par courriel.',
  used: 'Ce lien a déjà servi. Connectez-vous, ou demandez un nouveau lien.',
  expired: 'Ce lien a expiré. Demandez-en un nouveau : il vous sera envoyé par courriel.',
} as const;

/** Where a link was opened from, for the audit trail and the new session. */
export interface Origin {
  ip: string;
  userAgent: string | null;
}

/**
 * Single-use links sent by mail: invitations (a new account chooses its password, 72 h) and
 * password resets (1 h). Either one, once used, signs the person in.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly sessions: SessionService,
    private readonly clock: ServerClock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends an invitation to an account that has no password yet, in the change that made or appointed it. */
  async invite(change: Pick<Change, 'manager' | 'afterCommit'>, userId: string, epciId: string): Promise<void> {
    await this.writeInvitation(change.manager, userId, epciId);
    change.afterCommit(() => this.mail.kick());
  }

  /** An administrator sends a new invitation to a member who has not chosen a password yet. */
  async resendInvitation(caller: Caller, epciId: string, userId: string): Promise<boolean> {
    await requireAccess(this.dataSource.manager, caller, 'USER_MANAGE', { epci: epciId });
    return auditedChange(this.dataSource, caller, async (change) => {
      const member = await findMember(change.manager, epciId, userId);
      if (!member) throw notFound('Membre');
      if (!member.user.invitationPending) throw new DomainError('INVALID_STATE', 'Cette personne a déjà choisi son mot de passe : elle peut se connecter.');
      if (member.user.disabled) throw new DomainError('INVALID_STATE', 'Ce compte est désactivé : réactivez-le avant de renvoyer l’invitation.');
      await this.invite(change, userId, epciId);
      await change.record({ epciId, action: 'user.invitation.resend', entityType: 'user', entityId: userId });
      return true;
    });
  }

  /** The invited person chooses their password; the link is used up and they are signed in. */
  acceptInvitation(token: string, password: string, origin: Origin): Promise<OpenedSession> {
    return this.redeem(token, 'INVITATION', password, origin);
  }

  /**
   * From an expired invitation link, the person asks for a new one: it goes to the account's own
   * address, only while the account still has no password, and only from its latest link (so one
   * old link cannot be used to flood a mailbox).
   */
  async requestNewInvitation(token: string): Promise<boolean> {
    const sent = await this.dataSource.transaction(async (manager) => {
      const link = await findLink(manager, token, 'INVITATION', this.clock.now());
      if (!link || !link.latest || link.used || link.disabled || link.hasPassword || !link.expired || !link.epciId) return false;
      await this.writeInvitation(manager, link.userId, link.epciId);
      await recordAudit(manager, { actorUserId: link.userId, actorLabel: link.email, epciId: link.epciId, action: 'user.invitation.renew', entityType: 'user', entityId: link.userId });
      return true;
    });
    if (sent) this.mail.kick();
    return true;
  }

  /**
   * « Mot de passe oublié » : the same answer whether the address has an account or not, throttled
   * like logins, on counters of its own (per address typed and per client address).
   */
  async requestPasswordReset(email: string, ip: string): Promise<boolean> {
    const address = normaliseEmail(email);
    const { perAccount, perAddress, windowSeconds } = this.config.loginLimits;
    const keys = [`reset:${address}`, `reset-address:${ip}`] as const;
    const counts = await countLoginAttempt(this.dataSource.manager, keys, windowSeconds);
    if (counts.some((c) => c.attempts > (c.key === keys[0] ? perAccount : perAddress))) {
      throw new DomainError('TOO_MANY_REQUESTS', 'Trop de demandes : réessayez dans quelques minutes.');
    }
    const sent = await this.dataSource.transaction(async (manager) => {
      const found = await findAccountByEmail(manager, address);
      // A disabled account gets no link; one still waiting for its invitation uses that instead.
      const user = found && !found.disabled && found.passwordHash !== null ? found : undefined;
      await recordAudit(manager, { actorUserId: user?.id ?? null, actorLabel: address, ip, action: 'auth.reset.request', entityType: 'user', entityId: user?.id });
      if (!user) return false;
      const url = await issueLink(manager, { userId: user.id, purpose: 'PASSWORD_RESET', epciId: null, now: this.clock.now(), publicUrl: this.config.publicUrl });
      await enqueueMail(manager, {
        epciId: null,
        kind: 'password_reset',
        to: user.email,
        content: {
          subject: 'Mutualis : choisir un nouveau mot de passe',
          paragraphs: [
            'Vous avez demandé à choisir un nouveau mot de passe pour votre compte Mutualis.',
            'Ce lien ne sert qu’une fois et reste valable une heure.',
          ],
          action: { label: 'Choisir un nouveau mot de passe', url },
          after: ['Si vous n’avez rien demandé, ignorez ce courriel : votre mot de passe actuel reste valable.'],
        },
      });
      return true;
    });
    if (sent) this.mail.kick();
    return true;
  }

  /** A new password from a reset link: every other session of the account ends. */
  resetPassword(token: string, password: string, origin: Origin): Promise<OpenedSession> {
    return this.redeem(token, 'PASSWORD_RESET', password, origin);
  }

  private async redeem(token: string, purpose: LinkPurpose, password: string, origin: Origin): Promise<OpenedSession> {
    const now = this.clock.now();
    // The password is checked and hashed (tens of milliseconds) before the transaction, kept short;
    // the link is looked up again, locked, inside it.
    const preview = await findLink(this.dataSource.manager, token, purpose, now);
    refuseUnusable(preview);
    const passwordHash = await hashPassword(password, { email: preview.email, name: preview.name });
    return this.dataSource.transaction(async (manager) => {
      const link = await findLink(manager, token, purpose, now);
      refuseUnusable(link);
      await markUsed(manager, link.id, now);
      await updatePasswordHash(manager, link.userId, passwordHash);
      await revokeSessionsOf(manager, link.userId);
      await recordAudit(manager, {
        actorUserId: link.userId,
        actorLabel: link.email,
        epciId: link.epciId,
        ip: origin.ip,
        action: purpose === 'INVITATION' ? 'user.invitation.accept' : 'auth.password.reset',
        entityType: 'user',
        entityId: link.userId,
      });
      return this.sessions.openSession(manager, link.userId, origin.ip, origin.userAgent);
    });
  }

  private async writeInvitation(manager: EntityManager, userId: string, epciId: string) {
    const account = await findAccount(manager, userId);
    const epci = await findEpciIdentity(manager, epciId);
    if (!account || !epci) throw notFound('Membre');
    const target = { email: account.email, epciName: epci.name };
    const now = this.clock.now();
    const url = await issueLink(manager, { userId, purpose: 'INVITATION', epciId, now, publicUrl: this.config.publicUrl });
    const expiry = new Date(now.getTime() + 72 * 3600 * 1000);
    await enqueueMail(manager, {
      epciId,
      kind: 'invitation',
      to: target.email,
      content: {
        subject: `Invitation à rejoindre ${target.epciName} sur Mutualis`,
        paragraphs: [
          `${target.epciName} vous invite à rejoindre Mutualis, où l’intercommunalité prépare son schéma de mutualisation avec ses communes.`,
          `Pour activer votre compte, choisissez votre mot de passe avant le ${dateInWords(expiry)} : ce lien ne sert qu’une fois et reste valable 72 heures.`,
        ],
        action: { label: 'Choisir mon mot de passe', url },
        after: ['Si vous ne vous attendiez pas à cette invitation, ignorez ce courriel : aucun compte ne sera activé.'],
      },
    });
  }
}

/** Says why a link cannot be used; `details.reason` lets the page offer a new link. */
function refuseUnusable(link: LinkRow | null): asserts link is LinkRow {
  if (!link || link.disabled) throw new DomainError('NOT_FOUND', LINK_REFUSALS.unknown, { reason: 'UNKNOWN' });
  if (link.used) throw new DomainError('INVALID_STATE', LINK_REFUSALS.used, { reason: 'USED' });
  if (link.expired) throw new DomainError('INVALID_STATE', LINK_REFUSALS.expired, { reason: 'EXPIRED' });
}
