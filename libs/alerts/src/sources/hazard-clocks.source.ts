import type { Kysely } from 'kysely';
import type { EventStore } from '@redress/event-store';
import { hazardStream } from '@redress/hazard-stream';
import type { ReadModelDatabase } from '@redress/read-models';
import type { OpenObligation } from '../model/open-obligation';
import type { AlertSource } from './alert-source';

/** What each Awaab's Law step owes, in the words an alert uses. */
const STEP_LABELS: Record<string, string> = {
  EMERGENCY_INVESTIGATION: 'the emergency hazard investigation (24 hours)',
  EMERGENCY_MAKE_SAFE: 'making the emergency hazard safe (24 hours)',
  INVESTIGATION: 'the hazard investigation',
  WRITTEN_SUMMARY: 'the written summary of the investigation to the tenant',
  SAFETY_WORK: 'the relevant safety work',
  PREVENTATIVE_WORK_START: 'starting the supplementary preventative work',
  PREVENTATIVE_WORK_COMPLETION: 'completing the supplementary preventative work',
};

/**
 * Every open Awaab's Law clock (SI 2025/1042) of every hazard case, from the read model the
 * hazard reports read (`rm_hazard_steps`: one row per clock, judged by the hazard library's own
 * clocks when the case last changed; a step still open has no outcome). Whether an open step is
 * amber or missed depends on the moment asked, so the alert rules judge it then, as they judge a
 * complaint's obligations from `rm_obligations`. A hazard case has no handler field, so its steps
 * are owned by the person who recorded the report: read once per case from the first event of
 * its stream, and remembered, since that never changes. An alert names the case by its home (the
 * property reference its page is headed with) and links to that page in the workbench.
 */
export class HazardClocksSource implements AlertSource {
  readonly name = 'hazard';
  private readonly owners = new Map<string, string | null>();

  constructor(
    private readonly db: Kysely<ReadModelDatabase>,
    private readonly store: EventStore,
  ) {}

  async openObligations(_now: Date): Promise<OpenObligation[]> {
    const rows = await this.db
      .selectFrom('rm_hazard_steps as s')
      .innerJoin('rm_hazard_cases as c', 'c.hazard_id', 's.hazard_id')
      .select([
        's.hazard_id',
        's.step',
        's.provision',
        's.unit',
        's.due_at',
        's.due_on',
        'c.property_ref',
      ])
      .where('s.outcome', 'is', null)
      .where('s.completed_at', 'is', null)
      .orderBy('s.due_on')
      .orderBy('s.hazard_id')
      .orderBy('s.step')
      .execute();
    const open: OpenObligation[] = [];
    for (const row of rows) {
      const id = row.hazard_id;
      const dueAt = row.unit === 'HOURS' && row.due_at ? row.due_at : undefined;
      open.push({
        source: this.name,
        caseId: id,
        // A hazard case has no reference of its own: officers know it by the home, which is
        // what its page is headed with.
        caseRef: row.property_ref,
        key: `hazard:${id}:${row.step}:${row.due_at ?? row.due_on}`,
        kind: row.step,
        label: STEP_LABELS[row.step] ?? row.step,
        provision: row.provision,
        owner: await this.ownerOf(id),
        dueOn: row.due_on,
        ...(dueAt ? { dueAt } : {}),
        path: `/web/hazards/${id}`,
      });
    }
    return open;
  }

  /** Who recorded the report: the actor on the first event of the case's stream. */
  private async ownerOf(id: string): Promise<string | null> {
    if (this.owners.has(id)) return this.owners.get(id)!;
    const [first] = await this.store.readStream(hazardStream(id), { maxCount: 1 });
    const owner = (first?.metadata as { actor?: { id?: string } } | undefined)?.actor?.id ?? null;
    if (first) this.owners.set(id, owner);
    return owner;
  }
}
