import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { readOrCreateSecretFile } from '@redress/event-store';

/**
 * The key that encrypts and signs the session cookie (libsodium secretbox, 32 bytes), kept in
 * the data directory like the token secret: made on first start, so sessions survive restarts,
 * and readable only by the account Redress runs as.
 */
export function loadSessionKey(dataDir: string): Buffer {
  const file = join(dataDir, 'session-key');
  const { text } = readOrCreateSecretFile(file, () => randomBytes(32).toString('hex'));
  const key = Buffer.from(text.trim(), 'hex');
  if (key.length !== 32)
    throw new Error(`${file} must hold 32 bytes in hex; delete it to make a new one`);
  return key;
}
