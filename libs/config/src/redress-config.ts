import { createPrivateKey } from 'node:crypto';
import { resolve } from 'node:path';
import type { StoreChoice } from '@redress/event-store';
import { isPostgresUrl, readModelFile } from '@redress/read-models';
import { loadHazardConfig, type HazardConfig } from './hazard-config';
import { loadAlertsConfig, type AlertsConfig } from './alerts-config';
import { loadReportingConfig, type ReportingConfig } from './reporting-config';
import { loadWebConfig, type WebConfig } from './web-config';

export type StoreKind = 'sqlite' | 'esdb' | 'memory';

/** Everything Redress reads from its environment, checked once at start. */
export interface RedressConfig {
  readonly store: StoreKind;
  readonly dataDir: string;
  readonly esdbUrl?: string;
  /** HS256 secret; when neither it nor a public key is set, one is generated in the data dir. */
  readonly jwtSecret?: string;
  /** PEM public key (RS256 / ES256) for tokens issued elsewhere. */
  readonly jwtPublicKey?: string;
  readonly port: number;
  readonly host: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Largest request body accepted, in bytes. */
  readonly bodyLimit: number;
  /** The read-model database: a SQLite file in the data dir, or `:memory:` with the memory store. */
  readonly readModelFile: string;
  /** Where the read models are opened: `REDRESS_READ_MODELS` (PostgreSQL) or `readModelFile`. */
  readonly readModels: string;
  /** `embedded` runs the projector inside the api (decision 7); `off` when it runs on its own. */
  readonly projector: 'embedded' | 'off';
  /**
   * Where the api's SQLite event store commits (REDRESS_SQLITE_WRITER): on a `thread` of its
   * own (the default), so the fsync does not hold the event loop, or on the `main` thread.
   */
  readonly sqliteWriter: 'thread' | 'main';
  readonly reporting: ReportingConfig;
  /** Ed25519 private key (PEM) that signs seals; without it one is generated in the data dir. */
  readonly sealKey?: string;
  /** How often the api seals the store, in ms (`REDRESS_SEAL_EVERY`, daily); 0 when `off`. */
  readonly sealEveryMs: number;
  /** The officers' web workbench: letters and the session cookie. */
  readonly web: WebConfig;
  /** The longest a token may live, exp − iat, in seconds (REDRESS_TOKEN_MAX_LIFETIME). */
  readonly tokenMaxLifetimeSeconds: number;
  /** With a public key: the `iss` and `aud` tokens must carry, when set. */
  readonly jwtIssuer?: string;
  readonly jwtAudience?: string;
  /** The most events one complaint's stream may hold (REDRESS_MAX_EVENTS_PER_COMPLAINT). */
  readonly maxEventsPerComplaint: number;
  /** Awaab's Law settings: the words that prompt a hazard case (REDRESS_HAZARD_PROMPT_WORDS). */
  readonly hazards: HazardConfig;
  /** The notifier: thresholds, channels and where it runs (docs/alerts.md). */
  readonly alerts: AlertsConfig;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Redress cannot start; fix its configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Reads the configuration, listing every problem at once rather than failing on the first. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): RedressConfig {
  const problems: string[] = [];
  const store = (env.REDRESS_STORE ?? 'sqlite') as StoreKind;
  if (!['sqlite', 'esdb', 'memory'].includes(store)) {
    problems.push(`REDRESS_STORE must be sqlite, esdb or memory (got "${env.REDRESS_STORE}")`);
  }
  if (store === 'esdb' && !env.REDRESS_ESDB_URL) {
    problems.push(
      'REDRESS_ESDB_URL is required when REDRESS_STORE=esdb (e.g. esdb://127.0.0.1:2113?tls=false)',
    );
  }
  if (env.REDRESS_ESDB_URL && !/^esdb(\+discover)?:\/\//.test(env.REDRESS_ESDB_URL)) {
    problems.push('REDRESS_ESDB_URL must start with esdb:// or esdb+discover://');
  }
  const port = integer(env.PORT, 3000, 'PORT', 0, 65535, problems);
  const bodyLimit = integer(
    env.REDRESS_BODY_LIMIT,
    256 * 1024,
    'REDRESS_BODY_LIMIT',
    1024,
    10 * 1024 * 1024,
    problems,
  );
  const logLevel = (env.REDRESS_LOG_LEVEL ?? 'info') as RedressConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`REDRESS_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  if (env.REDRESS_JWT_SECRET !== undefined && env.REDRESS_JWT_SECRET.length < 32) {
    problems.push('REDRESS_JWT_SECRET must be at least 32 characters');
  }
  if (env.REDRESS_JWT_SECRET && env.REDRESS_JWT_PUBLIC_KEY) {
    problems.push('Set REDRESS_JWT_SECRET or REDRESS_JWT_PUBLIC_KEY, not both');
  }
  const projector = (env.REDRESS_PROJECTOR ?? 'embedded') as RedressConfig['projector'];
  if (projector !== 'embedded' && projector !== 'off') {
    problems.push(`REDRESS_PROJECTOR must be embedded or off (got "${env.REDRESS_PROJECTOR}")`);
  }
  const maxEventsPerComplaint = integer(
    env.REDRESS_MAX_EVENTS_PER_COMPLAINT,
    10_000,
    'REDRESS_MAX_EVENTS_PER_COMPLAINT',
    10,
    1_000_000,
    problems,
  );
  const tokenMaxLifetimeSeconds = duration(
    env.REDRESS_TOKEN_MAX_LIFETIME,
    12 * 3600,
    'REDRESS_TOKEN_MAX_LIFETIME',
    problems,
  );
  if ((env.REDRESS_JWT_ISSUER || env.REDRESS_JWT_AUDIENCE) && !env.REDRESS_JWT_PUBLIC_KEY) {
    problems.push(
      'REDRESS_JWT_ISSUER and REDRESS_JWT_AUDIENCE check tokens from an identity provider: set REDRESS_JWT_PUBLIC_KEY too',
    );
  }
  const readModelsUrl = env.REDRESS_READ_MODELS || undefined;
  if (readModelsUrl !== undefined && !isPostgresUrl(readModelsUrl)) {
    problems.push('REDRESS_READ_MODELS must be a postgres:// or postgresql:// URL');
  }
  if (readModelsUrl !== undefined && store === 'memory') {
    problems.push('REDRESS_READ_MODELS needs a durable store (REDRESS_STORE=sqlite or esdb)');
  }
  const sqliteWriter = (env.REDRESS_SQLITE_WRITER || 'thread') as RedressConfig['sqliteWriter'];
  if (!['thread', 'main'].includes(sqliteWriter)) {
    problems.push(`REDRESS_SQLITE_WRITER must be thread or main (got "${sqliteWriter}")`);
  }
  const reporting = loadReportingConfig(env, problems);
  const sealEveryMs = sealInterval(env.REDRESS_SEAL_EVERY, problems);
  if (env.REDRESS_SEAL_KEY && !isEd25519PrivateKey(env.REDRESS_SEAL_KEY)) {
    problems.push('REDRESS_SEAL_KEY must be an Ed25519 private key in PEM form');
  }
  const web = loadWebConfig(env, env.HOST ?? '127.0.0.1', problems);
  const hazards = loadHazardConfig(env, problems);
  const alerts = loadAlertsConfig(env, `http://${env.HOST ?? '127.0.0.1'}:${port}`, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  const dataDir = resolve(env.REDRESS_DATA_DIR ?? 'data');
  const file = store === 'memory' ? ':memory:' : readModelFile(dataDir);
  return {
    store,
    dataDir,
    readModelFile: file,
    readModels: readModelsUrl ?? file,
    projector,
    sqliteWriter,
    reporting,
    web,
    hazards,
    esdbUrl: env.REDRESS_ESDB_URL,
    jwtSecret: env.REDRESS_JWT_SECRET,
    sealKey: env.REDRESS_SEAL_KEY || undefined,
    sealEveryMs,
    jwtPublicKey: env.REDRESS_JWT_PUBLIC_KEY,
    port,
    host: env.HOST ?? '127.0.0.1',
    logLevel,
    bodyLimit,
    maxEventsPerComplaint,
    tokenMaxLifetimeSeconds,
    jwtIssuer: env.REDRESS_JWT_ISSUER || undefined,
    jwtAudience: env.REDRESS_JWT_AUDIENCE || undefined,
    alerts,
  };
}

function integer(
  raw: string | undefined,
  fallback: number,
  name: string,
  min: number,
  max: number,
  problems: string[],
): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function isEd25519PrivateKey(pem: string): boolean {
  try {
    return createPrivateKey(pem).asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 } as const;

/** A whole number of s, m, h or d (`30m`, `12h`, `7d`), in seconds; undefined when malformed. */
function durationSeconds(raw: string): number | undefined {
  const match = /^(\d{1,7})([smhd])$/.exec(raw);
  return match ? Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS] : undefined;
}

/** `REDRESS_SEAL_EVERY`: `24h` by default, a duration of at least 10 s, or `off`; in ms. */
function sealInterval(raw: string | undefined, problems: string[]): number {
  const daily = UNIT_SECONDS.d * 1000;
  if (raw === undefined || raw === '') return daily;
  if (raw === 'off') return 0;
  const seconds = durationSeconds(raw);
  if (seconds === undefined || seconds < 10) {
    problems.push(
      `REDRESS_SEAL_EVERY must be off or a duration of at least 10s such as 24h, 30m or 7d (got "${raw}")`,
    );
    return daily;
  }
  return seconds * 1000;
}

/** A token lifetime such as 30m, 12h or 7d (from one minute to 30 days), in seconds. */
export function parseDuration(raw: string): number | undefined {
  const seconds = durationSeconds(raw);
  return seconds !== undefined && seconds >= 60 && seconds <= 30 * 86400 ? seconds : undefined;
}

function duration(
  raw: string | undefined,
  fallback: number,
  name: string,
  problems: string[],
): number {
  if (raw === undefined || raw === '') return fallback;
  const seconds = parseDuration(raw);
  if (seconds === undefined)
    problems.push(`${name} must look like 30m, 12h or 7d, from 1m to 30d (got "${raw}")`);
  return seconds ?? fallback;
}

/** Which event store the configuration names, in the shape `createEventStore` takes. */
export function storeChoice(config: RedressConfig): StoreChoice {
  if (config.store === 'esdb') return { kind: 'esdb', url: config.esdbUrl! };
  if (config.store === 'memory') return { kind: 'memory' };
  return { kind: 'sqlite', dataDir: config.dataDir };
}
