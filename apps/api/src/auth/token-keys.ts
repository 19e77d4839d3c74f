import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { readOrCreateSecretFile } from '@redress/event-store';
import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import { importSPKI } from 'jose';
import type { RedressConfig } from '@redress/config';

export interface TokenKeys {
  /** What verifies a token; a secret for HS256, a public key otherwise. */
  readonly verifyKey: KeyObject | Awaited<ReturnType<typeof importSPKI>>;
  readonly algorithms: string[];
  /** Present only with a shared secret: what `npm run token` signs with. */
  readonly signingSecret?: KeyObject;
  /** Set when a secret was generated on this start, so the operator can be told. */
  readonly generatedAt?: string;
}

/**
 * The token keys from configuration. Without a configured secret or public key, Redress keeps a
 * random secret in its data directory, created on first start, so tokens survive restarts.
 */
export async function loadTokenKeys(config: RedressConfig): Promise<TokenKeys> {
  if (config.jwtPublicKey) {
    // The key's own type says which algorithm its tokens use: RSA → RS256, EC P-256 → ES256.
    let type: string | undefined;
    try {
      type = createPublicKey(config.jwtPublicKey).asymmetricKeyType;
    } catch {
      type = undefined;
    }
    const algorithm = type === 'rsa' ? 'RS256' : type === 'ec' ? 'ES256' : undefined;
    if (!algorithm) {
      throw new Error('REDRESS_JWT_PUBLIC_KEY must be an RSA or EC P-256 public key in PEM form');
    }
    return { verifyKey: await importSPKI(config.jwtPublicKey, algorithm), algorithms: [algorithm] };
  }
  if (config.jwtSecret) {
    const key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
    return { verifyKey: key, algorithms: ['HS256'], signingSecret: key };
  }
  const file = join(config.dataDir, 'jwt-secret');
  const { text, created } = readOrCreateSecretFile(file, () =>
    randomBytes(48).toString('base64url'),
  );
  const generatedAt = created ? file : undefined;
  const key = createSecretKey(Buffer.from(text.trim(), 'utf8'));
  return { verifyKey: key, algorithms: ['HS256'], signingSecret: key, generatedAt };
}
