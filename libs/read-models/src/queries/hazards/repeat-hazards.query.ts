import type { Kysely } from 'kysely';
import type { Period } from '../../periods/reporting-period';
import type { ReadModelDatabase } from '../../schema/read-model-tables';
import { repeatIssuesReport, type RepeatIssuesReport } from '../repeat-issues.query';

/**
 * Repeat hazards at one property: hazard cases at the same property, each reported within
 * `withinDays` (365 by default) of the one before, the latest in the period. `byTopic` counts only
 * the same hazard type as a repeat.
 */
export function repeatHazards(
  db: Kysely<ReadModelDatabase>,
  period: Period,
  options: {
    readonly withinDays?: number;
    readonly minCount?: number;
    readonly byTopic?: boolean;
  } = {},
): Promise<RepeatIssuesReport> {
  return repeatIssuesReport(db, { ...options, period, kinds: ['HAZARD'], by: 'PROPERTY' });
}
