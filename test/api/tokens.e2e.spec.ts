import { createSecretKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SignJWT, decodeJwt } from 'jose';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MemoryEventStore } from '@redress/event-store';
import { openReadModelDatabase } from '@redress/read-models';
import { loadTokenKeys } from '../../apps/api/src/auth/token-keys';
import { createApp } from '../../apps/api/src/bootstrap/create-app';
import { loadConfig } from '@redress/config';
import { SECRET, startApi, type ApiHarness } from '../support/api-harness';

const secret = createSecretKey(Buffer.from(SECRET, 'utf8'));
const now = () => Math.floor(Date.now() / 1000);

/** A token with exactly the claims given (no defaults), signed with the key given. */
function sign(
  claims: Record<string, unknown>,
  key: KeyObject = secret,
  alg = 'HS256',
): Promise<string> {
  return new SignJWT({ sub: 'alice', role: 'officer', ...claims })
    .setProtectedHeader({ alg })
    .sign(key);
}

async function statusWith(
  request: (headers: Record<string, string>) => Promise<{ statusCode: number; body: string }>,
  token: string,
): Promise<{ status: number; detail: string }> {
  const response = await request({ authorization: `Bearer ${token}` });
  return { status: response.statusCode, detail: JSON.parse(response.body).detail ?? '' };
}

describe('tokens must expire, and soon enough', () => {
  let api: ApiHarness;
  beforeAll(async () => (api = await startApi({ env: { REDRESS_TOKEN_MAX_LIFETIME: '12h' } })));
  afterAll(() => api.close());
  const list = (headers: Record<string, string>) =>
    api.request({ method: 'GET', url: '/complaints', headers });

  it('accepts a token issued now for 12 hours', async () => {
    const token = await sign({ iat: now(), exp: now() + 12 * 3600 });
    expect((await statusWith(list, token)).status).toBe(200);
  });

  it('refuses a token without exp with a clear 401', async () => {
    const result = await statusWith(list, await sign({ iat: now() }));
    expect(result.status).toBe(401);
    expect(result.detail).toMatch(/no expiry \(exp\)/);
  });

  it('refuses a token living longer than REDRESS_TOKEN_MAX_LIFETIME (100 years, 13 hours)', async () => {
    for (const lifetime of [100 * 365 * 86400, 13 * 3600]) {
      const result = await statusWith(list, await sign({ iat: now(), exp: now() + lifetime }));
      expect(result).toEqual({ status: 401, detail: expect.stringMatching(/longer than the 12h/) });
    }
  });

  it('without iat, judges the lifetime left from now', async () => {
    expect((await statusWith(list, await sign({ exp: now() + 3600 }))).status).toBe(200);
    expect((await statusWith(list, await sign({ exp: now() + 30 * 86400 }))).status).toBe(401);
  });

  it('refuses an expired token', async () => {
    const token = await sign({ iat: now() - 7200, exp: now() - 3600 });
    expect((await statusWith(list, token)).status).toBe(401);
  });
});

describe('with a public key, issuer and audience are checked when configured', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  let app: NestFastifyApplication;
  beforeAll(async () => {
    const config = loadConfig({
      REDRESS_STORE: 'memory',
      REDRESS_LOG_LEVEL: 'silent',
      REDRESS_JWT_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      REDRESS_JWT_ISSUER: 'https://id.landlord.example',
      REDRESS_JWT_AUDIENCE: 'redress',
    });
    app = await createApp({
      config,
      store: new MemoryEventStore(),
      keys: await loadTokenKeys(config),
      readModels: await openReadModelDatabase(':memory:'),
    });
  });
  afterAll(() => app.close());
  const list = (headers: Record<string, string>) =>
    app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/complaints', headers });
  const claims = { iat: now(), exp: now() + 3600 };

  it('accepts the right issuer and audience, and refuses others or none', async () => {
    const right = { ...claims, iss: 'https://id.landlord.example', aud: 'redress' };
    expect((await statusWith(list, await sign(right, privateKey, 'ES256'))).status).toBe(200);
    for (const wrong of [
      { ...right, iss: 'https://elsewhere.example' },
      { ...right, aud: 'another-app' },
      { ...claims, aud: 'redress' },
      { ...claims, iss: 'https://id.landlord.example' },
    ]) {
      const result = await statusWith(list, await sign(wrong, privateKey, 'ES256'));
      expect(result).toEqual({ status: 401, detail: expect.stringMatching(/"(iss|aud)" claim/) });
    }
  });

  it('still refuses a token without exp', async () => {
    const noExp = { iat: now(), iss: 'https://id.landlord.example', aud: 'redress' };
    expect((await statusWith(list, await sign(noExp, privateKey, 'ES256'))).status).toBe(401);
  });
});

describe('npm run token mints within the cap', () => {
  const run = promisify(execFile);
  const env = { ...process.env, REDRESS_JWT_SECRET: SECRET, REDRESS_TOKEN_MAX_LIFETIME: '8h' };
  const token = (...args: string[]) =>
    run('npx', ['tsx', 'apps/api/src/token.ts', '--sub', 'alice', '--role', 'officer', ...args], {
      env,
    });

  it('defaults to the cap when it is under 12 hours, and refuses --expires beyond it', async () => {
    const { stdout } = await token();
    const payload = decodeJwt(stdout.trim());
    expect(payload.exp! - payload.iat!).toBe(8 * 3600);
    await expect(token('--expires', '7d')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('REDRESS_TOKEN_MAX_LIFETIME'),
    });
  }, 60_000);
});
