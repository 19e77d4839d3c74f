import {
  COMPLAINT_EVENT_TYPES,
  evolve,
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
