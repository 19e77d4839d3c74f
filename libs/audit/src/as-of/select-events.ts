import type { DomainEventLike } from '@redress/event-store';
import type { AuditedEvent } from '../audited-event';
import type { Moment } from '../moment';

/**
 * `recorded`: what the landlord's record held at that instant (events recorded by then).
 * `effective`: the business-time view, where a back-dated entry counts from the day it takes
 * effect. Where the two differ is the audit finding.
 */
export type AsOfViewKind = 'recorded' | 'effective';

export const AS_OF_VIEWS: readonly AsOfViewKind[] = ['recorded', 'effective'];

export function inView<E extends DomainEventLike>(
  e: AuditedEvent<E>,
  moment: Moment,
  view: AsOfViewKind,
): boolean {
  return view === 'recorded'
    ? Date.parse(e.recordedAt) <= moment.instant.getTime()
    : e.effectiveOn <= moment.date;
}

/**
 * The events a view holds at a moment, in stream order. The decider never dates a step before
 * the one it follows, so business dates rise along the stream and stream order is also
 * business order: both views fold a consistent history.
 */
export function selectEvents<E extends DomainEventLike>(
  events: readonly AuditedEvent<E>[],
  moment: Moment,
  view: AsOfViewKind,
): AuditedEvent<E>[] {
  return events.filter((e) => inView(e, moment, view));
}

/** Events one view holds at the moment and the other does not: the back-dated entries. */
export function viewDisagreements<E extends DomainEventLike>(
  events: readonly AuditedEvent<E>[],
  moment: Moment,
): AuditedEvent<E>[] {
  return events.filter((e) => inView(e, moment, 'recorded') !== inView(e, moment, 'effective'));
}
