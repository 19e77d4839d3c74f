import { createPrivateKey } from 'node:crypto';
import { resolve } from 'node:path';
import type { StoreChoice } from '@redress/event-store';
import { isPostgresUrl, readModelFile } from '@redress/read-models';
import { loadReportingConfig, type ReportingConfig } from './reporting-config';

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
  readonly reporting: ReportingConfig;
  /** Ed25519 private key (PEM) that signs seals; without it one is generated in the data dir. */
  readonly sealKey?: string;
  /** How often the api seals the store, in ms (`REDRESS_SEAL_EVERY`, daily); 0 when `off`. */
  readonly sealEveryMs: number;
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
  const readModelsUrl = env.REDRESS_READ_MODELS || undefined;
  if (readModelsUrl !== undefined && !isPostgresUrl(readModelsUrl)) {
    problems.push('REDRESS_READ_MODELS must be a postgres:// or postgresql:// URL');
  }
  if (readModelsUrl !== undefined && store === 'memory') {
    problems.push('REDRESS_READ_MODELS needs a durable store (REDRESS_STORE=sqlite or esdb)');
  }
  const reporting = loadReportingConfig(env, problems);
  const sealEveryMs = sealInterval(env.REDRESS_SEAL_EVERY, problems);
  if (env.REDRESS_SEAL_KEY && !isEd25519PrivateKey(env.REDRESS_SEAL_KEY)) {
    problems.push('REDRESS_SEAL_KEY must be an Ed25519 private key in PEM form');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const dataDir = resolve(env.REDRESS_DATA_DIR ?? 'data');
  const file = store === 'memory' ? ':memory:' : readModelFile(dataDir);
  return {
    store,
    dataDir,
    readModelFile: file,
    readModels: readModelsUrl ?? file,
    projector,
    reporting,
    esdbUrl: env.REDRESS_ESDB_URL,
    jwtSecret: env.REDRESS_JWT_SECRET,
    sealKey: env.REDRESS_SEAL_KEY || undefined,
    sealEveryMs,
    jwtPublicKey: env.REDRESS_JWT_PUBLIC_KEY,
    port,
    host: env.HOST ?? '127.0.0.1',
    logLevel,
    bodyLimit,
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

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `REDRESS_SEAL_EVERY`: `24h` by default, a whole number of s, m, h or d, or `off`. */
function sealInterval(raw: string | undefined, problems: string[]): number {
  if (raw === undefined || raw === '') return UNIT_MS.d;
  if (raw === 'off') return 0;
  const match = /^(\d{1,6})([smhd])$/.exec(raw);
  const ms = match ? Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS] : 0;
  if (!match || ms < 10_000) {
    problems.push(
      `REDRESS_SEAL_EVERY must be off or a duration of at least 10s such as 24h, 30m or 7d (got "${raw}")`,
    );
    return UNIT_MS.d;
  }
  return ms;
}

/** Which event store the configuration names, in the shape `createEventStore` takes. */
export function storeChoice(config: RedressConfig): StoreChoice {
  if (config.store === 'esdb') return { kind: 'esdb', url: config.esdbUrl! };
  if (config.store === 'memory') return { kind: 'memory' };
  return { kind: 'sqlite', dataDir: config.dataDir };
}
