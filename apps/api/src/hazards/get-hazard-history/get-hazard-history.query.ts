import { Query } from '@nestjs/cqrs';
import type { HistoryRow } from '@redress/audit';

export interface HazardHistoryView {
  readonly hazardId: string;
  readonly events: readonly HistoryRow[];
}

export class GetHazardHistoryQuery extends Query<HazardHistoryView> {
  constructor(readonly hazardId: string) {
    super();
  }
}
