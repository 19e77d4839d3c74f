import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The key that encrypts and signs the session cookie (libsodium secretbox, 32 bytes), kept in
 * the data directory like the token secret: made on first start, so sessions survive restarts,
 * and readable only by the account Redress runs as.
 */
export function loadSessionKey(dataDir: string): Buffer {
  const file = join(dataDir, 'session-key');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process made it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  if (key.length !== 32)
    throw new Error(`${file} must hold 32 bytes in hex; delete it to make a new one`);
  return key;
}
