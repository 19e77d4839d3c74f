import { Query } from '@nestjs/cqrs';
import type { AsOfViewKind, Moment } from '@redress/audit';
import type { ComplaintView } from './complaint.view';

export class GetComplaintQuery extends Query<ComplaintView> {
  constructor(
    readonly complaintId: string,
    /** YYYY-MM-DD; deadlines are judged as of this date. */
    readonly asOf: string,
    /** An audit view: replay only what was recorded (or in effect) at `moment`. */
    readonly audit?: { readonly view: AsOfViewKind; readonly moment: Moment },
    /** The instant the linked hazard cases' clocks are judged at (they run in hours too). */
    readonly hazardClocksAt: Date = new Date(),
  ) {
    super();
  }
}
