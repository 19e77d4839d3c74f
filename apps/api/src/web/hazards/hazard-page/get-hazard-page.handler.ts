import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { auditedEvent, hazardHistoryRow } from '@redress/audit';
import { hazardView } from '../../../hazards/get-hazard/hazard.view';
import { HazardReader } from '../../../hazards/shared/hazard-reader.service';
import { ComplaintReader } from '../../../complaints/shared/complaint-reader.service';
import { ReferenceIndex } from '../../../complaints/reference/reference-index.service';
import { GetHazardPageQuery, type HazardPage } from './get-hazard-page.query';

/** The API's hazard view (clocks and linked complaints' deadlines), history and lifecycle. */
@QueryHandler(GetHazardPageQuery)
export class GetHazardPageHandler implements IQueryHandler<GetHazardPageQuery> {
  constructor(
    private readonly hazards: HazardReader,
    private readonly complaints: ComplaintReader,
    private readonly referenceIndex: ReferenceIndex,
  ) {}

  async execute(query: GetHazardPageQuery): Promise<HazardPage> {
    const loaded = await this.hazards.load(query.hazardId);
    // Each linked complaint is read by id from its own stream: no scan.
    const ids = loaded.state.hazard!.complaintIds;
    const complaints = await Promise.all(ids.map((id) => this.complaints.load(id)));
    const references: Record<string, string> = {};
    for (const c of complaints) {
      const record = c.state.complaint!;
      references[record.complaintId] =
        (await this.referenceIndex.referenceOf(record.complaintId, record.receivedOn)) ??
        record.complaintId;
    }
    return {
      view: hazardView(loaded, query.asOf, complaints),
      lifecycle: loaded.state.lifecycle,
      history: loaded.stored.map((s) => hazardHistoryRow(auditedEvent(s))),
      references,
    };
  }
}
