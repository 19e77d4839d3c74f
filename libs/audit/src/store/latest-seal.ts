import { readLatestSeal, type EventStore } from '@redress/event-store';
import type { LatestSeal } from '../export/export-document';

/** The store's latest seal, as printed on exports and reports; undefined before the first. */
export async function latestSeal(store: EventStore): Promise<LatestSeal | undefined> {
  const seal = await readLatestSeal(store);
  if (!seal) return undefined;
  const s = seal.statement;
  return { digest: s.digest, sealedAt: s.sealedAt, position: s.position.commit };
}
