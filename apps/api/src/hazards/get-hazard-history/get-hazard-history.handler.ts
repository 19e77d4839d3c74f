import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { auditedEvent, hazardHistoryRow } from '@redress/audit';
import { HazardReader } from '../shared/hazard-reader.service';
import { GetHazardHistoryQuery, type HazardHistoryView } from './get-hazard-history.query';

@QueryHandler(GetHazardHistoryQuery)
export class GetHazardHistoryHandler implements IQueryHandler<GetHazardHistoryQuery> {
  constructor(private readonly reader: HazardReader) {}

  async execute(query: GetHazardHistoryQuery): Promise<HazardHistoryView> {
    const { stored } = await this.reader.load(query.hazardId);
    return {
      hazardId: query.hazardId,
      events: stored.map((s) => hazardHistoryRow(auditedEvent(s))),
    };
  }
}
