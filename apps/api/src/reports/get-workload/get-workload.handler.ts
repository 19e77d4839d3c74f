import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { workloadByOwner, type OwnerWorkload } from '@redress/read-models';
import { calendar } from '@redress/complaint-stream';
import { ReportContext } from '../shared/report-context';
import { GetWorkloadQuery } from './get-workload.query';

@QueryHandler(GetWorkloadQuery)
export class GetWorkloadHandler implements IQueryHandler<GetWorkloadQuery> {
  constructor(private readonly context: ReportContext) {}

  execute({ asOf }: GetWorkloadQuery): Promise<OwnerWorkload[]> {
    return workloadByOwner(this.context.db, { asOf, calendar });
  }
}
