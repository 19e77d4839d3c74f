import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { auditedEvents, historyOf } from '@redress/audit';
import { complaintView } from '../../complaints/get-complaint/complaint.view';
import { policies } from '@redress/complaint-stream';
import { ComplaintReader } from '../../complaints/shared/complaint-reader.service';
import { hazardSummary } from '../../hazards/get-hazard/hazard-summary.view';
import { HazardReader } from '../../hazards/shared/hazard-reader.service';
import { GetComplaintPageQuery, type ComplaintPage } from './get-complaint-page.query';

/**
 * The API's complaint view and history, with the lifecycle position the actions are asked of,
 * and each linked hazard case's clocks, read by id from its own stream (HazardCaseLinked).
 */
@QueryHandler(GetComplaintPageQuery)
export class GetComplaintPageHandler implements IQueryHandler<GetComplaintPageQuery> {
  constructor(
    private readonly reader: ComplaintReader,
    private readonly hazards: HazardReader,
  ) {}

  async execute(query: GetComplaintPageQuery): Promise<ComplaintPage> {
    const loaded = await this.reader.load(query.complaintId);
    const cases = await this.hazards.loadMany(loaded.state.complaint!.hazardIds);
    const view = complaintView(
      loaded,
      query.asOf,
      cases.map((c) => hazardSummary(c, query.clocksAt)),
    );
    return {
      view,
      lifecycle: loaded.state.lifecycle,
      history: historyOf(auditedEvents(loaded.stored)),
      policy: policies.get(loaded.state.complaint!.policyVersion),
    };
  }
}
