import { randomUUID } from 'node:crypto';
import type { EventToAppend, Json, RecordedEvent, Subscription } from '../port/event-store.port';

/** A prefix no other test (or earlier run against a real server) has used. */
export function uniquePrefix(label: string): string {
  return `${label}${randomUUID().replace(/-/g, '').slice(0, 12)}-`;
}

export function event(type: string, data: Json = {}, metadata: Json = {}): EventToAppend {
  return { id: randomUUID(), type, data, metadata };
}

export function events(count: number, type = 'Counted'): EventToAppend[] {
  return Array.from({ length: count }, (_, i) => event(type, { i }));
}

/**
 * Reads a subscription until `count` events arrived and, if asked, the caught-up marker too;
 * closes it after `timeoutMs` whatever happened, so a broken adapter fails instead of hanging.
 */
export async function collect(
  subscription: Subscription,
  count: number,
  options: { timeoutMs?: number; untilCaughtUp?: boolean } = {},
): Promise<{ events: RecordedEvent[]; caughtUp: boolean }> {
  const seen: RecordedEvent[] = [];
  let caughtUp = false;
  const timer = setTimeout(() => void subscription.close(), options.timeoutMs ?? 20_000);
  try {
    for await (const message of subscription) {
      if (message.kind === 'caught-up') caughtUp = true;
      else seen.push(message.event);
      if (seen.length >= count && (caughtUp || !options.untilCaughtUp)) break;
    }
  } finally {
    clearTimeout(timer);
    await subscription.close();
  }
  return { events: seen, caughtUp };
}
