import type { LoggerService } from '@nestjs/common';
import { pino, stdSerializers, type Logger } from 'pino';
import type { AppConfig } from './config/config.js';

/**
 * Structured JSON logs on stdout. Cookies, authorisation headers and anything called password are
 * redacted wherever they appear, so a log never carries a secret. A failed SQL statement is logged
 * without its parameters: they hold whatever was being written, password hashes included.
 */
export function createLogger(config: Pick<AppConfig, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { app: 'mutualis' },
    serializers: { err: withoutSqlParameters },
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.*.password', 'password'],
      censor: '[redacted]',
    },
  });
}

function withoutSqlParameters(error: Error) {
  const serialized: Record<string, unknown> = stdSerializers.err(error);
  if ('parameters' in serialized) serialized.parameters = '[redacted]';
  const driverError = serialized.driverError as Record<string, unknown> | undefined;
  if (driverError && typeof driverError === 'object') serialized.driverError = { ...driverError, parameters: undefined, detail: driverError.detail && '[redacted]' };
  return serialized;
}

/** Lets Nest's own messages go through the same JSON logger. */
export class NestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
}
