/**
 * A place in the global log (`$all`). EventStoreDB positions are a pair of byte offsets that only
 * the server can interpret; the embedded stores use one sequence number for both. Either way a
 * position is compared, stored and handed back, never computed with.
 */
export interface Position {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export const START: Position = Object.freeze({ commit: -1n, prepare: -1n });

export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** Positions as JSON (checkpoints, HTTP): decimal strings, since bigints do not survive JSON. */
export function positionToJson(p: Position): { commit: string; prepare: string } {
  return { commit: p.commit.toString(), prepare: p.prepare.toString() };
}

export function positionFromJson(json: { commit: string; prepare: string }): Position {
  return { commit: BigInt(json.commit), prepare: BigInt(json.prepare) };
}
