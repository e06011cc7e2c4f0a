import { Global, Module, type OnApplicationShutdown } from '@nestjs/common';
import { JobRunner } from './jobs.js';
import { MailDelivery } from './mail-delivery.js';
import { MailResolver } from './mail.resolver.js';
import { MailService } from './mail.service.js';

/** Global: any feature that causes a mail (invitations, consultation) injects MailService. */
@Global()
@Module({ providers: [JobRunner, MailDelivery, MailService, MailResolver], exports: [MailService, JobRunner] })
export class MailModule implements OnApplicationShutdown {
  constructor(private readonly delivery: MailDelivery) {}

  onApplicationShutdown() {
    this.delivery.close();
  }
}
