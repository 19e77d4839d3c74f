import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { workQueue, type WorkQueue } from '@redress/read-models';
import { calendar } from '@redress/complaint-stream';
import { ReportContext } from '../shared/report-context';
import { GetWorkQueueQuery } from './get-work-queue.query';

@QueryHandler(GetWorkQueueQuery)
export class GetWorkQueueHandler implements IQueryHandler<GetWorkQueueQuery> {
  constructor(private readonly context: ReportContext) {}

  execute({ request }: GetWorkQueueQuery): Promise<WorkQueue> {
    const { asOf, ...filter } = request;
    return workQueue(this.context.db, { ...filter, asOf: asOf ?? this.context.today(), calendar });
  }
}
