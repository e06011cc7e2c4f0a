import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { requireAccess } from '../../common/access.js';
import type { Change } from '../../common/audited-change.js';
import type { Caller } from '../../common/caller.js';
import { can } from '../../domain/access/permissions.js';
import { badInput } from '../../domain/errors.js';
import type { MailContent } from './compose.js';
import { JobRunner } from './jobs.js';
import { MailDelivery } from './mail-delivery.js';
import type { MailModel } from './mail.models.js';
import { enqueueMail, enqueueNotice, loadMails, type NoticeAudience, type OutgoingMail, type Recipient } from './outbox.js';

const DELIVERY_JOB = 'mail.delivery';

/** The one way services send mail: into the outbox in their change's transaction, delivered after commit. */
@Injectable()
export class MailService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly delivery: MailDelivery,
    private readonly jobs: JobRunner,
  ) {}

  onModuleInit() {
    // The periodic sweep retries failed deliveries and picks up mails whose sender died before sending.
    this.jobs.register(DELIVERY_JOB, () => this.delivery.deliverDue());
  }

  async enqueue(change: Pick<Change, 'manager' | 'afterCommit'>, mail: OutgoingMail): Promise<void> {
    await enqueueMail(change.manager, mail);
    change.afterCommit(() => this.kick());
  }

  /** Wakes the delivery worker; for flows that write mails in their own transaction (no caller to audit yet). */
  kick(): void {
    void this.jobs.trigger(DELIVERY_JOB);
  }

  /**
   * A notice to the members of an EPCI, filtered by role, commune and preference (for the
   * consultation mails: opened, reminder, opinion recorded, closed, adopted). Returns how many.
   */
  async enqueueNotice(
    change: Pick<Change, 'manager' | 'afterCommit'>,
    kind: string,
    audience: NoticeAudience,
    compose: (recipient: Recipient) => MailContent,
  ): Promise<number> {
    const count = await enqueueNotice(change.manager, kind, audience, compose);
    if (count > 0) change.afterCommit(() => this.kick());
    return count;
  }

  /**
   * The « Courriels » page: the operator sees every mail, an EPCI's administrators that EPCI's.
   * Bodies (which hold single-use links) are shown only while no SMTP server is configured, when
   * this page is the only way the demo's mails are read.
   */
  async list(caller: Caller, epciId: string | null): Promise<MailModel[]> {
    if (epciId) {
      if (!can(caller, 'ADMIN_APPOINT')) await requireAccess(this.dataSource.manager, caller, 'USER_MANAGE', { epci: epciId });
    } else if (!can(caller, 'ADMIN_APPOINT')) {
      throw badInput('Choisissez l’intercommunalité dont vous voulez voir les courriels.', { field: 'epciId' });
    }
    return loadMails(this.dataSource.manager, epciId, !this.delivery.enabled);
  }
}
