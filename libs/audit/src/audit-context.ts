import { defaultCalendar, PolicyRegistry, type WorkingDayCalendar } from '@redress/complaints';

/** The domain pieces deadlines are judged with: the same ones the api decides with. */
export interface AuditContext {
  readonly calendar: WorkingDayCalendar;
  readonly policies: PolicyRegistry;
}

let shared: AuditContext | undefined;

/** Built once: the calendar loads its bank holidays on construction. */
export function defaultAuditContext(): AuditContext {
  shared ??= { calendar: defaultCalendar(), policies: PolicyRegistry.default() };
  return shared;
}
