import type { LocalDate } from '../calendar/local-date';

export type DeadlineKind =
  | 'STAGE1_ACKNOWLEDGEMENT'
  | 'STAGE1_RESPONSE'
  | 'STAGE2_ACKNOWLEDGEMENT'
  | 'STAGE2_RESPONSE'
  | 'REMEDY'
  | 'OUTSTANDING_ACTION'
  | 'LEARNING_ACTION'
  | 'OMBUDSMAN_ORDER';

/**
 * `met` and `missed` are final; `pending` is still open as of the date asked about; `cancelled`
 * means the clock stopped (withdrawn, not accepted, escalation refused) before the due date.
 */
export type DeadlineStatus = 'pending' | 'met' | 'missed' | 'cancelled';

export interface Deadline {
  readonly kind: DeadlineKind;
  readonly provision: string;
  /** The action or order the deadline belongs to, for per-item deadlines. */
  readonly ref?: string;
  readonly startedOn: LocalDate;
  readonly dueOn: LocalDate;
  /** The due date before any extension. */
  readonly originalDueOn: LocalDate;
  readonly extended: boolean;
  readonly completedOn?: LocalDate;
  readonly status: DeadlineStatus;
  /** Working days left, when pending (0 on the due date itself). */
  readonly workingDaysRemaining?: number;
  /** Working days past the due date, when missed. */
  readonly workingDaysOverdue?: number;
}
