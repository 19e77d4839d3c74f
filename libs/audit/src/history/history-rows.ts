import type { AuditedEvent } from '../audited-event';
import { isBackdated } from '../audited-event';
import type { HazardEvent } from '@redress/hazards';
import { narrate, reasonOf } from './narrate-event';
import { hazardReasonOf, narrateHazard } from './narrate-hazard-event';

/** One line of a complaint's history as an auditor reads it. */
export interface HistoryRow {
  readonly revision: number;
  readonly type: string;
  readonly recordedAt: string;
  readonly effectiveOn: string;
  readonly actor: string;
  readonly role: string;
  /** The reason the event gives (extension, reassignment, withdrawal, refusal). */
  readonly reason?: string;
  readonly backdated: boolean;
  readonly backdateReason?: string;
  /** What changed, in plain words. */
  readonly summary: string;
  readonly hash?: string;
}

export function historyRow(e: AuditedEvent): HistoryRow {
  return {
    revision: e.revision,
    type: e.event.type,
    recordedAt: e.recordedAt,
    effectiveOn: e.effectiveOn,
    actor: e.actor.id,
    role: e.actor.role,
    reason: reasonOf(e.event),
    backdated: isBackdated(e),
    backdateReason: e.backdateReason,
    summary: narrate(e.event),
    hash: e.hash,
  };
}

/**
 * A hazard case's event as a history line (SI 2025/1042): the same columns as a complaint's, so
 * an auditor reads both chains the same way.
 */
export function hazardHistoryRow(e: AuditedEvent<HazardEvent>): HistoryRow {
  return {
    revision: e.revision,
    type: e.event.type,
    recordedAt: e.recordedAt,
    effectiveOn: e.effectiveOn,
    actor: e.actor.id,
    role: e.actor.role,
    reason: hazardReasonOf(e.event),
    backdated: isBackdated(e),
    backdateReason: e.backdateReason,
    summary: narrateHazard(e.event),
    hash: e.hash,
  };
}

/** Every event in stream order: the order the landlord recorded them. */
export function historyOf(events: readonly AuditedEvent[]): HistoryRow[] {
  return events.map(historyRow);
}
