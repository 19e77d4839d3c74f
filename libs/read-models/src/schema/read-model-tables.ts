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

/** The tables a projection writes, by their logical names. */
export interface ReadModelDatabase {
  rm_complaints: ComplaintsTable;
  rm_actions: ActionsTable;
  rm_learning: LearningTable;
  rm_findings: FindingsTable;
  rm_orders: OrdersTable;
  rm_obligations: ObligationsTable;
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
  'rm_checkpoints',
] as const;
export type ProjectedTable = (typeof PROJECTED_TABLES)[number];
