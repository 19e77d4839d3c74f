import type { Kysely } from 'kysely';
import type { ComplaintsTable, ReadModelDatabase } from '../schema/read-model-tables';
import type { Period } from '../periods/reporting-period';

/** The columns reports read. */
export type ComplaintFacts = ComplaintsTable;

const FACT_COLUMNS = [
  'complaint_id',
  'revision',
  'status',
  'current_stage',
  'handler',
  'channel',
  'resident_ref',
  'property_ref',
  'vulnerable',
  'policy_version',
  'received_on',
  's1_ack_due_on',
  's1_acknowledged_on',
  's1_ack_wd',
  's1_response_original_due_on',
  's1_response_due_on',
  's1_extensions',
  's1_extension_over_cap',
  's1_responded_on',
  's1_response_wd',
  's1_outcome',
  'escalation_requested_on',
  'escalation_refused_on',
  'escalation_refusal_code',
  's2_handler',
  's2_handler_was_stage1',
  's2_ack_due_on',
  's2_acknowledged_on',
  's2_ack_wd',
  's2_response_original_due_on',
  's2_response_due_on',
  's2_extensions',
  's2_extension_over_cap',
  's2_responded_on',
  's2_response_wd',
  's2_outcome',
  'not_accepted_on',
  'exclusion_code',
  'withdrawn_on',
  'closed_on',
  'category',
  'sub_category',
  'root_cause',
  'outcome',
  'ombudsman_referred_on',
  'ombudsman_determined_on',
  'ombudsman_rollup',
  'next_deadline_kind',
  'next_deadline_due_on',
  'next_deadline_ref',
] as const satisfies readonly (keyof ComplaintFacts)[];

/**
 * Every complaint with any dated step inside the period: received, escalated, acknowledged,
 * responded, refused or closed. Reports then pick the ones each measure counts.
 */
export async function factsTouching(
  db: Kysely<ReadModelDatabase>,
  period: Period,
): Promise<ComplaintFacts[]> {
  const columns = [
    'received_on',
    'escalation_requested_on',
    's1_acknowledged_on',
    's1_responded_on',
    's2_acknowledged_on',
    's2_responded_on',
    'not_accepted_on',
    'escalation_refused_on',
    'closed_on',
  ] as const;
  return db
    .selectFrom('rm_complaints')
    .select(FACT_COLUMNS)
    .where((eb) => eb.or(columns.map((c) => eb.between(c, period.from, period.to))))
    .execute();
}

/** Every complaint received on or before a date (trend tables cover the whole history). */
export async function allFacts(db: Kysely<ReadModelDatabase>): Promise<ComplaintFacts[]> {
  return db.selectFrom('rm_complaints').select(FACT_COLUMNS).execute();
}
