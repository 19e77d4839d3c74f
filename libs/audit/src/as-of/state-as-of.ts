import {
  computeDeadlines,
  fold,
  statusOf,
  type ComplaintRecord,
  type Deadline,
} from '@redress/complaints';
import { defaultAuditContext, type AuditContext } from '../audit-context';
import type { AuditedEvent } from '../audited-event';
import { narrate } from '../history/narrate-event';
import type { Moment } from '../moment';
import { inView, selectEvents, viewDisagreements, type AsOfViewKind } from './select-events';

/** A back-dated entry on which the recorded and effective views disagree at the moment. */
export interface BackdateFinding {
  readonly revision: number;
  readonly type: string;
  readonly effectiveOn: string;
  readonly recordedAt: string;
  readonly backdateReason?: string;
  readonly actor: string;
  /** Whether the view asked for includes it. */
  readonly inThisView: boolean;
  readonly summary: string;
}

/** The complaint as one view knew it at one moment. */
export interface AsOfState {
  readonly view: AsOfViewKind;
  readonly asOf: { readonly text: string; readonly instant: string; readonly date: string };
  /** False when the complaint was not yet known at that moment in this view. */
  readonly known: boolean;
  /** The last event included (-1 when none). */
  readonly revision: number;
  readonly events: number;
  readonly status: string;
  readonly record: ComplaintRecord | null;
  /** Judged on the moment's date, from the facts this view holds. */
  readonly deadlines: readonly Deadline[];
  readonly findings: readonly BackdateFinding[];
}

/** Replays only the events the view held at the moment, then judges deadlines on that date. */
export function stateAsOf(
  events: readonly AuditedEvent[],
  moment: Moment,
  view: AsOfViewKind,
  context: AuditContext = defaultAuditContext(),
): AsOfState {
  const selected = selectEvents(events, moment, view);
  const state = fold(selected.map((e) => e.event));
  const record = state.complaint;
  const deadlines = record
    ? computeDeadlines(
        record,
        moment.date,
        context.calendar,
        context.policies.get(record.policyVersion),
      )
    : [];
  return {
    view,
    asOf: { text: moment.text, instant: moment.instant.toISOString(), date: moment.date },
    known: record !== null,
    revision: selected.at(-1)?.revision ?? -1,
    events: selected.length,
    status: statusOf(state.lifecycle),
    record,
    deadlines,
    findings: viewDisagreements(events, moment).map((e) => ({
      revision: e.revision,
      type: e.event.type,
      effectiveOn: e.effectiveOn,
      recordedAt: e.recordedAt,
      backdateReason: e.backdateReason,
      actor: `${e.actor.id} (${e.actor.role})`,
      inThisView: inView(e, moment, view),
      summary: narrate(e.event),
    })),
  };
}
