import { DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import type { AppConfig } from './config.js';

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Hands the validated configuration and the already-migrated DataSource to every module.
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
        { provide: Clock, useValue: new Clock(config.testClockFile) },
      ],
      exports: [APP_CONFIG, DataSource, Clock],
    };
  }
}
