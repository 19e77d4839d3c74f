import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ComplaintReader } from '../../complaints/shared/complaint-reader.service';
import { HazardReader } from '../shared/hazard-reader.service';
import { GetHazardQuery } from './get-hazard.query';
import { hazardView, type HazardView } from './hazard.view';

@QueryHandler(GetHazardQuery)
export class GetHazardHandler implements IQueryHandler<GetHazardQuery> {
  constructor(
    private readonly hazards: HazardReader,
    private readonly complaints: ComplaintReader,
  ) {}

  async execute(query: GetHazardQuery): Promise<HazardView> {
    const loaded = await this.hazards.load(query.hazardId);
    // Each linked complaint is read by id from its own stream: no scan.
    const ids = loaded.state.hazard!.complaintIds;
    const complaints = await Promise.all(ids.map((id) => this.complaints.load(id)));
    return hazardView(loaded, query.asOf, complaints);
  }
}
