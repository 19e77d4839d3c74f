import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { workQueue, type WorkQueue } from '@redress/read-models';
import { calendar } from '@redress/complaint-stream';
import { ReportContext } from '../shared/report-context';
import { GetWorkQueueQuery } from './get-work-queue.query';

@QueryHandler(GetWorkQueueQuery)
export class GetWorkQueueHandler implements IQueryHandler<GetWorkQueueQuery> {
  constructor(private readonly context: ReportContext) {}

  execute(query: GetWorkQueueQuery): Promise<WorkQueue> {
    const asOf = query.asOf ?? this.context.today();
    return workQueue(this.context.db, { asOf, calendar, handler: query.handler });
  }
}
