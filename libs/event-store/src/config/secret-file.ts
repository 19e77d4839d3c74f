import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A secret kept in the data directory (token secret, session key, seal key), made on first use.
 * Several processes may start at once on one data directory (two apis on one SQLite file), so
 * the file must never be seen half written: the secret is written to a file of its own, then
 * linked into place, which either creates the whole file or fails because another process won.
 * Returns the file's text and whether this call made it.
 */
export function readOrCreateSecretFile(
  file: string,
  make: () => string,
): { readonly text: string; readonly created: boolean } {
  let created = false;
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    const draft = join(dirname(file), `.${randomBytes(8).toString('hex')}.draft`);
    writeFileSync(draft, make(), { mode: 0o600, flag: 'wx' });
    try {
      linkSync(draft, file);
      created = true;
    } catch (error) {
      // Another process made it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(draft);
    }
  }
  return { text: readFileSync(file, 'utf8'), created };
}
