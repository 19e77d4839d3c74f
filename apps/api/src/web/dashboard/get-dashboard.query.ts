import { Query } from '@nestjs/cqrs';
import type { LocalDate } from '@redress/complaints';
import type {
  LearningCounts,
  OmbudsmanSummary,
  Period,
  PeriodComparison,
  Repeats,
  SelfAssessmentEvidence,
  TrendPeriod,
  TsmReport,
} from '@redress/read-models';

/** Both periods of a figure: the one chosen and the one before it. */
export interface Pair<T> {
  readonly current: T;
  readonly previous: T;
}

/** Everything CHC 9.7 asks the governing body to receive, for a period beside the last. */
export interface DashboardFigures {
  readonly current: Period;
  readonly previous: Period;
  /** The reports' date: CH02 and learning actions are judged as of today. */
  readonly asOf: LocalDate;
  /** Orders are judged as of the period's end, or today while it runs (as the annual report does). */
  readonly ombudsmanAsOf: Pair<LocalDate>;
  readonly beyondCap: boolean;
  /** Stage 1 and Stage 2 received (and timings) by month, across both periods. */
  readonly byMonth: TrendPeriod[];
  readonly compared: PeriodComparison;
  readonly tsm: Pair<TsmReport>;
  readonly repeats: Pair<Repeats>;
  readonly ombudsman: Pair<OmbudsmanSummary>;
  readonly learning: Pair<LearningCounts>;
  readonly selfAssessment: SelfAssessmentEvidence;
}

/** When the figures shown were counted, and whether the record has moved on since. */
export interface Counted {
  /** The moment the count began: every change projected by then is in the figures. */
  readonly at: Date;
  /** False while the figures are being counted again after a change; the page says so. */
  readonly upToDate: boolean;
}

/** The figures, and when they were counted. */
export interface Dashboard extends DashboardFigures {
  readonly counted: Counted;
}

export class GetDashboardQuery extends Query<Dashboard> {
  constructor(
    readonly current: Period,
    readonly previous: Period,
  ) {
    super();
  }
}
