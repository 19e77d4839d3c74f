import {
  COMPLAINT_EVENT_TYPES,
  evolve,
  fold,
  initialState,
  type ComplaintEvent,
  type ComplaintEventType,
  type ComplaintState,
} from '@redress/complaints';

/**
 * The event types the projection folds: every complaint event, since each one can move a date,
 * a deadline or an outcome that some report reads. A type added to the domain joins this list
 * (and the replay test that folds every type) by construction.
 */
export const PROJECTED_EVENT_TYPES: readonly ComplaintEventType[] = COMPLAINT_EVENT_TYPES;
const HANDLED = new Set<string>(PROJECTED_EVENT_TYPES);

/**
 * The projection's document for one complaint: the domain's own fold and the last revision
 * folded in. Reusing the domain's `evolve` means a report can never disagree with the rules
 * about what a complaint's state is. Documents live in memory only: one that is not cached is
 * folded again from its stream, up to the revision its rows record, so the event store stays
 * the one copy of the state.
 */
export interface ProjectedComplaint {
  readonly complaintId: string;
  readonly revision: number;
  readonly state: ComplaintState;
}

/**
 * Folds one stored event into the document (habit 10: `evolve(doc | null, event)`). An event at
 * or below the revision already folded is a redelivery and changes nothing.
 */
export function projectEvent(
  doc: ProjectedComplaint | null,
  complaintId: string,
  revision: number,
  event: ComplaintEvent,
): ProjectedComplaint {
  const current = doc ?? { complaintId, revision: -1, state: initialState() };
  if (revision <= current.revision) return current;
  // An event type this projection does not handle still counts as seen at its revision.
  const state = HANDLED.has(event.type) ? evolve(current.state, event) : current.state;
  return { complaintId, revision, state };
}

/** One stored event for `projectEvents`: its revision in the complaint's stream, and the event. */
export interface RevisedEvent {
  readonly revision: number;
  readonly event: ComplaintEvent;
}

/**
 * Folds a run of one complaint's stored events, in stream order, into the document: the same
 * document as `projectEvent` one at a time, but through the domain's `fold`, which copies the
 * record once for the run (a rebuild folds each complaint's events together at the end).
 */
export function projectEvents(
  doc: ProjectedComplaint | null,
  complaintId: string,
  events: readonly RevisedEvent[],
): ProjectedComplaint {
  const current = doc ?? { complaintId, revision: -1, state: initialState() };
  let revision = current.revision;
  const handled: ComplaintEvent[] = [];
  for (const e of events) {
    if (e.revision <= revision) continue;
    revision = e.revision;
    if (HANDLED.has(e.event.type)) handled.push(e.event);
  }
  if (revision === current.revision) return current;
  return { complaintId, revision, state: fold(handled, current.state) };
}
