import type { LocalDate } from '@redress/complaints';
import type { HazardStep } from '../model/hazard-step';
import type { Instant } from '../model/vocabulary';

/**
 * `HOURS`: an absolute count of hours from an instant, through nights, weekends, bank holidays
 * and clock changes. `WORKING_DAYS`: the complaint calendar's working days. `WEEKS`: calendar
 * weeks (Reg 13(3)(b)). `TARGET_DATE`: a date the landlord set ("a reasonable time", Reg 13(4)).
 */
export type ClockUnit = 'HOURS' | 'WORKING_DAYS' | 'WEEKS' | 'TARGET_DATE';

/** As for complaint deadlines: `met` and `missed` are final; `cancelled` means the clock stopped. */
export type ClockStatus = 'pending' | 'met' | 'missed' | 'cancelled';

export interface HazardClock {
  readonly step: HazardStep;
  /** The regulation behind it, quoted in reports and alerts. */
  readonly provision: string;
  readonly unit: ClockUnit;
  readonly startedAt: Instant;
  /** The due instant, for hour clocks. */
  readonly dueAt?: Instant;
  /** The due date in England (for hour clocks, the London date of `dueAt`). */
  readonly dueOn: LocalDate;
  readonly completedAt?: Instant;
  readonly status: ClockStatus;
  readonly hoursRemaining?: number;
  readonly hoursOverdue?: number;
  readonly workingDaysRemaining?: number;
  readonly workingDaysOverdue?: number;
  /** The reasonable endeavours defence recorded for this step: a missed clock keeps its status. */
  readonly reasonableEndeavours?: {
    readonly explanation: string;
    readonly evidence: readonly string[];
  };
}
