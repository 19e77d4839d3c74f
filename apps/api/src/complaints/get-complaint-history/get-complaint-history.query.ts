import { Query } from '@nestjs/cqrs';
import type { HistoryRow } from '@redress/audit';

export interface ComplaintHistoryView {
  readonly complaintId: string;
  /**
   * Whether the stream's hash chain holds: a history read from an altered stream says so
   * rather than passing for the record.
   */
  readonly chain: {
    readonly intact: boolean;
    readonly firstBreak?: { revision: number; reason: string; detail: string };
  };
  readonly events: readonly HistoryRow[];
}

export class GetComplaintHistoryQuery extends Query<ComplaintHistoryView> {
  constructor(readonly complaintId: string) {
    super();
  }
}
