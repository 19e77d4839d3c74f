import type { Kysely } from 'kysely';
import { londonDateOf } from '@redress/complaints';
import type { ReadModelDatabase } from '@redress/read-models';
import type { ReferenceBook } from '@redress/complaint-stream';
import type { OpenObligation } from '../model/open-obligation';
import type { AlertSource } from './alert-source';

/** What is owed, in the words an alert uses ("… is due on …"). */
const LABELS: Record<string, string> = {
  STAGE1_ACKNOWLEDGEMENT: 'the stage 1 acknowledgement',
  STAGE1_RESPONSE: 'the stage 1 response',
  STAGE2_ACKNOWLEDGEMENT: 'the stage 2 acknowledgement',
  STAGE2_RESPONSE: 'the stage 2 final response',
  REMEDY: 'a remedy',
  OUTSTANDING_ACTION: 'an outstanding action',
  LEARNING_ACTION: 'a learning action',
  OMBUDSMAN_ORDER: 'an Ombudsman order',
};

/**
 * Every open complaint obligation, from the read model the work queue reads (`rm_obligations`:
 * one row per stage acknowledgement or response, remedy, outstanding or learning action and
 * Ombudsman order, with its owner). Obligations starting after today are not yet open. Each
 * complaint is named by the reference the resident and the officer know (`C-2026-000123`), or
 * by its id if it was logged before references were allocated.
 */
export class ComplaintObligationsSource implements AlertSource {
  readonly name = 'complaint';

  constructor(
    private readonly db: Kysely<ReadModelDatabase>,
    private readonly references: ReferenceBook,
  ) {}

  async openObligations(now: Date): Promise<OpenObligation[]> {
    const today = londonDateOf(now);
    const rows = await this.db
      .selectFrom('rm_obligations')
      .select([
        'complaint_id',
        'obligation_id',
        'kind',
        'owner',
        'due_on',
        'provision',
        'description',
      ])
      .where('started_on', '<=', today)
      .orderBy('due_on')
      .orderBy('complaint_id')
      .orderBy('obligation_id')
      .execute();
    const references = await this.references.referencesOf(
      [...new Set(rows.map((r) => r.complaint_id))].map((complaintId) => ({ complaintId })),
    );
    return rows.map((r) => {
      const caseRef = references[r.complaint_id] ?? r.complaint_id;
      const label = LABELS[r.kind] ?? r.kind.toLowerCase().replace(/_/g, ' ');
      return {
        source: this.name,
        caseId: r.complaint_id,
        caseRef,
        key: `complaint:${r.complaint_id}:${r.obligation_id}:${r.due_on}`,
        kind: r.kind,
        label: r.description ? `${label} (${r.description})` : label,
        provision: r.provision,
        owner: r.owner,
        dueOn: r.due_on,
        path: `/web/complaints/${caseRef}`,
      };
    });
  }
}
