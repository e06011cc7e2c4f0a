import type { EntityManager } from 'typeorm';
import type { Role } from '../../domain/access/permissions.js';
import { composeMail, type MailContent } from './compose.js';
import type { MailModel } from './mail.models.js';

export interface OutgoingMail {
  /** The EPCI the mail is about: its administrators see it on the « Courriels » page. */
  epciId: string | null;
  /** A short machine name of what the mail is (`invitation`, `password_reset`, `consultation.opened`…). */
  kind: string;
  to: string;
  content: MailContent;
}

/**
 * Writes a mail into the outbox with the transaction's manager, so it commits (or rolls back) with
 * the change that causes it. Delivery happens later, by the worker; see MailService.enqueue, which
 * also wakes the worker after commit.
 */
export async function enqueueMail(manager: EntityManager, mail: OutgoingMail): Promise<void> {
  const { subject, text, html } = composeMail(mail.content);
  await manager.query(
    `INSERT INTO mail_outbox (epci_id, kind, recipient, subject, text_body, html_body) VALUES ($1, $2, $3, $4, $5, $6)`,
    [mail.epciId, mail.kind, mail.to, subject, text, html],
  );
}

/** An optional kind of mail each person may turn off in « Mon compte ». */
export type NoticePreference = 'reminders' | 'opinions';

export interface NoticeAudience {
  epciId: string;
  /** Only members with one of these roles; all roles when absent. */
  roles?: Role[];
  /** Only reviewers of these communes (other roles are not tied to a commune and are kept). */
  communeIds?: string[];
  /** An optional notice: people who turned it off do not receive it. */
  preference?: NoticePreference;
}

export interface Recipient {
  name: string;
  email: string;
  communeId: string | null;
}

const PREFERENCE_COLUMN: Record<NoticePreference, string> = { reminders: 'u.notify_reminders', opinions: 'u.notify_opinions' };

/**
 * Enqueues one notice per active member of an EPCI matching the audience, each composed for its
 * recipient. Returns how many were enqueued. One SELECT and one INSERT per recipient, all in the
 * caller's transaction.
 */
export async function enqueueNotice(
  manager: EntityManager,
  kind: string,
  audience: NoticeAudience,
  compose: (recipient: Recipient) => MailContent,
): Promise<number> {
  const recipients: Recipient[] = await manager.query(
    `SELECT u.name, u.email, m.commune_id AS "communeId"
     FROM membership m JOIN app_user u ON u.id = m.user_id
     WHERE m.epci_id = $1 AND u.disabled_at IS NULL AND u.password_hash IS NOT NULL
       AND ($2::text[] IS NULL OR m.role = ANY($2::text[]))
       AND ($3::uuid[] IS NULL OR m.commune_id IS NULL OR m.commune_id = ANY($3::uuid[]))
       ${audience.preference ? `AND ${PREFERENCE_COLUMN[audience.preference]}` : ''}
     ORDER BY u.email`,
    [audience.epciId, audience.roles ?? null, audience.communeIds ?? null],
  );
  for (const recipient of recipients) {
    await enqueueMail(manager, { epciId: audience.epciId, kind, to: recipient.email, content: compose(recipient) });
  }
  return recipients.length;
}

/** A mail the worker has claimed: its lease keeps other instances off it while it is sent. */
export interface ClaimedMail {
  id: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
}

/**
 * Claims the oldest due mail, skipping those another instance holds: the attempt is counted and
 * the mail comes due again after the lease, so a worker that dies mid-send loses nothing.
 */
export async function claimDueMail(manager: EntityManager, leaseSeconds: number): Promise<ClaimedMail | null> {
  const [claimed]: ClaimedMail[] = await manager.query(
    `WITH claimed AS (
       UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $1)
       WHERE id = (SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= now()
                   ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING id, recipient, subject, text_body, html_body, attempts
     ) SELECT * FROM claimed`,
    [leaseSeconds],
  );
  return claimed ?? null;
}

/** A failed attempt: retried later with exponential backoff, or given up after the last attempt. */
export async function markMailFailed(manager: EntityManager, id: string, error: string, policy: { maxAttempts: number; retryDelaySeconds: number }): Promise<void> {
  await manager.query(
    `UPDATE mail_outbox SET last_error = $2,
       status = CASE WHEN attempts >= $3 THEN 'FAILED' ELSE 'PENDING' END,
       next_attempt_at = now() + make_interval(secs => $4 * power(2, attempts - 1))
     WHERE id = $1`,
    [id, error, policy.maxAttempts, policy.retryDelaySeconds],
  );
}

export async function markMailSent(manager: EntityManager, id: string): Promise<void> {
  await manager.query(`UPDATE mail_outbox SET status = 'SENT', sent_at = now(), last_error = NULL WHERE id = $1`, [id]);
}

/** The latest mails, of one EPCI or all; bodies only when asked (they hold single-use links). */
export async function loadMails(manager: EntityManager, epciId: string | null, withBodies: boolean): Promise<MailModel[]> {
  const rows: MailModel[] = await manager.query(
    `SELECT id, epci_id AS "epciId", kind, recipient, subject, status, attempts, last_error AS "lastError",
            created_at AS "createdAt", sent_at AS "sentAt", CASE WHEN $2 THEN text_body END AS "textBody"
     FROM mail_outbox WHERE ($1::uuid IS NULL OR epci_id = $1) ORDER BY created_at DESC, id LIMIT 200`,
    [epciId, withBodies],
  );
  return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt), sentAt: row.sentAt && new Date(row.sentAt) }));
}
