import { londonDateOf, type ComplaintEvent, type LocalDate } from '@redress/complaints';
import type { DomainEventLike, StoredDomainEvent } from '@redress/event-store';

/**
 * One stored complaint event with the facts an auditor asks about side by side: when it was
 * recorded (server clock), the business date it takes effect, who recorded it and why it was
 * back-dated. Everything else in the audit library works from these.
 */
export interface AuditedEvent<E extends DomainEventLike = ComplaintEvent> {
  readonly revision: number;
  readonly eventId: string;
  readonly event: E;
  /** ISO instant from the server clock. */
  readonly recordedAt: string;
  /** The business date the fact takes effect (may be earlier than recordedAt). */
  readonly effectiveOn: LocalDate;
  readonly backdateReason?: string;
  readonly actor: { readonly id: string; readonly role: string };
  /** This event's link in the stream's hash chain. */
  readonly hash?: string;
}

/** Any stream whose payloads carry `effectiveOn` (complaints, hazard cases) reads the same way. */
export function auditedEvent<E extends DomainEventLike = ComplaintEvent>(
  stored: StoredDomainEvent<E>,
): AuditedEvent<E> {
  const meta = stored.metadata ?? ({} as Partial<StoredDomainEvent<E>['metadata']>);
  const recordedAt = meta.recordedAt ?? stored.recorded.created.toISOString();
  const data = stored.event.data as { effectiveOn?: string; backdateReason?: string };
  return {
    revision: Number(stored.revision),
    eventId: meta.eventId ?? stored.recorded.id,
    event: stored.event,
    recordedAt,
    // Every complaint payload carries effectiveOn; the metadata copy and the recording day are
    // fallbacks for hand-made or foreign events, so a replay never stops on one.
    effectiveOn: data.effectiveOn ?? meta.effectiveOn ?? londonDateOf(recordedAt),
    backdateReason: data.backdateReason ?? meta.backdateReason,
    actor: meta.actor ?? { id: 'unknown', role: 'unknown' },
    hash: meta.hash,
  };
}

export function auditedEvents(
  stored: readonly StoredDomainEvent<ComplaintEvent>[],
): AuditedEvent[] {
  return stored.map(auditedEvent);
}

/**
 * Back-dated: it takes effect on a business day before the day it was recorded in England.
 * The reason is required by the decider, but the dates decide, so a reason-less back-dating in
 * imported history is still surfaced.
 */
export function isBackdated(e: AuditedEvent<DomainEventLike>): boolean {
  return e.backdateReason !== undefined || e.effectiveOn < londonDateOf(e.recordedAt);
}
