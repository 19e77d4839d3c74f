import type { Kysely } from 'kysely';
import { dialectOf, textType } from './dialect';
import type { ProjectedTable, ReadModelDatabase } from './read-model-tables';

/**
 * The hazard case (SI 2025/1042) and service request (CHC 1.4) tables, beside the complaint
 * ones and under the same suffix during a rebuild. Portable types only (decision 6).
 */
export async function createCaseTables(db: Kysely<ReadModelDatabase>, suffix = ''): Promise<void> {
  const s = db.schema;
  const named = (table: ProjectedTable) => `${table}${suffix}` as ProjectedTable;
  const text = textType(dialectOf(db));
  const int = 'integer' as const;
  await s
    .createTable(named('rm_hazard_cases'))
    .ifNotExists()
    .addColumn('hazard_id', text, (c) => c.primaryKey())
    .addColumn('revision', int, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('route', text, (c) => c.notNull())
    .addColumn('tenure', text, (c) => c.notNull())
    .addColumn('in_scope', int)
    .addColumn('scope_basis', text)
    .addColumn('policy_version', text)
    .addColumn('category', text)
    .addColumn('hazard_type', text)
    .addColumn('resident_ref', text, (c) => c.notNull())
    .addColumn('property_ref', text, (c) => c.notNull())
    .addColumn('aware_at', text, (c) => c.notNull())
    .addColumn('aware_on', text, (c) => c.notNull())
    .addColumn('recorded_at', text, (c) => c.notNull())
    .addColumn('finding', text)
    .addColumn('concluded_on', text)
    .addColumn('closed_on', text)
    .addColumn('accommodation_offers', int, (c) => c.notNull())
    .execute();
  await s
    .createTable(named('rm_hazard_steps'))
    .ifNotExists()
    .addColumn('hazard_id', text, (c) => c.notNull())
    .addColumn('step', text, (c) => c.notNull())
    .addColumn('provision', text, (c) => c.notNull())
    .addColumn('unit', text, (c) => c.notNull())
    .addColumn('policy_version', text, (c) => c.notNull())
    .addColumn('started_at', text, (c) => c.notNull())
    .addColumn('due_at', text)
    .addColumn('due_on', text, (c) => c.notNull())
    .addColumn('completed_at', text)
    .addColumn('completed_on', text)
    .addColumn('outcome', text)
    .addColumn('reasonable_endeavours', int, (c) => c.notNull())
    .addPrimaryKeyConstraint(`rm_hazard_steps${suffix}_pk`, ['hazard_id', 'step'])
    .execute();
  await s
    .createTable(named('rm_hazard_complaints'))
    .ifNotExists()
    .addColumn('hazard_id', text, (c) => c.notNull())
    .addColumn('complaint_id', text, (c) => c.notNull())
    .addColumn('linked_on', text, (c) => c.notNull())
    .addPrimaryKeyConstraint(`rm_hazard_complaints${suffix}_pk`, ['hazard_id', 'complaint_id'])
    .execute();
  await s
    .createTable(named('rm_service_requests'))
    .ifNotExists()
    .addColumn('service_request_id', text, (c) => c.primaryKey())
    .addColumn('revision', int, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('resident_ref', text, (c) => c.notNull())
    .addColumn('property_ref', text)
    .addColumn('channel', text, (c) => c.notNull())
    .addColumn('raised_on', text, (c) => c.notNull())
    .addColumn('in_hand_on', text)
    .addColumn('completed_on', text)
    .addColumn('assignee', text)
    .execute();
  await s
    .createTable(named('rm_complaint_offers'))
    .ifNotExists()
    .addColumn('service_request_id', text, (c) => c.notNull())
    .addColumn('offer_id', text, (c) => c.notNull())
    .addColumn('offered_on', text, (c) => c.notNull())
    .addColumn('while_open', int, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('answered_on', text)
    .addColumn('complaint_id', text)
    .addPrimaryKeyConstraint(`rm_complaint_offers${suffix}_pk`, ['service_request_id', 'offer_id'])
    .execute();
  // Fresh tables get their indexes after the swap, once their rows are in.
  if (suffix) return;
  const indexes: [string, ProjectedTable, string[]][] = [
    ['rm_hazard_cases_property', 'rm_hazard_cases', ['property_ref', 'aware_on']],
    ['rm_hazard_cases_aware', 'rm_hazard_cases', ['aware_on']],
    ['rm_hazard_steps_due', 'rm_hazard_steps', ['due_on']],
    ['rm_service_requests_property', 'rm_service_requests', ['property_ref', 'raised_on']],
    ['rm_service_requests_resident', 'rm_service_requests', ['resident_ref', 'raised_on']],
    ['rm_complaint_offers_offered', 'rm_complaint_offers', ['offered_on']],
  ];
  for (const [name, table, columns] of indexes) {
    await s.createIndex(name).ifNotExists().on(table).columns(columns).execute();
  }
}
