import { Query } from '@nestjs/cqrs';
import type { HistoryRow } from '@redress/audit';
import type { CodePolicy, LifecycleSnapshot } from '@redress/complaints';
import type { ComplaintView } from '../../complaints/get-complaint/complaint.view';

/** Everything a complaint's page shows, from one read of its stream. */
export interface ComplaintPage {
  readonly view: ComplaintView;
  readonly lifecycle: LifecycleSnapshot;
  readonly history: readonly HistoryRow[];
  readonly policy: CodePolicy;
}

export class GetComplaintPageQuery extends Query<ComplaintPage> {
  constructor(
    readonly complaintId: string,
    readonly asOf: string,
    /** The instant linked hazard cases' clocks are judged at (they run in hours too). */
    readonly clocksAt: Date = new Date(),
  ) {
    super();
  }
}
