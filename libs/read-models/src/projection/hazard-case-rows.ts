import { londonDateOf } from '@redress/complaints';
import {
  evolveHazard,
  initialHazardState,
  type HazardEvent,
  type HazardState,
} from '@redress/hazards';
import { hazardClocksOf, hazardStatus } from '@redress/hazard-stream';
import type {
  HazardCasesTable,
  HazardComplaintsTable,
  HazardStepsTable,
} from '../schema/read-model-tables';

/**
 * The projection's document for one hazard case: the domain's own fold (so a report never
 * disagrees with the rules about a case's state) and the last revision folded in.
 */
export interface ProjectedHazardCase {
  readonly hazardId: string;
  readonly revision: number;
  readonly state: HazardState;
  /** The day each complaint was linked by a later ComplaintLinked event. */
  readonly linkedOn: Readonly<Record<string, string>>;
}

/** Folds one stored event in; an event at or below the revision folded is a redelivery. */
export function projectHazardEvent(
  doc: ProjectedHazardCase | null,
  hazardId: string,
  revision: number,
  event: HazardEvent,
): ProjectedHazardCase {
  const current = doc ?? { hazardId, revision: -1, state: initialHazardState(), linkedOn: {} };
  if (revision <= current.revision) return current;
  const state = evolveHazard(current.state, event);
  const linked = event.type === 'ComplaintLinked' ? event.data?.complaintId : undefined;
  const linkedOn =
    typeof linked === 'string' && !(linked in current.linkedOn)
      ? { ...current.linkedOn, [linked]: event.data.effectiveOn }
      : current.linkedOn;
  return { hazardId, revision, state, linkedOn };
}

export interface HazardRowSet {
  readonly hazard: HazardCasesTable;
  readonly steps: HazardStepsTable[];
  readonly complaints: HazardComplaintsTable[];
}

/**
 * A case's rows. Each clock is judged as of the case's latest step: a step done is final (met
 * or missed by its own instant); one still open has no outcome, because whether it is overdue
 * depends on the day a report asks (queries judge it then). Null for a stream with no report.
 */
export function hazardRowSet(doc: ProjectedHazardCase): HazardRowSet | null {
  const record = doc.state.hazard;
  if (record === null) return null;
  const policyVersion = record.scope?.policyVersion ?? null;
  const id = doc.hazardId;
  const steps = hazardClocksOf(doc.state, record.lastStepAt).map((clock): HazardStepsTable => ({
    hazard_id: id,
    step: clock.step,
    provision: clock.provision,
    unit: clock.unit,
    policy_version: policyVersion ?? '',
    started_at: clock.startedAt,
    due_at: clock.dueAt ?? null,
    due_on: clock.dueOn,
    completed_at: clock.completedAt ?? null,
    completed_on: clock.completedAt === undefined ? null : londonDateOf(clock.completedAt),
    outcome: clock.completedAt !== undefined || clock.status === 'cancelled' ? clock.status : null,
    reasonable_endeavours: clock.reasonableEndeavours === undefined ? 0 : 1,
  }));
  return {
    hazard: {
      hazard_id: id,
      revision: doc.revision,
      status: hazardStatus(doc.state),
      route: record.route,
      tenure: record.tenure,
      in_scope: record.scope === undefined ? null : record.scope.inScope ? 1 : 0,
      scope_basis: record.scope?.basis ?? null,
      policy_version: policyVersion,
      category: record.classification?.detail.category ?? null,
      hazard_type: record.classification?.detail.hazardType ?? null,
      resident_ref: record.residentRef,
      property_ref: record.propertyRef,
      aware_at: record.awareAt,
      aware_on: record.awareOn,
      recorded_at: record.recordedAt,
      finding: record.investigation?.detail.finding ?? null,
      concluded_on: record.investigation?.on ?? null,
      closed_on: record.closed?.on ?? null,
      accommodation_offers: record.accommodationOffers.length,
    },
    steps,
    complaints: linkedComplaints(doc),
  };
}

/** Linked on the day of awareness when reported in the complaint, else the day of the link. */
function linkedComplaints(doc: ProjectedHazardCase): HazardComplaintsTable[] {
  const record = doc.state.hazard!;
  return record.complaintIds.map((complaintId) => ({
    hazard_id: doc.hazardId,
    complaint_id: complaintId,
    linked_on: doc.linkedOn[complaintId] ?? record.awareOn,
  }));
}
