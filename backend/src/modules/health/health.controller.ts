import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { engineOf, type AppConfig } from '../../config/config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { migrationState } from '../../database/database.js';

/** For load balancers and operators: is the database reachable, is the schema up to date? */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async health(@Res() reply: FastifyReply) {
    const engine = engineOf(this.config);
    const started = performance.now();
    try {
      await this.dataSource.query('SELECT 1');
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      const migrations = await migrationState(this.dataSource);
      const ok = migrations.pending === 0;
      reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', database: { engine, reachable: true, latencyMs }, migrations });
    } catch {
      reply.code(503).send({ status: 'error', database: { engine, reachable: false } });
    }
  }
}
