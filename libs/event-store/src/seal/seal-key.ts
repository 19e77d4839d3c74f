import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { existsSync } from 'node:fs';
import { readOrCreateSecretFile } from '../config/secret-file';
import { join } from 'node:path';

/** The Ed25519 key seals are signed with. */
export interface SealKey {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** SPKI PEM: what an auditor keeps to check seals with. */
  readonly publicKeyPem: string;
  readonly keyId: string;
  /** Set when the key was generated now, so the operator can be told where. */
  readonly generatedAt?: string;
}

/** Where a generated key is kept, next to the token secret. */
export const sealKeyFile = (dataDir: string) => join(dataDir, 'seal-key.pem');

/** The key's id: SHA-256 of its public key (SPKI DER), in hex. Printed on every seal. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

export class SealKeyError extends Error {
  override readonly name = 'SealKeyError';
}

/**
 * The signing key: the configured PEM (`REDRESS_SEAL_KEY`), or the one kept in the data
 * directory, generated there (mode 0600) on first use as the token secret is. Only Ed25519.
 */
export function loadSealKey(options: {
  readonly dataDir: string;
  readonly privateKeyPem?: string;
  /** false for readers (verify): a missing key is then undefined, not created. */
  readonly create?: boolean;
}): SealKey | undefined {
  let pem = options.privateKeyPem;
  let generatedAt: string | undefined;
  const file = sealKeyFile(options.dataDir);
  if (!pem) {
    if (!existsSync(file) && options.create === false) return undefined;
    const made = readOrCreateSecretFile(file, () =>
      generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    );
    if (made.created) generatedAt = file;
    pem = made.text;
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch (error) {
    throw new SealKeyError(
      `The seal key is not a private key in PEM form: ${(error as Error).message}`,
    );
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new SealKeyError(
      `The seal key must be an Ed25519 private key (got ${privateKey.asymmetricKeyType ?? 'a secret key'})`,
    );
  }
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: keyIdOf(publicKey),
    generatedAt,
  };
}
