import { Inject, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import {
  previousReportingYear,
  reportingYearOf,
  type ReadModelDatabase,
} from '@redress/read-models';
import type { Kysely } from 'kysely';
import { CountingStoppedError } from '../../read-models/counting/read-model-counter';
import { ReadModelCounting } from '../../read-models/counting/read-model-counting.service';
import { ReportContext } from '../../reports/shared/report-context';
import { CLOCK, type Clock } from '../../store/tokens';
import { DashboardCache } from './dashboard-cache';
import { dashboardPeriods } from './dashboard-period';
import { GetDashboardQuery, type Dashboard } from './get-dashboard.query';

/** Where the read models are: every checkpoint, moved with each projected event. */
async function readModelPosition(db: Kysely<ReadModelDatabase>): Promise<string> {
  const rows = await db
    .selectFrom('rm_checkpoints')
    .select(['name', 'commit_position', 'prepare_position'])
    .orderBy('name')
    .execute();
  return rows.map((r) => `${r.name}@${r.commit_position}/${r.prepare_position}`).join(',');
}

/**
 * The dashboard's figures (count-dashboard.ts), counted off the request path where the read
 * models are a SQLite file (read-model-counter.ts) and kept until the record moves on
 * (dashboard-cache.ts).
 */
@QueryHandler(GetDashboardQuery)
export class GetDashboardHandler
  implements IQueryHandler<GetDashboardQuery>, OnApplicationBootstrap
{
  private readonly cache: DashboardCache;
  private readonly logger = new Logger('Dashboard');

  constructor(
    private readonly context: ReportContext,
    private readonly counting: ReadModelCounting,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.cache = new DashboardCache({
      waitMs: context.reporting.dashboardWaitMs,
      now: () => clock.now(),
      failed: (error) => this.logger.warn(`The dashboard could not be counted: ${error}`),
    });
  }

  async execute({ current, previous }: GetDashboardQuery): Promise<Dashboard> {
    const today = this.context.today();
    const { homesByYear, beyondCapExtensionsInTime: beyondCap } = this.context.reporting;
    // A new day changes the figures judged as of today: it moves the position too, so the day's
    // first view shows the last count (saying when it was made) while it is counted again.
    return this.cache.view(
      JSON.stringify([current, previous]),
      `${today} ${await readModelPosition(this.context.db)}`,
      () =>
        this.counting.run({
          kind: 'dashboard',
          request: { current, previous, today, homesByYear, beyondCap },
        }),
    );
  }

  /**
   * Where the counting has a thread of its own, the views governance opens most are counted as
   * the api starts, so their first visitor does not wait: the one the dashboard opens on (this
   * reporting year so far beside the last) and last reporting year beside the one before (the
   * annual report's year).
   */
  onApplicationBootstrap(): void {
    if (!this.counting.onItsOwnThread) return;
    const today = this.context.today();
    const lastYear = previousReportingYear(reportingYearOf(today));
    const views = [dashboardPeriods({}, today), dashboardPeriods({ year: lastYear }, today)];
    void (async () => {
      for (const view of views) {
        if ('error' in view) continue;
        await this.execute(new GetDashboardQuery(view.current, view.previous)).catch(
          (error: unknown) => {
            // Stopping the api ends the thread, and a count under way with it.
            if (!(error instanceof CountingStoppedError))
              this.logger.warn(`The dashboard was not counted: ${error}`);
          },
        );
      }
    })();
  }
}
