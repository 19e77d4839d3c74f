import { Inject, type OnApplicationShutdown } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { ReadModelConnection, ReadModelDatabase } from '@redress/read-models';
import type { Kysely } from 'kysely';
import { READ_MODELS } from '../../read-models/read-models.tokens';
import { ReportContext } from '../../reports/shared/report-context';
import { CLOCK, type Clock } from '../../store/tokens';
import { DashboardCache } from './dashboard-cache';
import { dashboardCounterFor, type DashboardCounter } from './dashboard-counter';
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
 * models are a SQLite file (dashboard-counter.ts) and kept until the record moves on
 * (dashboard-cache.ts).
 */
@QueryHandler(GetDashboardQuery)
export class GetDashboardHandler
  implements IQueryHandler<GetDashboardQuery>, OnApplicationShutdown
{
  private readonly counter: DashboardCounter;
  private readonly cache: DashboardCache;

  constructor(
    private readonly context: ReportContext,
    @Inject(READ_MODELS) readModels: ReadModelConnection,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.counter = dashboardCounterFor(readModels);
    this.cache = new DashboardCache({
      waitMs: context.reporting.dashboardWaitMs,
      now: () => clock.now(),
    });
  }

  async execute({ current, previous }: GetDashboardQuery): Promise<Dashboard> {
    const today = this.context.today();
    const { homesByYear, beyondCapExtensionsInTime: beyondCap } = this.context.reporting;
    return this.cache.view(
      JSON.stringify([current, previous, today]),
      await readModelPosition(this.context.db),
      () => this.counter.count({ current, previous, today, homesByYear, beyondCap }),
    );
  }

  onApplicationShutdown(): Promise<void> {
    return this.counter.close();
  }
}
