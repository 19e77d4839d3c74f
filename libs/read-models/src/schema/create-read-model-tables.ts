import { sql, type Kysely } from 'kysely';
import { createCaseTables } from './create-case-tables';
import { dialectOf, textType } from './dialect';
import { PROJECTED_TABLES, type ProjectedTable, type ReadModelDatabase } from './read-model-tables';

/**
 * Creates the read-model tables if missing. A rebuild creates a fresh set under a suffix
 * (`rm_complaints__rebuild`, ...) and renames them into place. Portable types only (decision 6).
 */
export async function createReadModelTables(
  db: Kysely<ReadModelDatabase>,
  suffix = '',
): Promise<void> {
  const s = db.schema;
  const named = (table: ProjectedTable) => `${table}${suffix}` as ProjectedTable;
  const text = textType(dialectOf(db));
  const int = 'integer' as const;
  let complaints = s
    .createTable(named('rm_complaints'))
    .ifNotExists()
    .addColumn('complaint_id', text, (c) => c.primaryKey())
    .addColumn('revision', int, (c) => c.notNull());
  for (const column of COMPLAINT_TEXT_COLUMNS) complaints = complaints.addColumn(column, text);
  for (const column of COMPLAINT_INT_COLUMNS) complaints = complaints.addColumn(column, int);
  await complaints.execute();
  await s
    .createTable(named('rm_actions'))
    .ifNotExists()
    .addColumn('complaint_id', text, (c) => c.notNull())
    .addColumn('action_id', text, (c) => c.notNull())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('remedy_type', text)
    .addColumn('amount_pence', int)
    .addColumn('description', text, (c) => c.notNull())
    .addColumn('owner', text, (c) => c.notNull())
    .addColumn('set_on', text, (c) => c.notNull())
    .addColumn('due_on', text, (c) => c.notNull())
    .addColumn('completed_on', text)
    .addPrimaryKeyConstraint(`rm_actions${suffix}_pk`, ['complaint_id', 'action_id'])
    .execute();
  await s
    .createTable(named('rm_learning'))
    .ifNotExists()
    .addColumn('complaint_id', text, (c) => c.notNull())
    .addColumn('closure_no', int, (c) => c.notNull())
    .addColumn('closed_on', text, (c) => c.notNull())
    .addColumn('category', text, (c) => c.notNull())
    .addColumn('sub_category', text)
    .addColumn('root_cause', text, (c) => c.notNull())
    .addColumn('learning', text, (c) => c.notNull())
    .addPrimaryKeyConstraint(`rm_learning${suffix}_pk`, ['complaint_id', 'closure_no'])
    .execute();
  await s
    .createTable(named('rm_findings'))
    .ifNotExists()
    .addColumn('complaint_id', text, (c) => c.notNull())
    .addColumn('issue_no', int, (c) => c.notNull())
    .addColumn('issue', text, (c) => c.notNull())
    .addColumn('finding', text, (c) => c.notNull())
    .addColumn('determined_on', text, (c) => c.notNull())
    .addPrimaryKeyConstraint(`rm_findings${suffix}_pk`, ['complaint_id', 'issue_no'])
    .execute();
  await s
    .createTable(named('rm_orders'))
    .ifNotExists()
    .addColumn('complaint_id', text, (c) => c.notNull())
    .addColumn('order_id', text, (c) => c.notNull())
    .addColumn('order_type', text, (c) => c.notNull())
    .addColumn('description', text, (c) => c.notNull())
    .addColumn('amount_pence', int)
    .addColumn('recorded_on', text, (c) => c.notNull())
    .addColumn('due_on', text, (c) => c.notNull())
    .addColumn('complied_on', text)
    .addColumn('from_severe_maladministration', int, (c) => c.notNull())
    .addPrimaryKeyConstraint(`rm_orders${suffix}_pk`, ['complaint_id', 'order_id'])
    .execute();
  await s
    .createTable(named('rm_obligations'))
    .ifNotExists()
    .addColumn('complaint_id', text, (c) => c.notNull())
    .addColumn('obligation_id', text, (c) => c.notNull())
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('stage', int)
    .addColumn('ref', text)
    .addColumn('owner', text)
    .addColumn('handler', text)
    .addColumn('started_on', text, (c) => c.notNull())
    .addColumn('due_on', text, (c) => c.notNull())
    .addColumn('provision', text, (c) => c.notNull())
    .addColumn('description', text)
    .addPrimaryKeyConstraint(`rm_obligations${suffix}_pk`, ['complaint_id', 'obligation_id'])
    .execute();
  await createCaseTables(db, suffix);
  await s
    .createTable(named('rm_checkpoints'))
    .ifNotExists()
    .addColumn('name', text, (c) => c.primaryKey())
    .addColumn('commit_position', text, (c) => c.notNull())
    .addColumn('prepare_position', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  // Fresh tables get their indexes after the swap, once their rows are in (faster than before).
  if (suffix) return;
  for (const [name, columns] of INDEXES) {
    await s.createIndex(name).ifNotExists().on('rm_complaints').columns(columns).execute();
  }
  // One person's queue (My work), soonest first, read from the index rather than by a scan of
  // every obligation: the queries compare owners in lower case (canonicalIdentity).
  await s
    .createIndex('rm_obligations_owner')
    .ifNotExists()
    .on('rm_obligations')
    .expression(sql`lower(owner), due_on, complaint_id, obligation_id`)
    .execute();
  await s
    .createIndex('rm_obligations_due')
    .ifNotExists()
    .on('rm_obligations')
    .columns(['due_on', 'complaint_id', 'obligation_id'])
    .execute();
  await s
    .createIndex('rm_actions_due')
    .ifNotExists()
    .on('rm_actions')
    .columns(['kind', 'due_on'])
    .execute();
  await createReportIndexes(db);
}

/**
 * The indexes the dashboard's and reports' period counts need, so a month or a year is read
 * through an index rather than every row (migration 0007 adds them to an existing database).
 */
export async function createReportIndexes(db: Kysely<ReadModelDatabase>): Promise<void> {
  for (const [name, table, columns] of REPORT_INDEXES) {
    await db.schema.createIndex(name).ifNotExists().on(table).columns(columns).execute();
  }
}

/**
 * The projector lease on SQLite: one row per projection naming the process that holds it and
 * until when (PostgreSQL uses an advisory lock instead and leaves this table empty).
 */
export async function createLeaseTable(db: Kysely<ReadModelDatabase>): Promise<void> {
  const text = textType(dialectOf(db));
  await db.schema
    .createTable('rm_projector_lease')
    .ifNotExists()
    .addColumn('name', text, (c) => c.primaryKey())
    .addColumn('holder', text, (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
}

/** Drops a suffixed set of tables (a rebuild's leftovers after a failure). */
export async function dropReadModelTables(
  db: Kysely<ReadModelDatabase>,
  suffix: string,
): Promise<void> {
  for (const table of PROJECTED_TABLES) {
    await db.schema.dropTable(`${table}${suffix}`).ifExists().execute();
  }
}

const COMPLAINT_TEXT_COLUMNS = [
  'status',
  'handler',
  'channel',
  'resident_ref',
  'property_ref',
  'search_text',
  'policy_version',
  'tenure',
  'received_on',
  's1_ack_due_on',
  's1_acknowledged_on',
  's1_response_original_due_on',
  's1_response_due_on',
  's1_extension_cap_on',
  's1_response_latest_on',
  's1_responded_on',
  's1_outcome',
  'escalation_requested_on',
  'escalation_refused_on',
  'escalation_refusal_code',
  's2_handler',
  's2_ack_due_on',
  's2_acknowledged_on',
  's2_response_original_due_on',
  's2_response_due_on',
  's2_extension_cap_on',
  's2_response_latest_on',
  's2_responded_on',
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
  'document',
] as const;

const COMPLAINT_INT_COLUMNS = [
  'current_stage',
  'vulnerable',
  's1_ack_wd',
  's1_extensions',
  's1_extension_over_cap',
  's1_response_wd',
  's2_handler_was_stage1',
  's2_ack_wd',
  's2_extensions',
  's2_extension_over_cap',
  's2_response_wd',
] as const;

const INDEXES: [string, string[]][] = [
  ['rm_complaints_received', ['received_on']],
  ['rm_complaints_next_deadline', ['next_deadline_due_on']],
  ['rm_complaints_escalation', ['escalation_requested_on']],
  ['rm_complaints_s1_responded', ['s1_responded_on']],
  ['rm_complaints_s2_responded', ['s2_responded_on']],
  ['rm_complaints_closed', ['closed_on']],
  // A person's work queue (My work) and the list by status (Find, complaints awaiting
  // acknowledgement) without a scan of every complaint.
  ['rm_complaints_handler', ['handler', 'next_deadline_due_on']],
  ['rm_complaints_status', ['status', 'next_deadline_due_on']],
];

// No index on a date most complaints lack (not accepted, escalation refused, acknowledged):
// SQLite takes `x is null` for an equality and would walk such an index over nearly every row in
// place of the received date's range (Find's figure lists went from 8 to 70 ms with them).
const REPORT_INDEXES: [string, ProjectedTable, string[]][] = [
  // The Ombudsman's referrals and determinations of a period (CHC 9.7(c)).
  ['rm_complaints_ombudsman_referred', 'rm_complaints', ['ombudsman_referred_on']],
  ['rm_complaints_ombudsman_determined', 'rm_complaints', ['ombudsman_determined_on']],
  // The learning log of a period in its own order, and its learning actions by complaint (CHC 9.3).
  ['rm_learning_closed', 'rm_learning', ['closed_on', 'complaint_id', 'closure_no']],
  ['rm_actions_by_complaint', 'rm_actions', ['kind', 'complaint_id', 'action_id']],
  // Covering indexes (migration 0008): a period's repeat properties and Code versions, and its
  // closures that recorded learning, are counted from the index alone, not a row lookup each.
  [
    'rm_complaints_received_refs',
    'rm_complaints',
    ['received_on', 'not_accepted_on', 'property_ref', 'policy_version'],
  ],
  ['rm_learning_learnt', 'rm_learning', ['closed_on', 'learning', 'complaint_id', 'closure_no']],
];
