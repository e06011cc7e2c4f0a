import 'reflect-metadata';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ValidationError } from 'class-validator';
import fs from 'node:fs';
import path from 'node:path';
import { AppModule } from './app.module.js';
import { AppConfig } from './config/config.js';
import { openDatabase, type Database } from './database/database.js';
import { countStatementsOf, statementsSoFar } from './database/statement-count.js';
import { TextGuardPipe } from './common/text-guard.js';
import { PROFILES_CSV_MAX_LENGTH } from './domain/csv.js';
import { badInput } from './domain/errors.js';
import { NestLogger, createLogger } from './logger.js';
import { seedDemo } from './modules/demo/demo-seed.js';

/**
 * The largest request body: a profiles CSV at its limit of characters, each up to 3 bytes in
 * UTF-8 or 2 once escaped in JSON, plus room for the rest of the GraphQL request.
 */
export const BODY_LIMIT = PROFILES_CSV_MAX_LENGTH * 3 + 64 * 1024;

export const FRONTEND_DIST = path.resolve(import.meta.dirname, '../../frontend/dist');

export interface RunningServer {
  url: string;
  database: Database;
  demoSeeded: boolean;
  close(): Promise<void>;
}

/** Opens the database (migrations, demo data), then serves the API and the built front end. */
export async function startServer(config: AppConfig): Promise<RunningServer> {
  const logger = createLogger(config);
  const database = await openDatabase(config);
  const demoSeeded = config.demo ? await seedDemo(database.dataSource) : false;

  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // A hop count as Fastify reads it: the address that many hops back from the socket.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    bodyLimit: BODY_LIMIT,
    requestTimeout: config.requestTimeoutSeconds * 1000,
    connectionTimeout: config.requestTimeoutSeconds * 2000,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, database.dataSource, logger), adapter, {
    logger: new NestLogger(logger),
  });
  await app.register(fastifyCookie);
  // A scheme's costing is megabytes of repetitive JSON: gzip sends a tenth of it. Brotli's default
  // level costs seconds on such a payload, so it is not offered.
  await app.register(fastifyCompress, { encodings: ['gzip', 'deflate'], threshold: 1024 });
  app.useGlobalPipes(new TextGuardPipe(), new ValidationPipe({ transform: true, whitelist: true, forbidUnknownValues: true, exceptionFactory: toFrenchInputError }));
  securityHeaders(app, config);
  requestDeadline(app, config.requestTimeoutSeconds * 1000);
  if (config.nodeEnv !== 'production') exposeStatementCount(app);
  await serveFrontend(app);
  app.enableShutdownHooks();
  await app.listen({ port: config.port, host: config.host });
  return {
    url: `http://${config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`,
    database,
    demoSeeded,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

function trustHops(hops: number) {
  return (_address: string, hop: number) => hop < hops;
}

/** class-validator's messages are already French; the first one is shown, all are attached. */
function toFrenchInputError(errors: ValidationError[]) {
  const fields = flatten(errors);
  return badInput(fields[0]?.message ?? 'Saisie invalide.', { field: fields[0]?.field, fields });
}

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((message) => ({ field: prefix + e.property, message })),
    ...flatten(e.children ?? [], `${prefix}${e.property}.`),
  ]);
}

function securityHeaders(app: NestFastifyApplication, config: AppConfig) {
  app.getHttpAdapter().getInstance().addHook('onSend', async (_req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    if (config.nodeEnv === 'production') {
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
      reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()');
      reply.header('content-security-policy', "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'");
    }
  });
}

/**
 * A request must arrive whole, body included, within the deadline: a body trickled a byte at a time
 * defeats an inactivity timeout, and Node's own request timeout did not close such a socket once
 * Fastify was reading the body.
 */
function requestDeadline(app: NestFastifyApplication, milliseconds: number) {
  const fastify = app.getHttpAdapter().getInstance();
  const timers = new WeakMap<object, NodeJS.Timeout>();
  const clear = (request: object) => clearTimeout(timers.get(request));
  fastify.addHook('onRequest', (request, _reply, done) => {
    timers.set(request, setTimeout(() => request.raw.destroy(), milliseconds));
    done();
  });
  // The body has been read and parsed by then; the work itself has no deadline here.
  fastify.addHook('preHandler', (request, _reply, done) => {
    clear(request);
    done();
  });
  fastify.addHook('onResponse', (request, _reply, done) => {
    clear(request);
    done();
  });
  fastify.addHook('onRequestAbort', (request, done) => {
    clear(request);
    done();
  });
}

/** Outside production, each response says how many SQL statements it took (x-sql-statements). */
function exposeStatementCount(app: NestFastifyApplication) {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (_req, _reply, done) => countStatementsOf(done));
  fastify.addHook('onSend', async (_req, reply) => {
    const statements = statementsSoFar();
    if (statements !== null) reply.header('x-sql-statements', String(statements));
  });
}

/** The built single-page application: its files, and index.html for every other page address. */
async function serveFrontend(app: NestFastifyApplication) {
  if (!fs.existsSync(path.join(FRONTEND_DIST, 'index.html'))) return;
  const fastify = app.getHttpAdapter().getInstance();
  const assets = path.join(FRONTEND_DIST, 'assets');
  await app.register(fastifyStatic, {
    root: FRONTEND_DIST,
    wildcard: false,
    index: false,
    cacheControl: false,
    // The build writes each script and stylesheet also as .br and .gz (frontend/vite.config.ts).
    preCompressed: true,
    // Vite names every file under assets/ after a hash of its content: a browser may keep it for
    // good. index.html is no-store: after logout, the back button must not bring a signed-in page
    // back from a cache.
    setHeaders: (reply, file) =>
      reply.header('cache-control', file.startsWith(assets + path.sep) ? 'public, max-age=31536000, immutable' : 'no-store'),
  });
  fastify.get('/*', (_req, reply) => reply.sendFile('index.html'));
}
