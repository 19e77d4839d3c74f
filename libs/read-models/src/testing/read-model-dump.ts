import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../schema/read-model-tables';

/** Every projected row in a stable order, for "same rows" comparisons (checkpoint times left out). */
export async function dumpReadModels(db: Kysely<ReadModelDatabase>) {
  return {
    complaints: await db.selectFrom('rm_complaints').selectAll().orderBy('complaint_id').execute(),
    actions: await db
      .selectFrom('rm_actions')
      .selectAll()
      .orderBy('complaint_id')
      .orderBy('action_id')
      .execute(),
    learning: await db
      .selectFrom('rm_learning')
      .selectAll()
      .orderBy('complaint_id')
      .orderBy('closure_no')
      .execute(),
    findings: await db
      .selectFrom('rm_findings')
      .selectAll()
      .orderBy('complaint_id')
      .orderBy('issue_no')
      .execute(),
    orders: await db
      .selectFrom('rm_orders')
      .selectAll()
      .orderBy('complaint_id')
      .orderBy('order_id')
      .execute(),
    obligations: await db
      .selectFrom('rm_obligations')
      .selectAll()
      .orderBy('complaint_id')
      .orderBy('obligation_id')
      .execute(),
    hazardCases: await db.selectFrom('rm_hazard_cases').selectAll().orderBy('hazard_id').execute(),
    hazardSteps: await db
      .selectFrom('rm_hazard_steps')
      .selectAll()
      .orderBy('hazard_id')
      .orderBy('step')
      .execute(),
    hazardComplaints: await db
      .selectFrom('rm_hazard_complaints')
      .selectAll()
      .orderBy('hazard_id')
      .orderBy('complaint_id')
      .execute(),
    serviceRequests: await db
      .selectFrom('rm_service_requests')
      .selectAll()
      .orderBy('service_request_id')
      .execute(),
    complaintOffers: await db
      .selectFrom('rm_complaint_offers')
      .selectAll()
      .orderBy('service_request_id')
      .orderBy('offer_id')
      .execute(),
    checkpoints: await db
      .selectFrom('rm_checkpoints')
      .select(['name', 'commit_position', 'prepare_position'])
      .execute(),
  };
}
