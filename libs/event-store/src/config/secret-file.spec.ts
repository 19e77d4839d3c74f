import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readOrCreateSecretFile } from './secret-file';

describe('a secret file in the data directory', () => {
  it('is made whole on first use, kept afterwards, private, and leaves no draft behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redress-secret-'));
    const file = join(dir, 'nested', 'session-key');
    const first = readOrCreateSecretFile(file, () => 'a'.repeat(64));
    const second = readOrCreateSecretFile(file, () => 'b'.repeat(64));
    expect(first).toEqual({ text: 'a'.repeat(64), created: true });
    expect(second).toEqual({ text: 'a'.repeat(64), created: false });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['session-key']);
  });
});
