import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, loadConfig, storeChoice } from './redress-config';

describe('configuration', () => {
  it('defaults to the embedded store under ./data on 127.0.0.1:3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      store: 'sqlite',
      port: 3000,
      host: '127.0.0.1',
      logLevel: 'info',
      bodyLimit: 262144,
    });
    expect(config.dataDir).toMatch(/data$/);
  });

  it('lists every problem at once, with what to do', () => {
    const attempt = () =>
      loadConfig({
        REDRESS_STORE: 'esdb',
        PORT: 'eighty',
        REDRESS_JWT_SECRET: 'short',
        REDRESS_LOG_LEVEL: 'chatty',
      });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'REDRESS_ESDB_URL is required when REDRESS_STORE=esdb (e.g. esdb://127.0.0.1:2113?tls=false)',
        'PORT must be a whole number from 0 to 65535 (got "eighty")',
        'REDRESS_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
        'REDRESS_JWT_SECRET must be at least 32 characters',
      ]);
    }
  });

  it('reads the seal settings, and refuses a bad interval or a key that is not Ed25519', () => {
    expect(loadConfig({}).sealEveryMs).toBe(86_400_000);
    expect(loadConfig({ REDRESS_SEAL_EVERY: '30m' }).sealEveryMs).toBe(1_800_000);
    expect(loadConfig({ REDRESS_SEAL_EVERY: 'off' }).sealEveryMs).toBe(0);
    expect(() => loadConfig({ REDRESS_SEAL_EVERY: '5s' })).toThrow(/REDRESS_SEAL_EVERY must be/);
    expect(() => loadConfig({ REDRESS_SEAL_EVERY: 'daily' })).toThrow(/REDRESS_SEAL_EVERY/);
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' });
    expect(loadConfig({ REDRESS_SEAL_KEY: String(pem) }).sealKey).toBe(String(pem));
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    expect(() => loadConfig({ REDRESS_SEAL_KEY: String(rsa) })).toThrow(/REDRESS_SEAL_KEY must be/);
  });

  it('refuses an unknown store and a malformed EventStoreDB URL', () => {
    expect(() => loadConfig({ REDRESS_STORE: 'postgres' })).toThrow(
      /REDRESS_STORE must be sqlite, esdb or memory/,
    );
    expect(() => loadConfig({ REDRESS_STORE: 'esdb', REDRESS_ESDB_URL: 'http://x' })).toThrow(
      /must start with esdb:\/\//,
    );
    expect(
      loadConfig({ REDRESS_STORE: 'esdb', REDRESS_ESDB_URL: 'esdb://127.0.0.1:2113?tls=false' })
        .esdbUrl,
    ).toBe('esdb://127.0.0.1:2113?tls=false');
  });

  it('names the store to open', () => {
    expect(storeChoice(loadConfig({ REDRESS_DATA_DIR: '/srv/redress' }))).toEqual({
      kind: 'sqlite',
      dataDir: '/srv/redress',
    });
    expect(storeChoice(loadConfig({ REDRESS_STORE: 'memory' }))).toEqual({ kind: 'memory' });
  });

  it('commits the embedded store on its own thread unless told the main thread', () => {
    expect(loadConfig({}).sqliteWriter).toBe('thread');
    expect(loadConfig({ REDRESS_SQLITE_WRITER: 'main' }).sqliteWriter).toBe('main');
    expect(() => loadConfig({ REDRESS_SQLITE_WRITER: 'both' })).toThrow(
      /REDRESS_SQLITE_WRITER must be thread or main \(got "both"\)/,
    );
  });

  it('bounds streams and token lifetimes, and checks issuer and audience only with a public key', () => {
    expect(loadConfig({})).toMatchObject({
      maxEventsPerComplaint: 10_000,
      tokenMaxLifetimeSeconds: 12 * 3600,
    });
    expect(
      loadConfig({ REDRESS_MAX_EVENTS_PER_COMPLAINT: '500', REDRESS_TOKEN_MAX_LIFETIME: '30m' }),
    ).toMatchObject({ maxEventsPerComplaint: 500, tokenMaxLifetimeSeconds: 1800 });
    expect(() => loadConfig({ REDRESS_MAX_EVENTS_PER_COMPLAINT: '5' })).toThrow(
      /REDRESS_MAX_EVENTS_PER_COMPLAINT must be a whole number from 10/,
    );
    expect(() => loadConfig({ REDRESS_TOKEN_MAX_LIFETIME: '100y' })).toThrow(
      /REDRESS_TOKEN_MAX_LIFETIME must look like 30m, 12h or 7d/,
    );
    expect(() => loadConfig({ REDRESS_TOKEN_MAX_LIFETIME: '365d' })).toThrow(/from 1m to 30d/);
    expect(() => loadConfig({ REDRESS_JWT_ISSUER: 'https://id.example' })).toThrow(
      /set REDRESS_JWT_PUBLIC_KEY too/,
    );
  });

  it('puts the read models in the data directory, or on PostgreSQL with REDRESS_READ_MODELS', () => {
    expect(loadConfig({ REDRESS_DATA_DIR: '/srv/redress' }).readModels).toBe(
      '/srv/redress/read-models.sqlite',
    );
    const url = 'postgres://redress:secret@db.internal:5432/redress';
    expect(loadConfig({ REDRESS_READ_MODELS: url }).readModels).toBe(url);
    expect(() => loadConfig({ REDRESS_READ_MODELS: 'mysql://db/redress' })).toThrow(
      /REDRESS_READ_MODELS must be a postgres:\/\/ or postgresql:\/\/ URL/,
    );
    expect(() => loadConfig({ REDRESS_STORE: 'memory', REDRESS_READ_MODELS: url })).toThrow(
      /REDRESS_READ_MODELS needs a durable store/,
    );
  });
});
