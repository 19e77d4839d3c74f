import { createHash } from 'node:crypto';

/** Where one stream's chain ended at a moment: its last revision and that event's hash. */
export interface StreamHead {
  readonly revision: bigint;
  readonly hash: string;
}

export type StreamHeads = ReadonlyMap<string, StreamHead>;

/**
 * One digest over every stream's head: SHA-256 over one line per stream, in ascending order of
 * stream name (UTF-16 code units, as JavaScript sorts), each line the JSON-quoted name, the
 * head revision in decimal and the head hash, separated by spaces and ended by `\n`. Any
 * stream cut back, removed, added or rewritten changes it. Anyone can recompute it from the
 * heads with that description alone.
 */
export function headsDigest(heads: StreamHeads): string {
  const hash = createHash('sha256');
  for (const stream of [...heads.keys()].sort(byCodeUnits)) {
    const head = heads.get(stream)!;
    hash.update(`${JSON.stringify(stream)} ${head.revision.toString()} ${head.hash}\n`);
  }
  return hash.digest('hex');
}

/** Every event of every stream: the sum of head revisions plus one each. */
export function eventCount(heads: StreamHeads): number {
  let n = 0;
  for (const head of heads.values()) n += Number(head.revision) + 1;
  return n;
}

export const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
