import type { LocalDate } from '@redress/complaints';
import type {
  AlternativeAccommodationOffered,
  HazardReported,
  ReasonableEndeavoursRecorded,
  ScopeDecided,
} from '../events/hazard-events';
import type { HazardLifecycleSnapshot } from '../lifecycle/lifecycle';
import type { Finding, HazardCategory, HazardType, Instant } from '../model/vocabulary';

/** A step done: when (instant and business date) and what. */
export interface StepDone<Detail> {
  readonly at: Instant;
  readonly on: LocalDate;
  readonly detail: Detail;
}

export type Intake = Omit<HazardReported['data'], 'at' | 'effectiveOn' | 'backdateReason'>;

/** Everything known about one hazard case: the fold of its events. */
export interface HazardRecord extends Intake {
  /** The instant the landlord became aware: every clock starts here. */
  readonly awareAt: Instant;
  readonly awareOn: LocalDate;
  readonly scope?: Omit<ScopeDecided['data'], 'at' | 'effectiveOn' | 'backdateReason'>;
  readonly classification?: StepDone<{
    category: HazardCategory;
    hazardType: HazardType;
    reason: string;
  }>;
  readonly investigation?: StepDone<{
    finding: Finding;
    reasons: string;
    preventativeWorkRequired: boolean;
  }>;
  readonly madeSafe?: StepDone<{ action: string }>;
  readonly writtenSummary?: StepDone<{ method: string; summary: string }>;
  readonly safetyWork?: StepDone<{ work: string }>;
  readonly preventativeDeferred?: StepDone<{ notReasonablyPracticableReason: string }>;
  readonly preventativeStarted?: StepDone<{ work: string; targetCompletionOn: LocalDate }>;
  readonly preventativeCompleted?: StepDone<{ work: string }>;
  readonly accommodationOffers: readonly AlternativeAccommodationOffered['data'][];
  readonly reasonableEndeavours: readonly ReasonableEndeavoursRecorded['data'][];
  /** Complaints about the same matter, the one it was reported in first. */
  readonly complaintIds: readonly string[];
  readonly closed?: StepDone<{ summary: string }>;
  /** The latest step's instant, before which no later step may be dated. */
  readonly lastStepAt: Instant;
  readonly version: number;
}

export interface HazardState {
  readonly lifecycle: HazardLifecycleSnapshot;
  readonly hazard: HazardRecord | null;
}
