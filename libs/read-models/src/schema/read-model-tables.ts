import type { AlertOutboxTable } from './alert-outbox-table';

/**
 * The read-model tables. Dates are ISO `YYYY-MM-DD` text and booleans are 0/1 integers so the
 * same schema runs on SQLite and PostgreSQL (decision 6); nothing here is the source of truth,
 * everything can be rebuilt from the events.
 */
export interface ComplaintsTable {
  complaint_id: string;
  /** The last stream revision folded in: an event at or below it has been seen (habit 11). */
  revision: number;
  status: string;
  current_stage: number | null;
  handler: string | null;
  channel: string;
  resident_ref: string;
  property_ref: string | null;
  /**
   * The complaint in its own words, lower case, for free-text search: the description as logged
   * and every issue of its definitions, one to a line.
   */
  search_text: string;
  vulnerable: number;
  policy_version: string;
  /** LCRA, LCHO or OTHER: the stock type the TSMs report the complaint under. */
  tenure: string;
  received_on: string;
  s1_ack_due_on: string;
  s1_acknowledged_on: string | null;
  s1_ack_wd: number | null;
  s1_response_original_due_on: string | null;
  s1_response_due_on: string | null;
  s1_extensions: number;
  s1_extension_over_cap: number;
  /** The latest date the Code lets an extension reach: original date + the cap (CHC 6.4). */
  s1_extension_cap_on: string | null;
  /**
   * When the response fell due: the date in force once acknowledged; before that, the
   * acknowledgement's due date plus the response time (the latest a response could be in time).
   */
  s1_response_latest_on: string | null;
  s1_responded_on: string | null;
  s1_response_wd: number | null;
  s1_outcome: string | null;
  escalation_requested_on: string | null;
  escalation_refused_on: string | null;
  escalation_refusal_code: string | null;
  s2_handler: string | null;
  s2_handler_was_stage1: number;
  s2_ack_due_on: string | null;
  s2_acknowledged_on: string | null;
  s2_ack_wd: number | null;
  s2_response_original_due_on: string | null;
  s2_response_due_on: string | null;
  s2_extensions: number;
  s2_extension_over_cap: number;
  /** The latest date the Code lets an extension reach: original date + the cap (CHC 6.4). */
  s2_extension_cap_on: string | null;
  /**
   * When the response fell due: the date in force once acknowledged; before that, the
   * acknowledgement's due date plus the response time (the latest a response could be in time).
   */
  s2_response_latest_on: string | null;
  s2_responded_on: string | null;
  s2_response_wd: number | null;
  s2_outcome: string | null;
  not_accepted_on: string | null;
  exclusion_code: string | null;
  withdrawn_on: string | null;
  closed_on: string | null;
  category: string | null;
  sub_category: string | null;
  root_cause: string | null;
  outcome: string | null;
  ombudsman_referred_on: string | null;
  ombudsman_determined_on: string | null;
  ombudsman_rollup: string | null;
  /** The earliest deadline not yet met or cancelled, for the work queue. */
  next_deadline_kind: string | null;
  next_deadline_due_on: string | null;
  next_deadline_ref: string | null;
}

export interface ActionsTable {
  complaint_id: string;
  action_id: string;
  kind: 'remedy' | 'outstanding' | 'learning';
  remedy_type: string | null;
  amount_pence: number | null;
  description: string;
  owner: string;
  set_on: string;
  due_on: string;
  completed_on: string | null;
}

export interface LearningTable {
  complaint_id: string;
  closure_no: number;
  closed_on: string;
  category: string;
  sub_category: string | null;
  root_cause: string;
  learning: string;
}

export interface FindingsTable {
  complaint_id: string;
  issue_no: number;
  issue: string;
  finding: string;
  determined_on: string;
}

export interface OrdersTable {
  complaint_id: string;
  order_id: string;
  order_type: string;
  description: string;
  amount_pence: number | null;
  recorded_on: string;
  due_on: string;
  complied_on: string | null;
  from_severe_maladministration: number;
}

/**
 * One row per open obligation (CHC 6.2–6.4, 6.11, 7.3, 9.1 and the Ombudsman's orders): a stage's
 * acknowledgement or response, each remedy, outstanding or learning action, each order. Done or
 * stopped work has no row; what was missed stays in the complaint's own columns and history.
 */
export interface ObligationsTable {
  complaint_id: string;
  /** The kind, and the action or order id for per-item obligations (`REMEDY:S1-R1`). */
  obligation_id: string;
  kind: string;
  stage: number | null;
  ref: string | null;
  /** Who owns the obligation: the stage's handler, the action's owner; null while unassigned. */
  owner: string | null;
  /** The complaint's current handler. */
  handler: string | null;
  started_on: string;
  due_on: string;
  provision: string;
  description: string | null;
}

/**
 * One row per Awaab's Law hazard case (SI 2025/1042): the facts its reports group on. Instants
 * are ISO 8601 UTC text (hour clocks need them); dates are the London business date.
 */
export interface HazardCasesTable {
  hazard_id: string;
  revision: number;
  /** The lifecycle state as a dotted path (`significant.awaitingInvestigation`). */
  status: string;
  route: string;
  tenure: string;
  /** The scope decision: 1 when the clocks apply, 0 when not, null before it is made. */
  in_scope: number | null;
  scope_basis: string | null;
  /** The Awaab's Law policy version in force on the day of awareness. */
  policy_version: string | null;
  category: string | null;
  hazard_type: string | null;
  resident_ref: string;
  property_ref: string;
  aware_at: string;
  aware_on: string;
  recorded_at: string;
  finding: string | null;
  concluded_on: string | null;
  closed_on: string | null;
  accommodation_offers: number;
}

/**
 * One row per clock step of a hazard case (Reg 6, 9, 11(2)(a), 13 and the emergency clock):
 * when it fell due and how it ended. An open step has no outcome; whether it is overdue depends
 * on the day the report is asked for, so queries judge it against their own date.
 */
export interface HazardStepsTable {
  hazard_id: string;
  step: string;
  provision: string;
  unit: string;
  policy_version: string;
  started_at: string;
  /** The due instant, for hour clocks. */
  due_at: string | null;
  due_on: string;
  completed_at: string | null;
  completed_on: string | null;
  /** `met`, `missed` or `cancelled` once final; null while the step is open. */
  outcome: string | null;
  reasonable_endeavours: number;
}

/** A complaint about the same matter as a hazard case: each shows the other (SI 2025/1042). */
export interface HazardComplaintsTable {
  hazard_id: string;
  complaint_id: string;
  linked_on: string;
}

/** One row per service request (CHC 1.4): not a complaint, recorded, monitored and reviewed. */
export interface ServiceRequestsTable {
  service_request_id: string;
  revision: number;
  status: string;
  resident_ref: string;
  property_ref: string | null;
  channel: string;
  raised_on: string;
  in_hand_on: string | null;
  completed_on: string | null;
  assignee: string | null;
}

/** Each offer of the choice to complain (CHC 1.3, 1.5) and the resident's answer. */
export interface ComplaintOffersTable {
  service_request_id: string;
  offer_id: string;
  offered_on: string;
  /** Offered while the service request was still being handled (CHC 1.5). */
  while_open: number;
  status: string;
  answered_on: string | null;
  /** The complaint an accepted offer led to. */
  complaint_id: string | null;
}

export interface CheckpointsTable {
  name: string;
  commit_position: string;
  prepare_position: string;
  updated_at: string;
}

/** Who holds the projector lease, until when (epoch milliseconds); SQLite only. */
export interface ProjectorLeaseTable {
  name: string;
  holder: string;
  expires_at: number;
}

/** The tables a projection writes, by their logical names (and the notifier's outbox). */
export interface ReadModelDatabase {
  rm_alert_outbox: AlertOutboxTable;
  rm_complaints: ComplaintsTable;
  rm_actions: ActionsTable;
  rm_learning: LearningTable;
  rm_findings: FindingsTable;
  rm_orders: OrdersTable;
  rm_obligations: ObligationsTable;
  rm_hazard_cases: HazardCasesTable;
  rm_hazard_steps: HazardStepsTable;
  rm_hazard_complaints: HazardComplaintsTable;
  rm_service_requests: ServiceRequestsTable;
  rm_complaint_offers: ComplaintOffersTable;
  rm_checkpoints: CheckpointsTable;
  rm_projector_lease: ProjectorLeaseTable;
}

export const PROJECTED_TABLES = [
  'rm_complaints',
  'rm_actions',
  'rm_learning',
  'rm_findings',
  'rm_orders',
  'rm_obligations',
  'rm_hazard_cases',
  'rm_hazard_steps',
  'rm_hazard_complaints',
  'rm_service_requests',
  'rm_complaint_offers',
  'rm_checkpoints',
] as const;
export type ProjectedTable = (typeof PROJECTED_TABLES)[number];
