import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { LocalDate } from '@redress/complaints';
import {
  comparePeriods,
  customPeriod,
  learningCounts,
  ombudsmanSummary,
  repeatComplaints,
  selfAssessmentEvidence,
  tenantSatisfactionMeasuresOf,
  trendPeriods,
  type Period,
  type ReadModelDatabase,
} from '@redress/read-models';
import type { Kysely } from 'kysely';
import { ReportContext } from '../../reports/shared/report-context';
import { GetDashboardQuery, type Dashboard } from './get-dashboard.query';

/**
 * The dashboard's figures, each from the query the report endpoints use (the annual report's
 * comparison, the TSM, trends, Ombudsman, learning log and self-assessment), never counted a
 * second way (the learning log's totals are counted by its own rules in the database).
 */
const KEPT = 16;

/** Where the read models are: every checkpoint, moved with each projected event. */
async function readModelPosition(db: Kysely<ReadModelDatabase>): Promise<string> {
  const rows = await db
    .selectFrom('rm_checkpoints')
    .select(['name', 'commit_position', 'prepare_position'])
    .orderBy('name')
    .execute();
  return rows.map((r) => `${r.name}@${r.commit_position}/${r.prepare_position}`).join(',');
}

@QueryHandler(GetDashboardQuery)
export class GetDashboardHandler implements IQueryHandler<GetDashboardQuery> {
  constructor(private readonly context: ReportContext) {}

  /** Figures already counted, by period, day and the read models' position (a few kept). */
  private readonly counted = new Map<string, Dashboard>();

  /**
   * Counting every figure scans the complaints a few dozen times; the figures change only when
   * the projector moves its checkpoint (in the same transaction as the rows) or the day turns,
   * so until then a view asked for again is answered from the last count.
   */
  async execute(query: GetDashboardQuery): Promise<Dashboard> {
    const key = JSON.stringify([
      query.current,
      query.previous,
      this.context.today(),
      await readModelPosition(this.context.db),
    ]);
    const known = this.counted.get(key);
    if (known) return known;
    const dashboard = await this.count(query);
    if (this.counted.size >= KEPT) this.counted.delete(this.counted.keys().next().value!);
    this.counted.set(key, dashboard);
    return dashboard;
  }

  private async count({ current, previous }: GetDashboardQuery): Promise<Dashboard> {
    const db = this.context.db;
    const today = this.context.today();
    const { homesByYear, beyondCapExtensionsInTime: beyondCap } = this.context.reporting;
    const ordersAsOf = (p: Period): LocalDate => (today < p.to ? today : p.to);
    const [monthly, compared, [tsmNow, tsmBefore], repeatsNow, repeatsBefore] = await Promise.all([
      trendPeriods(db, 'month', customPeriod(previous.from, current.to)),
      comparePeriods(db, current, previous, beyondCap),
      // Both periods' TSMs by the TSM return's rules, in one scan.
      tenantSatisfactionMeasuresOf(db, [current, previous], {
        homesByYear,
        beyondCapExtensionsInTime: beyondCap,
        asOf: today,
        policies: this.context.policies,
      }),
      repeatComplaints(db, 'property_ref', current),
      repeatComplaints(db, 'property_ref', previous),
    ]);
    const [ombudsmanNow, ombudsmanBefore, learningNow, learningBefore, evidence] =
      await Promise.all([
        ombudsmanSummary(db, current, ordersAsOf(current)),
        ombudsmanSummary(db, previous, ordersAsOf(previous)),
        learningCounts(db, current, today),
        learningCounts(db, previous, today),
        selfAssessmentEvidence(db, current, today, { shortfallsListed: 0 }),
      ]);
    return {
      current,
      previous,
      asOf: today,
      ombudsmanAsOf: { current: ordersAsOf(current), previous: ordersAsOf(previous) },
      beyondCap,
      byMonth: monthly,
      compared,
      tsm: { current: tsmNow, previous: tsmBefore },
      repeats: { current: repeatsNow, previous: repeatsBefore },
      ombudsman: { current: ombudsmanNow, previous: ombudsmanBefore },
      learning: { current: learningNow, previous: learningBefore },
      selfAssessment: evidence,
    };
  }
}
