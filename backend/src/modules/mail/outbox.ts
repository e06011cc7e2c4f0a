import type { EntityManager } from 'typeorm';
import type { Role } from '../../domain/access/permissions.js';
import { composeMail, type MailContent } from './compose.js';

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
