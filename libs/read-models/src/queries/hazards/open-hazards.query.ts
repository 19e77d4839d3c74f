import type { Kysely } from 'kysely';
import { toDayNumber, type LocalDate } from '@redress/complaints';
import type { ReadModelDatabase } from '../../schema/read-model-tables';
import { cmp } from './hazard-compliance.query';

export interface OpenHazard {
  readonly hazardId: string;
  readonly status: string;
  readonly category: string | null;
  readonly hazardType: string | null;
  readonly propertyRef: string;
  readonly awareOn: LocalDate;
  /** Calendar days from the day of awareness to `asOf`. */
  readonly ageDays: number;
  /** The earliest step not yet done, with its regulation and due date; none before triage. */
  readonly nextStep: { step: string; provision: string; dueOn: LocalDate } | null;
}

export interface OpenHazardsReport {
  readonly asOf: LocalDate;
  readonly buckets: readonly { readonly label: string; readonly count: number }[];
  readonly hazards: OpenHazard[];
}

/** Age bands in calendar days since awareness (upper bounds, inclusive). */
const BANDS: readonly [string, number][] = [
  ['0 to 7 days', 7],
  ['8 to 28 days', 28],
  ['29 to 90 days', 90],
  ['over 90 days', Number.POSITIVE_INFINITY],
];

/**
 * Hazard cases open on `asOf` (aware by then, not closed, in scope or not yet decided), oldest
 * first, by age since the landlord became aware: the moment every Awaab's Law clock starts.
 */
export async function openHazards(
  db: Kysely<ReadModelDatabase>,
  asOf: LocalDate,
): Promise<OpenHazardsReport> {
  const cases = await db
    .selectFrom('rm_hazard_cases')
    .select(['hazard_id', 'status', 'category', 'hazard_type', 'property_ref', 'aware_on'])
    .where('aware_on', '<=', asOf)
    .where((eb) => eb.or([eb('closed_on', 'is', null), eb('closed_on', '>', asOf)]))
    .where((eb) => eb.or([eb('in_scope', 'is', null), eb('in_scope', '=', 1)]))
    .execute();
  const steps = await db
    .selectFrom('rm_hazard_steps')
    .innerJoin('rm_hazard_cases', 'rm_hazard_cases.hazard_id', 'rm_hazard_steps.hazard_id')
    .select([
      'rm_hazard_steps.hazard_id',
      'rm_hazard_steps.step',
      'rm_hazard_steps.provision',
      'rm_hazard_steps.due_on',
    ])
    .where('rm_hazard_steps.outcome', 'is', null)
    .where('rm_hazard_cases.closed_on', 'is', null)
    .execute();
  const next = new Map<string, OpenHazard['nextStep']>();
  for (const s of steps) {
    const seen = next.get(s.hazard_id);
    if (!seen || s.due_on < seen.dueOn || (s.due_on === seen.dueOn && s.step < seen.step))
      next.set(s.hazard_id, { step: s.step, provision: s.provision, dueOn: s.due_on });
  }
  const today = toDayNumber(asOf);
  const hazards = cases
    .map((c): OpenHazard => ({
      hazardId: c.hazard_id,
      status: c.status,
      category: c.category,
      hazardType: c.hazard_type,
      propertyRef: c.property_ref,
      awareOn: c.aware_on,
      ageDays: today - toDayNumber(c.aware_on),
      nextStep: next.get(c.hazard_id) ?? null,
    }))
    .sort((a, b) => cmp(a.awareOn, b.awareOn) || cmp(a.hazardId, b.hazardId));
  const buckets = BANDS.map(([label, upTo], i) => {
    const from = i === 0 ? 0 : BANDS[i - 1]![1] + 1;
    return { label, count: hazards.filter((h) => h.ageDays >= from && h.ageDays <= upTo).length };
  });
  return { asOf, buckets, hazards };
}
