import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { londonDateOf } from '@redress/complaints';
import type { WorkQueue } from '@redress/read-models';
import type { FastifyReply } from 'fastify';
import { ReferenceIndex } from '../../complaints/reference/reference-index.service';
import { GetWorkQueueQuery } from '../../reports/get-work-queue/get-work-queue.query';
import { CLOCK, type Clock } from '../../store/tokens';
import { workRows, type WorkRow } from '../my-work/work-rows';
import { renderPage } from '../shared/page';
import { WebController, WebPage, type WebRequest } from '../shared/web-auth';
import { UserDirectory } from '@redress/users';

/** Everyone's open deadlines, by person, for the managers who balance the work. */
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
  async team(@Req() request: WebRequest, @Res() reply: FastifyReply): Promise<void> {
    const asOf = londonDateOf(this.clock.now());
    const queue: WorkQueue = await this.queryBus.execute(
      new GetWorkQueueQuery({ asOf, limit: 500 }),
    );
    const rows = await workRows(queue, asOf, this.references, this.directory);
    const byOwner = new Map<
      string,
      { name: string; rows: WorkRow[]; red: number; amber: number; green: number }
    >();
    for (const row of rows) {
      const key = row.owner ?? '';
      const group = byOwner.get(key) ?? {
        name: row.ownerName ?? 'Nobody yet',
        rows: [],
        red: 0,
        amber: 0,
        green: 0,
      };
      group.rows.push(row);
      if (row.rag === 'red' || row.rag === 'amber' || row.rag === 'green') group[row.rag]++;
      byOwner.set(key, group);
    }
    const groups = [...byOwner.values()].sort(
      (a, b) => b.red - a.red || b.rows.length - a.rows.length,
    );
    return renderPage(request, reply, 'team-work/team-work.njk', {
      pageTitle: 'Team work',
      asOf,
      groups,
    });
  }
}
