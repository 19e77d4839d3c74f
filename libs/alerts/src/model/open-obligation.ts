import type { LocalDate } from '@redress/complaints';

/**
 * Something someone must do by a deadline, as an alert source reports it: a complaint's stage
 * acknowledgement or response, a remedy, outstanding or learning action, an Ombudsman order, or
 * a hazard case's step (Awaab's Law). The notifier needs no more than this to tell people.
 */
export interface OpenObligation {
  /** Which source it came from (`complaint`, `hazard`). */
  readonly source: string;
  readonly caseId: string;
  /** The reference officers know the case by, printed in every alert. */
  readonly caseRef: string;
  /**
   * Identifies the obligation within its source, due date included: an extended deadline
   * (CHC 6.4) is a new date to be warned about, so it may turn amber again.
   */
  readonly key: string;
  readonly kind: string;
  /** What is owed, in plain words: "the stage 1 response". */
  readonly label: string;
  /** The provision that sets the deadline (CHC 6.2, SI 2025/1042 reg 6, …). */
  readonly provision: string;
  /** Who owns it (a user id), or null while nobody does. */
  readonly owner: string | null;
  readonly dueOn: LocalDate;
  /** For hour-counted clocks (an emergency hazard's 24 hours): the due instant. */
  readonly dueAt?: string;
  /** The workbench page of the case, from the public URL: `/web/complaints/<id>`. */
  readonly path: string;
}

/** A threshold crossed: amber before the deadline, missed after it. */
export type Threshold = 'amber' | 'missed';

export type AlertChannelName = 'email' | 'webhook';

/** How far ahead amber starts (docs/alerts.md; REDRESS_ALERT_AMBER_DAYS and _HOURS). */
export interface ThresholdSettings {
  readonly amberWorkingDays: number;
  readonly amberHours: number;
}
