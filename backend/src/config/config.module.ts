import { DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ServerClock } from '../common/clock.js';
import type { AppConfig } from './config.js';

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Hands the validated configuration, the already-migrated DataSource and the clock to every module.
 * The database is opened before Nest starts, so the CLIs and the server share one code path.
 */
@Global()
@Module({})
export class CoreModule {
  static register(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useValue: dataSource },
        { provide: ServerClock, useValue: new ServerClock(config.clockStart) },
      ],
      exports: [APP_CONFIG, DataSource, ServerClock],
    };
  }
}
