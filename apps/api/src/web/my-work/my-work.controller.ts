import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { londonDateOf } from '@redress/complaints';
import { InvalidCursorError, type ComplaintListPage, type WorkQueue } from '@redress/read-models';
import type { FastifyReply } from 'fastify';
import { ReferenceIndex } from '../../complaints/reference/reference-index.service';
import { GetWorkQueueQuery } from '../../reports/get-work-queue/get-work-queue.query';
import { ListComplaintsQuery } from '../../reports/list-complaints/list-complaints.query';
import { CLOCK, type Clock } from '../../store/tokens';
import { FormErrors } from '../actions/form-errors';
import { renderSignIn } from '../sign-in/sign-in.controller';
import { renderPage } from '../shared/page';
import { WebController, WebPage, type WebRequest } from '../shared/web-auth';
import { UserDirectory } from '@redress/users';
import { workRows } from './work-rows';

/** A page of my deadlines: the most an officer scans at once; Next page has the rest. */
export const MY_WORK_PAGE_SIZE = 100;
/** Complaints waiting to be acknowledged, soonest due first; Find lists them all. */
const WAITING_SHOWN = 50;

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
  async root(
    @Query() query: Record<string, string | undefined>,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const user = request.webUser;
    if (!user) return renderSignIn(request, reply);
    const asOf = londonDateOf(this.clock.now());
    const cursor = typeof query.cursor === 'string' && query.cursor ? query.cursor : undefined;
    const errors = new FormErrors();
    // A page at a time, soonest first; the totals count every page, so nothing is cut off.
    let queue: Pick<WorkQueue, 'items' | 'counts' | 'nextCursor'> = {
      items: [],
      counts: { red: 0, amber: 0, green: 0 },
    };
    try {
      queue = await this.queryBus.execute(
        new GetWorkQueueQuery({ asOf, owner: user.id, limit: MY_WORK_PAGE_SIZE, cursor }),
      );
    } catch (error) {
      if (!(error instanceof InvalidCursorError)) throw error;
      errors.add('main-content', 'That page of your work is no longer available: start again');
    }
    const mine = await workRows(queue, asOf, this.references, this.directory);
    // Nobody owns a complaint until it is acknowledged: whoever works cases picks it up. The
    // soonest due first, a page's worth, from the same list query as Find (first page only).
    const worksCases = user.role !== 'auditor' && user.role !== 'governance';
    const waiting: ComplaintListPage =
      worksCases && !cursor
        ? await this.queryBus.execute(
            new ListComplaintsQuery({
              status: 'received',
              sort: 'nextDeadline',
              direction: 'asc',
              limit: WAITING_SHOWN,
            }),
          )
        : { items: [] };
    const unassigned = await workRows(waiting, asOf, this.references, this.directory);
    const { red, amber, green } = queue.counts;
    return renderPage(request, reply, 'my-work/my-work.njk', {
      pageTitle: 'My work',
      asOf,
      mine,
      unassigned,
      moreWaiting: Boolean(waiting.nextCursor),
      counts: queue.counts,
      total: red + amber + green,
      nextHref: queue.nextCursor
        ? `/?${new URLSearchParams({ cursor: queue.nextCursor }).toString()}`
        : undefined,
      firstHref: cursor ? '/' : undefined,
      errorSummary: errors.summary(),
    });
  }
}
