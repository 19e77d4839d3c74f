import type { PolicyRegistry, WorkingDayCalendar } from '@redress/complaints';
import { calendar, policies } from '@redress/complaint-stream';

/** The domain pieces deadlines are judged with: the same ones the api decides with. */
export interface AuditContext {
  readonly calendar: WorkingDayCalendar;
  readonly policies: PolicyRegistry;
}

/** The complaint stream's own calendar and policies, so an auditor judges as an officer did. */
export function defaultAuditContext(): AuditContext {
  return { calendar, policies };
}
