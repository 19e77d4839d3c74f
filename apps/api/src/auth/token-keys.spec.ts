import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jwtVerify } from 'jose';
import { loadConfig } from '@redress/config';
import { mintToken } from './mint-token';
import { loadTokenKeys } from './token-keys';

describe('token keys', () => {
  it('generates a secret in the data directory on first start, keeps it, and says so once', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'redress-keys-')), 'data');
    const first = await loadTokenKeys(loadConfig({ REDRESS_DATA_DIR: dataDir }));
    expect(first.generatedAt).toBe(join(dataDir, 'jwt-secret'));
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    const second = await loadTokenKeys(loadConfig({ REDRESS_DATA_DIR: dataDir }));
    expect(second.generatedAt).toBeUndefined();
    const token = await mintToken(first.signingSecret!, 'alice', 'officer');
    const { payload } = await jwtVerify(token, second.verifyKey, { algorithms: second.algorithms });
    expect(payload).toMatchObject({ sub: 'alice', role: 'officer' });
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').length).toBeGreaterThanOrEqual(64);
  });

  it('uses the configured secret when there is one', async () => {
    const keys = await loadTokenKeys(loadConfig({ REDRESS_JWT_SECRET: 'x'.repeat(40) }));
    expect(keys.generatedAt).toBeUndefined();
    expect(keys.algorithms).toEqual(['HS256']);
  });
});
