import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { auditedEvent, hazardStateAsOf, inHazardView } from '@redress/audit';
import { HazardError, foldHazard } from '@redress/hazards';
import { ComplaintReader } from '../../complaints/shared/complaint-reader.service';
import { HazardReader, type LoadedHazardCase } from '../shared/hazard-reader.service';
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
    if (!query.audit) return this.view(loaded, query.asOf);
    // The audit views fold only the events the view held at the moment: the same replay as
    // the auditors' pages and the CLI, so the three cannot disagree.
    const { view, moment } = query.audit;
    const events = loaded.stored.map((s) => auditedEvent(s));
    const state = hazardStateAsOf(events, moment, view);
    if (!state.known)
      throw new HazardError(
        'HAZARD_NOT_FOUND',
        `Hazard case ${query.hazardId} was not yet known at ${moment.text}`,
      );
    const stored = loaded.stored.filter((_, i) => inHazardView(events[i]!, moment.instant, view));
    const asOf = {
      ...loaded,
      stored,
      state: foldHazard(stored.map((s) => s.event)),
      revision: state.revision,
    };
    return {
      ...(await this.view(asOf, moment.instant)),
      audit: { view, asOf: state.asOf, findings: state.findings },
    };
  }

  private async view(loaded: LoadedHazardCase, asOf: Date): Promise<HazardView> {
    // Each linked complaint is read by id from its own stream: no scan.
    const ids = loaded.state.hazard!.complaintIds;
    const complaints = await Promise.all(ids.map((id) => this.complaints.load(id)));
    return hazardView(loaded, asOf, complaints);
  }
}
