import { randomUUID } from 'node:crypto';
import { GENESIS_HASH, StreamChainCheck, type ChainBreak } from '../hash-chain/hash-chain';
import { ConcurrencyError } from '../port/concurrency-error';
import type { EventStore } from '../port/event-store.port';
import { comparePositions, positionToJson, START, type Position } from '../port/position';
import { EventSerializer } from '../serialization/event-serializer';
import { UpcasterRegistry } from '../serialization/upcaster-registry';
import { readSealBook, SEAL_EVENT, SEAL_STREAM, type SealEventData } from './seal-book';
import { SEAL_FORMAT, signStatement, type SealDocument, type SealStatement } from './seal-document';
import type { SealKey } from './seal-key';
import { eventCount, headsDigest, type StreamHead } from './stream-heads';

/** Sealing stopped: the store does not follow on from its latest seal. Nothing was written. */
export class SealRefused extends Error {
  override readonly name = 'SealRefused';
  constructor(
    message: string,
    readonly damaged: readonly { readonly stream: string; readonly firstBreak: ChainBreak }[] = [],
  ) {
    super(message);
  }
}

export interface SealOptions {
  readonly key: SealKey;
  readonly now: () => Date;
  /** Who sealed: the api's scheduler, an operator's account. */
  readonly actor: { readonly id: string; readonly role: string };
  readonly pageSize?: number;
}

export interface SealResult {
  readonly document: SealDocument;
  /** Events checked since the seal before (the whole log for the first seal). */
  readonly checked: number;
}

const serializer = new EventSerializer(new UpcasterRegistry());

/**
 * Seals the store: walks the events appended since the latest seal (the whole log for the
 * first), checking each against its stream's chain from the head the latest seal recorded, so a
 * seal never vouches for a stream that was cut back or rewritten after the one before; folds
 * them into every stream's head; signs the digest with the position and the time; and appends
 * the seal, with the heads that moved, to the seal stream at the revision read. A concurrent
 * sealer makes this one start again.
 */
export async function sealStore(store: EventStore, options: SealOptions): Promise<SealResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sealOnce(store, options);
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= 5) throw error;
    }
  }
}

async function sealOnce(store: EventStore, options: SealOptions): Promise<SealResult> {
  // Each seal is checked with the key it carries, so a rotated key does not stop sealing;
  // verify checks them against the key configured.
  // Only the latest seal's digest is rebuilt: the one this seal follows on from.
  const book = await readSealBook(store, { checkEvery: false });
  if (book.problems.length > 0) {
    const p = book.problems[0]!;
    throw new SealRefused(
      `the seal at revision ${p.revision} of ${SEAL_STREAM} does not hold: ${p.reason}`,
    );
  }
  const previous = book.target;
  const heads = new Map<string, StreamHead>(previous?.heads ?? []);
  const checks = new Map<string, StreamChainCheck | null>();
  const damaged: { stream: string; firstBreak: ChainBreak }[] = [];
  const moved = new Set<string>();
  const pageSize = options.pageSize ?? 5000;
  const after = previous?.seal.position ?? START;
  let position: Position = after;
  let from: Position | 'start' = previous ? previous.seal.position : 'start';
  let checked = 0;
  for (;;) {
    const page = await store.readAll({ fromPosition: from, maxCount: pageSize + 1 });
    // fromPosition is inclusive: skip what an earlier page or the previous seal already covered.
    const fresh = page.filter((e) => comparePositions(e.position, position) > 0);
    for (const event of fresh) {
      let check = checks.get(event.stream);
      if (check === undefined) {
        check = new StreamChainCheck(heads.get(event.stream));
        checks.set(event.stream, check);
      }
      if (check === null) continue;
      const broken = check.next(event);
      if (broken) {
        damaged.push({ stream: event.stream, firstBreak: broken });
        checks.set(event.stream, null);
        continue;
      }
      heads.set(event.stream, { revision: event.revision, hash: check.headHash });
      moved.add(event.stream);
    }
    checked += fresh.length;
    const end = page.at(-1);
    if (end && comparePositions(end.position, position) > 0) position = end.position;
    if (page.length <= pageSize || !end) break;
    from = end.position;
  }
  if (damaged.length > 0) {
    const d = damaged[0]!;
    throw new SealRefused(
      `${d.stream} does not follow on from the latest seal (revision ${d.firstBreak.revision}: ${d.firstBreak.detail}); run verify --all`,
      damaged,
    );
  }
  const sealedAt = options.now();
  const statement: SealStatement = {
    format: SEAL_FORMAT,
    digest: headsDigest(heads),
    position: positionToJson(position),
    sealedAt: sealedAt.toISOString(),
    streams: heads.size,
    events: eventCount(heads),
    previousDigest: previous?.seal.document.statement.digest ?? null,
    keyId: options.key.keyId,
  };
  const document: SealDocument = {
    statement,
    signature: signStatement(statement, options.key.privateKey),
    publicKey: options.key.publicKeyPem,
  };
  const data: SealEventData = {
    ...document,
    changes: [...moved].sort().map((s) => {
      const head = heads.get(s)!;
      return [s, head.revision.toString(), head.hash] as const;
    }),
  };
  const correlationId = randomUUID();
  const events = serializer.serialize(
    SEAL_STREAM,
    [{ type: SEAL_EVENT, data: data as unknown as object }],
    () => ({
      commandId: correlationId,
      correlationId,
      causationId: correlationId,
      actor: options.actor,
      recordedAt: sealedAt.toISOString(),
    }),
    book.streamRevision + 1n,
    book.streamHeadHash ?? GENESIS_HASH,
  );
  await store.appendToStream(SEAL_STREAM, events, {
    expectedRevision: book.streamRevision < 0n ? 'no_stream' : book.streamRevision,
  });
  return { document, checked };
}
