import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { londonDateOf } from '@redress/complaints';
import type { ComplaintListPage, WorkQueue } from '@redress/read-models';
import type { FastifyReply } from 'fastify';
import { ReferenceIndex } from '../../complaints/reference/reference-index.service';
import { GetWorkQueueQuery } from '../../reports/get-work-queue/get-work-queue.query';
import { ListComplaintsQuery } from '../../reports/list-complaints/list-complaints.query';
import { CLOCK, type Clock } from '../../store/tokens';
import { renderSignIn } from '../sign-in/sign-in.controller';
import { renderPage } from '../shared/page';
import { WebController, WebPage, type WebRequest } from '../shared/web-auth';
import { UserDirectory } from '@redress/users';
import { workRows } from './work-rows';

/** The root: sign-in, or once signed in, every open obligation I own by red / amber / green. */
@WebController()
@Controller()
export class MyWorkController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly references: ReferenceIndex,
    private readonly directory: UserDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @WebPage()
  async root(@Req() request: WebRequest, @Res() reply: FastifyReply): Promise<void> {
    const user = request.webUser;
    if (!user) return renderSignIn(request, reply);
    const asOf = londonDateOf(this.clock.now());
    const queue: WorkQueue = await this.queryBus.execute(
      new GetWorkQueueQuery({ asOf, owner: user.id, limit: 500 }),
    );
    const mine = (await workRows(queue, asOf, this.references, this.directory)).filter(
      (r) => r.owner === user.id,
    );
    // Nobody owns a complaint until it is acknowledged: whoever works cases picks it up. The
    // soonest due first, a page's worth, from the same list query as Find.
    const worksCases = user.role !== 'auditor' && user.role !== 'governance';
    const waiting: ComplaintListPage = worksCases
      ? await this.queryBus.execute(
          new ListComplaintsQuery({
            status: 'received',
            sort: 'nextDeadline',
            direction: 'asc',
            limit: 50,
          }),
        )
      : { items: [] };
    const unassigned = await workRows(waiting, asOf, this.references, this.directory);
    return renderPage(request, reply, 'my-work/my-work.njk', {
      pageTitle: 'My work',
      asOf,
      mine,
      unassigned,
      counts: count(mine),
    });
  }
}

function count(rows: readonly { rag: string }[]): Record<string, number> {
  const counts: Record<string, number> = { red: 0, amber: 0, green: 0 };
  for (const r of rows) counts[r.rag] = (counts[r.rag] ?? 0) + 1;
  return counts;
}
