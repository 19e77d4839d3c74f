import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ComplaintReader } from '../shared/complaint-reader.service';
import { complaintView, type ComplaintView } from './complaint.view';
import { GetComplaintQuery } from './get-complaint.query';

@QueryHandler(GetComplaintQuery)
export class GetComplaintHandler implements IQueryHandler<GetComplaintQuery> {
  constructor(private readonly reader: ComplaintReader) {}

  async execute(query: GetComplaintQuery): Promise<ComplaintView> {
    return complaintView(await this.reader.load(query.complaintId), query.asOf);
  }
}
