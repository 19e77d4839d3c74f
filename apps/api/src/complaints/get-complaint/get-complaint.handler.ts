import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { auditedEvents, stateAsOf } from '@redress/audit';
import { ComplaintError, fold, type ComplaintState } from '@redress/complaints';
import {
  hazardSummary,
  type HazardSummaryView,
} from '../../hazards/get-hazard/hazard-summary.view';
import { HazardReader } from '../../hazards/shared/hazard-reader.service';
import { ReferenceIndex } from '../reference/reference-index.service';
import { ComplaintReader } from '../shared/complaint-reader.service';
import { complaintView, type ComplaintView } from './complaint.view';
import { GetComplaintQuery } from './get-complaint.query';

@QueryHandler(GetComplaintQuery)
export class GetComplaintHandler implements IQueryHandler<GetComplaintQuery> {
  constructor(
    private readonly reader: ComplaintReader,
    private readonly hazards: HazardReader,
    private readonly references: ReferenceIndex,
  ) {}

  async execute(query: GetComplaintQuery): Promise<ComplaintView> {
    const view = await this.view(query);
    const reference = await this.references.referenceOf(query.complaintId, view.receivedOn);
    return reference ? { ...view, reference } : view;
  }

  private async view(query: GetComplaintQuery): Promise<ComplaintView> {
    const loaded = await this.reader.load(query.complaintId);
    if (!query.audit)
      return complaintView(loaded, query.asOf, await this.hazardCases(loaded, query));
    // The audit views fold only the events the view held at the moment.
    const { view, moment } = query.audit;
    const state = stateAsOf(auditedEvents(loaded.stored), moment, view);
    if (!state.known) throw ComplaintError.notFound(query.complaintId);
    const stored = loaded.stored.filter((s) => Number(s.revision) <= state.revision);
    const asOf = { state: fold(stored.map((s) => s.event)), revision: state.revision, stored };
    return {
      ...complaintView(asOf, moment.date, await this.hazardCases(asOf, query)),
      audit: { view, asOf: state.asOf, findings: state.findings },
    };
  }

  /**
   * The hazard cases the complaint records (HazardCaseLinked), each read by id from its own
   * stream: no scan.
   */
  private async hazardCases(
    loaded: { readonly state: ComplaintState },
    query: GetComplaintQuery,
  ): Promise<HazardSummaryView[]> {
    const ids = loaded.state.complaint?.hazardIds ?? [];
    const cases = await this.hazards.loadMany(ids);
    return cases.map((c) => hazardSummary(c, query.hazardClocksAt));
  }
}
