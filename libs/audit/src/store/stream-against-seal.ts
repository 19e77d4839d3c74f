import type { KeyObject } from 'node:crypto';
import {
  compareStreamWithSeal,
  readSealBook,
  type EventStore,
  type RecordedEvent,
} from '@redress/event-store';

/** One stream against the store's latest seal, as `verify --complaint` and the api print it. */
export interface StreamSealVerdict {
  readonly digest: string;
  readonly sealedAt: string;
  readonly matches: boolean;
  /** What differs (a cut-back tail, a recomputed chain), or why the seal itself does not hold. */
  readonly problem?: string;
}

/** Undefined before the first seal. Only the latest seal's digest is rebuilt (a request's cost). */
export async function streamAgainstLatestSeal(
  store: EventStore,
  stream: string,
  events: readonly RecordedEvent[],
  trusted?: KeyObject,
): Promise<StreamSealVerdict | undefined> {
  const book = await readSealBook(store, { trusted, checkEvery: false });
  if (!book.target) return undefined;
  const { seal, heads } = book.target;
  const own = book.problems.find((p) => p.revision === seal.revision);
  const finding = compareStreamWithSeal(stream, events, heads.get(stream), seal.position);
  const problem = finding
    ? `${finding.kind}: ${finding.detail}`
    : own
      ? `the seal does not hold: ${own.reason}`
      : undefined;
  const s = seal.document.statement;
  return { digest: s.digest, sealedAt: s.sealedAt, matches: problem === undefined, problem };
}
