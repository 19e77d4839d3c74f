import type { EventMetadata } from '@redress/event-store';

/** One stored event as an auditor sees it: what happened, when, by whom, with its chain link. */
export interface ComplaintEventView {
  readonly revision: number;
  readonly type: string;
  readonly data: object;
  readonly metadata: EventMetadata;
  readonly storedAt: string;
}
