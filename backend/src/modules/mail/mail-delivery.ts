import { Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { claimDueMail, markMailFailed, markMailSent, type ClaimedMail } from './outbox.js';

/** After this many failed attempts a mail is marked FAILED and shown as such on the « Courriels » page. */
const MAX_ATTEMPTS = 8;
/**
 * How long a claimed mail is reserved for the worker sending it. Longer than any SMTP exchange can
 * last (the timeouts below), so two workers never hold one mail; if the worker dies, the mail is
 * claimable again once the lease runs out: a crash loses nothing.
 */
const LEASE_SECONDS = 120;

/**
 * Delivers the outbox over SMTP, one mail at a time: claim (a one-statement UPDATE over a
 * FOR UPDATE SKIP LOCKED sub-select, so concurrent instances never claim the same row), send,
 * mark sent — or reschedule with a doubling delay. Without SMTP_URL nothing is sent: mails stay in
 * the database for the « Courriels » page.
 */
@Injectable()
export class MailDelivery {
  private readonly transport: Transporter | null;
  private readonly log = new Logger('MailDelivery');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transport = config.mail.smtpUrl
      ? nodemailer.createTransport({ url: config.mail.smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 })
      : null;
  }

  get enabled() {
    return this.transport !== null;
  }

  /** Sends every mail due now; returns how many were sent. */
  async deliverDue(): Promise<number> {
    if (!this.transport) return 0;
    let sent = 0;
    const claim = () => claimDueMail(this.dataSource.manager, LEASE_SECONDS);
    for (let mail = await claim(); mail; mail = await claim()) {
      if (await this.send(mail)) sent++;
    }
    return sent;
  }

  private async send(mail: ClaimedMail): Promise<boolean> {
    try {
      await this.transport!.sendMail({
        from: this.config.mail.from,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.text_body,
        html: mail.html_body,
        headers: { 'Auto-Submitted': 'auto-generated', 'X-Mutualis-Mail': mail.id },
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.log.warn(`mail ${mail.id} not delivered (attempt ${mail.attempts}): ${message}`);
      await markMailFailed(this.dataSource.manager, mail.id, message.slice(0, 500), { maxAttempts: MAX_ATTEMPTS, retryDelaySeconds: this.config.mail.retryDelaySeconds });
      return false;
    }
    await markMailSent(this.dataSource.manager, mail.id);
    return true;
  }

  close() {
    this.transport?.close();
  }
}
