import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../hash-chain/canonical-json';
import { keyIdOf } from './seal-key';

export const SEAL_FORMAT = 'redress-seal/1';

/** What a seal states, and what its signature covers (as canonical JSON). */
export interface SealStatement {
  readonly format: typeof SEAL_FORMAT;
  /** headsDigest over every stream's head at `position`. */
  readonly digest: string;
  /** The last event the seal covers, in the global log. */
  readonly position: { readonly commit: string; readonly prepare: string };
  readonly sealedAt: string;
  readonly streams: number;
  readonly events: number;
  /** The digest of the seal before this one in the store, or null for the first. */
  readonly previousDigest: string | null;
  /** SHA-256 of the signing key's public key (SPKI DER). */
  readonly keyId: string;
}

/** A seal as exported for an auditor to keep outside the store: small, and self-describing. */
export interface SealDocument {
  readonly statement: SealStatement;
  /** Ed25519 over the statement's canonical JSON, base64. */
  readonly signature: string;
  /** The signing key's public key, SPKI PEM. */
  readonly publicKey: string;
}

export function signStatement(statement: SealStatement, privateKey: KeyObject): string {
  return sign(null, Buffer.from(canonicalJson(statement)), privateKey).toString('base64');
}

export type SignatureVerdict =
  { readonly ok: true; readonly keyId: string } | { readonly ok: false; readonly reason: string };

/**
 * Checks the signature, with `trusted` (the landlord's key, when this machine has it) or else the
 * key the document carries; a document signed by another key than `trusted` fails.
 */
export function checkSignature(doc: SealDocument, trusted?: KeyObject): SignatureVerdict {
  let key: KeyObject;
  try {
    key = trusted ?? createPublicKey(doc.publicKey);
  } catch {
    return { ok: false, reason: 'the seal carries no readable public key' };
  }
  const keyId = keyIdOf(key);
  if (doc.statement.keyId !== keyId) {
    return {
      ok: false,
      reason: `signed by key ${doc.statement.keyId.slice(0, 16)}…, not by this store's key ${keyId.slice(0, 16)}…`,
    };
  }
  let valid: boolean;
  try {
    valid = verify(
      null,
      Buffer.from(canonicalJson(doc.statement)),
      key,
      Buffer.from(doc.signature, 'base64'),
    );
  } catch {
    valid = false;
  }
  return valid
    ? { ok: true, keyId }
    : { ok: false, reason: 'the signature does not match the statement' };
}

/** Reads an exported seal, checking its shape (not yet its signature). */
export function parseSealDocument(text: string): SealDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!isSealDocument(raw)) {
    throw new Error(`not a ${SEAL_FORMAT} document (statement, signature, publicKey)`);
  }
  return { statement: raw.statement, signature: raw.signature, publicKey: raw.publicKey };
}

/** The shape of a seal document, checked before any of it is trusted or converted. */
export function isSealDocument(raw: unknown): raw is SealDocument {
  const doc = raw as Partial<SealDocument> | null;
  const s = doc?.statement as Partial<SealStatement> | undefined;
  return (
    typeof doc?.signature === 'string' &&
    typeof doc.publicKey === 'string' &&
    s?.format === SEAL_FORMAT &&
    typeof s.digest === 'string' &&
    /^[0-9a-f]{64}$/.test(s.digest) &&
    typeof s.position?.commit === 'string' &&
    /^-?\d{1,19}$/.test(s.position.commit) &&
    typeof s.position.prepare === 'string' &&
    /^-?\d{1,19}$/.test(s.position.prepare) &&
    typeof s.sealedAt === 'string' &&
    typeof s.keyId === 'string'
  );
}
