import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { londonDateOf } from '@redress/complaints';
import { InvalidCursorError, type OwnerWorkload, type WorkQueue } from '@redress/read-models';
import type { FastifyReply } from 'fastify';
import { ReferenceIndex } from '../../complaints/reference/reference-index.service';
import { GetWorkQueueQuery } from '../../reports/get-work-queue/get-work-queue.query';
import { GetWorkloadQuery } from '../../reports/get-workload/get-workload.query';
import { CLOCK, type Clock } from '../../store/tokens';
import { FormErrors } from '../actions/form-errors';
import { workRows, type WorkRow } from '../my-work/work-rows';
import { renderPage } from '../shared/page';
import { peopleNames } from '../shared/people';
import { WebController, WebPage, type WebRequest } from '../shared/web-auth';
import { UserDirectory } from '@redress/users';

/** A page of the queue: enough to act on, and never a silent cut-off (Next page follows). */
export const TEAM_PAGE_SIZE = 100;

/**
 * Everyone's open deadlines for the managers who balance the work: each person's totals over
 * the whole queue, then the queue itself a page at a time, soonest first, grouped by person
 * (or one person's, chosen from the totals).
 */
@WebController()
@Controller('web/team')
export class TeamWorkController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly references: ReferenceIndex,
    private readonly directory: UserDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @WebPage('manager', 'admin')
  async team(
    @Query() query: Record<string, string | undefined>,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const asOf = londonDateOf(this.clock.now());
    const owner = typeof query.owner === 'string' && query.owner.trim() ? query.owner.trim() : '';
    const cursor = typeof query.cursor === 'string' && query.cursor ? query.cursor : undefined;
    const errors = new FormErrors();
    let queue: Pick<WorkQueue, 'items' | 'nextCursor' | 'total'> = { items: [], total: 0 };
    try {
      queue = await this.queryBus.execute(
        new GetWorkQueueQuery({
          asOf,
          limit: TEAM_PAGE_SIZE,
          ...(owner ? { owner } : {}),
          ...(cursor ? { cursor } : {}),
        }),
      );
    } catch (error) {
      if (!(error instanceof InvalidCursorError)) throw error;
      errors.add('main-content', 'That page of the list is no longer available: start again');
    }
    const workload: OwnerWorkload[] = await this.queryBus.execute(new GetWorkloadQuery(asOf));
    const people = await peopleNames(this.directory);
    const rows = await workRows(queue, asOf, this.references, this.directory);
    const here = (more: Record<string, string>) =>
      `/web/team?${new URLSearchParams({ ...(owner ? { owner } : {}), ...more }).toString()}`;
    return renderPage(request, reply, 'team-work/team-work.njk', {
      pageTitle: 'Team work',
      asOf,
      owner,
      ownerName: owner ? (people[owner] ?? owner) : undefined,
      workload: workload.map((w) => ({
        ...w,
        name: w.owner ? (people[w.owner] ?? w.owner) : 'Nobody yet',
        href: w.owner ? `/web/team?${new URLSearchParams({ owner: w.owner }).toString()}` : '',
      })),
      groups: groupByOwner(rows),
      shown: rows.length,
      total: queue.total,
      nextHref: queue.nextCursor ? here({ cursor: queue.nextCursor }) : undefined,
      firstHref: cursor ? here({}) : undefined,
      errorSummary: errors.summary(),
    });
  }
}

/** The page's rows under each person, in the order the queue gave them (soonest first). */
function groupByOwner(rows: readonly WorkRow[]) {
  const byOwner = new Map<string, { name: string; rows: WorkRow[] }>();
  for (const row of rows) {
    const key = row.owner ?? '';
    const group = byOwner.get(key) ?? { name: row.ownerName ?? 'Nobody yet', rows: [] };
    group.rows.push(row);
    byOwner.set(key, group);
  }
  return [...byOwner.values()];
}
