import { isIP } from 'node:net';
import path from 'node:path';

/** Validated configuration. Every value comes from the environment; bad values stop start-up. */
export interface AppConfig {
  nodeEnv: 'development' | 'test' | 'production';
  host: string;
  port: number;
  /** PostgreSQL server URL; null means the embedded PGlite engine under `dataDir`. */
  databaseUrl: string | null;
  /**
   * The schema owner's URL, for migrations only. When set, the app itself connects with
   * `databaseUrl` as a role that owns nothing (it cannot switch a trigger off) and is granted
   * just what it uses.
   */
  migrationDatabaseUrl: string | null;
  dataDir: string;
  sessionLifetimeSeconds: number;
  /** Import the demo EPCI and demo accounts into an empty database. */
  demo: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug';
  /**
   * Behind a load balancer: which proxies' X-Forwarded-For to believe — false (none), a number of
   * hops (the right-most entries, added by our own proxies) or their addresses. Never "all": the
   * left-most entry is whatever the client wrote.
   */
  trustProxy: false | number | string[];
  /** Time to receive a whole request, headers and body (slow senders are cut off). */
  requestTimeoutSeconds: number;
  loginLimits: { perAccount: number; perAddress: number; windowSeconds: number };
  /** GraphQL requests one signed-in user may make per minute, across every instance. */
  requestsPerMinute: number;
  mail: {
    /** SMTP server URL; null keeps mails in the database (listed on the « Courriels » page). */
    smtpUrl: string | null;
    from: string;
    /** First retry delay of a failed delivery (doubling), and the period of the background jobs. */
    retryDelaySeconds: number;
  };
  /** Base of the links in mails: the address people open Mutualis at. */
  publicUrl: string;
  /** Tests only (MUTUALIS_NOW): the instant the server's clock starts from; the clock can then be moved. */
  clockStart: Date | null;
}

export type DatabaseEngine = 'embedded' | 'server';
export const engineOf = (config: AppConfig): DatabaseEngine => (config.databaseUrl ? 'server' : 'embedded');

/** A start-up failure the operator can fix; printed as one line, then exit code 1. */
export class StartupError extends Error {}

type Env = Record<string, string | undefined>;

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

export function loadConfig(env: Env, cwd: string = process.cwd()): AppConfig {
  const problems: string[] = [];
  const read = <T>(name: string, fallback: T, parse: (raw: string) => T | undefined, expected: string): T => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') return fallback;
    const value = parse(raw);
    if (value === undefined) {
      problems.push(`${name} doit être ${expected} (reçu « ${name.endsWith('DATABASE_URL') || name === 'SMTP_URL' ? redactUrl(raw) : raw} »)`);
      return fallback;
    }
    return value;
  };
  const oneOf =
    <T extends string>(...values: T[]) =>
    (raw: string) =>
      values.find((v) => v === raw);
  const integer = (min: number, max: number) => (raw: string) => {
    if (!/^\d+$/.test(raw)) return undefined;
    const n = Number(raw);
    return n >= min && n <= max ? n : undefined;
  };
  const flag = (raw: string) => ({ '1': true, true: true, '0': false, false: false })[raw.toLowerCase()];

  const nodeEnv = read('NODE_ENV', 'development', oneOf('development', 'test', 'production'), 'development, test ou production');
  const databaseUrl = read('DATABASE_URL', null, parseDatabaseUrl, 'une URL postgres://utilisateur@hôte:port/base');
  const demo = read('DEMO', databaseUrl === null && nodeEnv !== 'production', flag, '1 ou 0');
  if (env.MIGRATION_DATABASE_URL?.trim() && databaseUrl === null) problems.push('MIGRATION_DATABASE_URL demande aussi DATABASE_URL');
  if (demo && nodeEnv === 'production') problems.push('DEMO ne peut pas être activé quand NODE_ENV=production');
  const clockStart = read('MUTUALIS_NOW', null, parseInstant, 'une date-heure ISO 8601, par exemple 2027-03-14T09:00:00Z');
  if (clockStart && nodeEnv === 'production') problems.push("MUTUALIS_NOW (horloge de test) ne peut pas être utilisé quand NODE_ENV=production");

  const config: AppConfig = {
    nodeEnv,
    host: read('HOST', '127.0.0.1', (raw) => (/^[\w.:-]+$/.test(raw) ? raw : undefined), 'une adresse ou un nom d’hôte'),
    port: read('PORT', 3000, integer(1, 65535), 'un entier entre 1 et 65535'),
    databaseUrl,
    migrationDatabaseUrl: read('MIGRATION_DATABASE_URL', null, parseDatabaseUrl, 'une URL postgres://propriétaire@hôte:port/base'),
    dataDir: path.resolve(cwd, env.DATA_DIR?.trim() || 'data'),
    sessionLifetimeSeconds: read('SESSION_LIFETIME', 12 * 3600, parseDuration, 'une durée entre 1s et 30d, par exemple 12h ou 45m'),
    demo,
    logLevel: read('LOG_LEVEL', 'info', oneOf('fatal', 'error', 'warn', 'info', 'debug'), 'fatal, error, warn, info ou debug'),
    trustProxy: read('TRUST_PROXY', false, parseTrustProxy, 'un nombre de proxys (0 à 10) ou une liste d’adresses IP ou de réseaux séparés par des virgules'),
    requestTimeoutSeconds: read('REQUEST_TIMEOUT', 30, parseDuration, 'une durée entre 1s et 30d, par exemple 30s'),
    loginLimits: {
      perAccount: read('LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, integer(1, 1000), 'un entier entre 1 et 1000'),
      perAddress: read('LOGIN_MAX_FAILURES_PER_ADDRESS', 30, integer(1, 100000), 'un entier entre 1 et 100000'),
      windowSeconds: read('LOGIN_FAILURE_WINDOW', 15 * 60, parseDuration, 'une durée entre 1s et 30d'),
    },
    requestsPerMinute: read('REQUESTS_PER_MINUTE', 1200, integer(1, 1_000_000), 'un entier entre 1 et 1000000'),
    mail: {
      smtpUrl: read('SMTP_URL', null, parseSmtpUrl, 'une URL smtp://utilisateur:motdepasse@hôte:port ou smtps://…'),
      from: read('MAIL_FROM', 'Mutualis <ne-pas-repondre@mutualis.localhost>', parseMailFrom, 'une adresse, par exemple « Mutualis <noreply@exemple.fr> »'),
      retryDelaySeconds: read('MAIL_RETRY_DELAY', 60, parseDuration, 'une durée entre 1s et 30d'),
    },
    publicUrl: '',
    clockStart,
  };
  config.publicUrl = read('PUBLIC_URL', `http://localhost:${config.port}`, parseHttpUrl, 'une URL http(s)://hôte[:port][/chemin]');
  if (problems.length > 0) {
    throw new StartupError(`Configuration invalide / invalid configuration: ${problems.join(' ; ')}`);
  }
  return config;
}

function parseDuration(raw: string): number | undefined {
  const match = /^(\d+)\s*([smhd])$/.exec(raw);
  if (!match) return undefined;
  const seconds = Number(match[1]) * DURATION_UNITS[match[2]!]!;
  return seconds >= 1 && seconds <= 30 * 86400 ? seconds : undefined;
}

/** "0" → trust none; "2" → two hops; "10.0.0.1, 10.1.0.0/16" → those proxies. "true" is refused. */
function parseTrustProxy(raw: string): AppConfig['trustProxy'] | undefined {
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    return hops === 0 ? false : hops <= 10 ? hops : undefined;
  }
  const addresses = raw.split(',').map((a) => a.trim());
  const isAddress = (a: string) => isIP(a.split('/')[0]!) !== 0 && (!a.includes('/') || /^[^/]+\/\d{1,3}$/.test(a));
  return addresses.every(isAddress) ? addresses : undefined;
}

function parseInstant(raw: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(raw)) return undefined;
  const instant = new Date(raw);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

function parseDatabaseUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return ['postgres:', 'postgresql:'].includes(url.protocol) && url.hostname ? raw : undefined;
  } catch {
    return undefined;
  }
}

function parseSmtpUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return ['smtp:', 'smtps:'].includes(url.protocol) && url.hostname ? raw : undefined;
  } catch {
    return undefined;
  }
}

function parseHttpUrl(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return ['http:', 'https:'].includes(url.protocol) && !url.search && !url.hash ? raw.replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
}

/** `address@host` or `Name <address@host>`, on one line (a header injection would need a newline). */
function parseMailFrom(raw: string): string | undefined {
  return /^([^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(raw) ? raw : undefined;
}

/** Never print a database password, in an error or a log. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(URL illisible)';
  }
}
