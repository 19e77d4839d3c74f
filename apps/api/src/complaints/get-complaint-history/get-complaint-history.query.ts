import { Query } from '@nestjs/cqrs';
import type { HistoryRow } from '@redress/audit';

export interface ComplaintHistoryView {
  readonly complaintId: string;
  readonly events: readonly HistoryRow[];
}

export class GetComplaintHistoryQuery extends Query<ComplaintHistoryView> {
  constructor(readonly complaintId: string) {
    super();
  }
}
