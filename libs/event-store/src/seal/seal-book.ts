import type { KeyObject } from 'node:crypto';
import { hashOf } from '../hash-chain/hash-chain';
import type { EventStore, Json } from '../port/event-store.port';
import { positionFromJson, type Position } from '../port/position';
import { checkSignature, isSealDocument, type SealDocument } from './seal-document';
import { headsDigest, type StreamHead } from './stream-heads';

/**
 * The stream seals are appended to. Its name does not start with `complaint-`, so projections
 * and reports never see it; it is itself hash-chained, and each seal covers the ones before.
 */
export const SEAL_STREAM = 'redress-seals';
export const SEAL_EVENT = 'StoreSealed';

/** What a seal event holds: the exported document, and the heads that changed since the last. */
export interface SealEventData {
  readonly statement: SealDocument['statement'];
  readonly signature: string;
  readonly publicKey: string;
  /** [stream, head revision (decimal), head hash] for each stream whose head moved. */
  readonly changes: readonly (readonly [string, string, string])[];
}

export interface StoredSeal {
  readonly document: SealDocument;
  /** The seal event's revision in the seal stream. */
  readonly revision: bigint;
  readonly position: Position;
}

export interface SealProblem {
  readonly revision: bigint;
  readonly reason: string;
}

export interface SealBook {
  /** Every seal in the store, oldest first. */
  readonly seals: readonly StoredSeal[];
  /** Seals whose signature, digest or link to the previous one does not hold. */
  readonly problems: readonly SealProblem[];
  /** The seal asked for (by digest), or the latest, with every stream's head at its position. */
  readonly target?: { readonly seal: StoredSeal; readonly heads: ReadonlyMap<string, StreamHead> };
  /** The seal stream's last revision (-1n when there is none) and head hash. */
  readonly streamRevision: bigint;
  readonly streamHeadHash?: string;
}

const isChange = (c: unknown): boolean =>
  Array.isArray(c) &&
  typeof c[0] === 'string' &&
  typeof c[1] === 'string' &&
  /^\d{1,19}$/.test(c[1]) &&
  typeof c[2] === 'string';

/** The latest seal alone, read from the end of the seal stream, unchecked (for printing). */
export async function readLatestSeal(store: EventStore): Promise<SealDocument | undefined> {
  const [last] = await store.readStream(SEAL_STREAM, {
    direction: 'backwards',
    fromRevision: 'end',
    maxCount: 1,
  });
  const data = last?.data as unknown as SealEventData | undefined;
  const doc = last?.type === SEAL_EVENT && data ? sealDocumentOf(data) : undefined;
  return isSealDocument(doc) ? doc : undefined;
}

export const sealDocumentOf = (data: SealEventData): SealDocument => ({
  statement: data.statement,
  signature: data.signature,
  publicKey: data.publicKey,
});

/**
 * Reads the seal stream and rebuilds each seal's heads by folding the changes, checking each
 * seal on the way: its signature (against `trusted` when the store's key is known here), its
 * digest against the heads folded so far, and its link to the seal before. A seal that fails is
 * listed in `problems`; the heads it carries are still folded so later seals can be named.
 */
export async function readSealBook(
  store: EventStore,
  options: {
    readonly trusted?: KeyObject;
    readonly digest?: string;
    /**
     * Check every seal's digest (verify, the default), or only the target's: rebuilding the
     * digest costs a pass over every stream per seal, which a request should not pay for each
     * of a year of daily seals. Signatures and links are checked either way.
     */
    readonly checkEvery?: boolean;
  } = {},
): Promise<SealBook> {
  const events = await store.readStream(SEAL_STREAM);
  const heads = new Map<string, StreamHead>();
  const seals: StoredSeal[] = [];
  const problems: SealProblem[] = [];
  let target: SealBook['target'];
  let previousDigest: string | null = null;
  for (const event of events) {
    if (event.type !== SEAL_EVENT) continue;
    const data = event.data as unknown as SealEventData;
    const problem = (reason: string) => problems.push({ revision: event.revision, reason });
    const valid =
      isSealDocument(data && sealDocumentOf(data)) &&
      Array.isArray(data.changes) &&
      data.changes.every(isChange);
    if (!valid) {
      problem('the seal event is not a seal');
      continue;
    }
    for (const [stream, revision, hash] of data.changes) {
      heads.set(stream, { revision: BigInt(revision), hash });
    }
    const document = sealDocumentOf(data);
    const signature = checkSignature(document, options.trusted);
    if (!signature.ok) problem(signature.reason);
    const last = event === events.at(-1) || options.digest === data.statement.digest;
    if ((options.checkEvery !== false || last) && headsDigest(heads) !== data.statement.digest) {
      problem('its digest does not match the heads it lists: the seal was edited');
    }
    if (document.statement.previousDigest !== previousDigest) {
      problem('it does not follow the seal before it: a seal was removed or replaced');
    }
    previousDigest = document.statement.digest;
    const seal: StoredSeal = {
      document,
      revision: event.revision,
      position: positionFromJson(document.statement.position),
    };
    seals.push(seal);
    if (options.digest === document.statement.digest) target = { seal, heads: new Map(heads) };
  }
  const latest = seals.at(-1);
  if (options.digest === undefined && latest) target = { seal: latest, heads };
  const last = events.at(-1);
  return {
    seals,
    problems,
    target,
    streamRevision: last?.revision ?? -1n,
    streamHeadHash: hashOf(last as { metadata: Json } | undefined),
  };
}
