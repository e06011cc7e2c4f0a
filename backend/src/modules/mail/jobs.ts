import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';

/**
 * Background jobs run every period on every instance (mail delivery, later the consultation
 * reminder sweep). A job must therefore be safe to run on several instances at once — claim its
 * rows with FOR UPDATE SKIP LOCKED or an equivalent — and a run never overlaps its previous one.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly jobs = new Map<string, { run: () => Promise<unknown>; running: Promise<void> | null; again: boolean }>();
  private timer: NodeJS.Timeout | null = null;
  private readonly log = new Logger('JobRunner');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  register(name: string, run: () => Promise<unknown>) {
    this.jobs.set(name, { run, running: null, again: false });
  }

  /** Runs a job now (after a commit that gave it work); if it is already running, once more afterwards. */
  trigger(name: string): Promise<void> {
    const job = this.jobs.get(name);
    if (!job) throw new Error(`unknown job ${name}`);
    if (job.running) {
      job.again = true;
      return job.running;
    }
    job.running = (async () => {
      do {
        job.again = false;
        try {
          await job.run();
        } catch (error) {
          this.log.error(`job ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      } while (job.again);
      job.running = null;
    })();
    return job.running;
  }

  onApplicationBootstrap() {
    this.timer = setInterval(() => {
      for (const name of this.jobs.keys()) void this.trigger(name);
    }, this.config.mail.retryDelaySeconds * 1000);
    this.timer.unref();
    for (const name of this.jobs.keys()) void this.trigger(name);
  }

  async onApplicationShutdown() {
    if (this.timer) clearInterval(this.timer);
    await Promise.all([...this.jobs.values()].map((job) => job.running));
  }
}
