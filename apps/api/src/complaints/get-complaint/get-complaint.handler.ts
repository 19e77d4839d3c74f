import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { auditedEvents, stateAsOf } from '@redress/audit';
import { ComplaintError, fold } from '@redress/complaints';
import { ReferenceIndex } from '../reference/reference-index.service';
import { ComplaintReader } from '../shared/complaint-reader.service';
import { complaintView, type ComplaintView } from './complaint.view';
import { GetComplaintQuery } from './get-complaint.query';

@QueryHandler(GetComplaintQuery)
export class GetComplaintHandler implements IQueryHandler<GetComplaintQuery> {
  constructor(
    private readonly reader: ComplaintReader,
    private readonly references: ReferenceIndex,
  ) {}

  async execute(query: GetComplaintQuery): Promise<ComplaintView> {
    const view = await this.view(query);
    const reference = await this.references.referenceOf(query.complaintId, view.receivedOn);
    return reference ? { ...view, reference } : view;
  }

  private async view(query: GetComplaintQuery): Promise<ComplaintView> {
    const loaded = await this.reader.load(query.complaintId);
    if (!query.audit) return complaintView(loaded, query.asOf);
    // The audit views fold only the events the view held at the moment.
    const { view, moment } = query.audit;
    const state = stateAsOf(auditedEvents(loaded.stored), moment, view);
    if (!state.known) throw ComplaintError.notFound(query.complaintId);
    const stored = loaded.stored.filter((s) => Number(s.revision) <= state.revision);
    const asOf = { state: fold(stored.map((s) => s.event)), revision: state.revision, stored };
    return {
      ...complaintView(asOf, moment.date),
      audit: { view, asOf: state.asOf, findings: state.findings },
    };
  }
}
