import type {
  AccommodationAnswer,
  AwarenessRoute,
  Finding,
  HazardCategory,
  HazardType,
  Instant,
  Tenure,
} from '../model/vocabulary';
import type { HazardStep } from '../model/hazard-step';
import type { HazardDomainEvent } from './hazard-fact';

/** The landlord became aware of a potential hazard at `at`, by `route`: every clock starts here. */
export type HazardReported = HazardDomainEvent<
  'HazardReported',
  {
    hazardId: string;
    route: AwarenessRoute;
    tenure: Tenure;
    residentRef: string;
    propertyRef: string;
    description: string;
    /** The complaint the hazard was reported in, when `route` is COMPLAINT. */
    complaintId?: string;
    /** When the report was written into Redress (may be later than awareness). */
    recordedAt: Instant;
  }
>;

/** Scope basis: the recorded tenure, or a report from before Awaab's Law commenced. */
export type ScopeBasis =
  'TENURE_IN_SCOPE' | 'TENURE_OUT_OF_SCOPE' | 'TENURE_UNCONFIRMED' | 'BEFORE_COMMENCEMENT';

/** Whether the Awaab's Law clocks apply, decided from the tenure under the policy in force. */
export type ScopeDecided = HazardDomainEvent<
  'ScopeDecided',
  {
    inScope: boolean;
    basis: ScopeBasis;
    tenure: Tenure;
    /** The policy version in force on the day of awareness; absent before commencement. */
    policyVersion?: string;
    explanation: string;
  }
>;

/** Triage: an emergency hazard (24 hours) or a significant hazard (working-day clocks). */
export type HazardClassified = HazardDomainEvent<
  'HazardClassified',
  { category: HazardCategory; hazardType: HazardType; reason: string }
>;

/** Reg 6–8: the investigation's finding, always with reasons. */
export type InvestigationConcluded = HazardDomainEvent<
  'InvestigationConcluded',
  { finding: Finding; reasons: string; preventativeWorkRequired: boolean }
>;

/** Emergency hazard: the emergency action that made the home safe. */
export type MadeSafe = HazardDomainEvent<'MadeSafe', { action: string }>;

/** Reg 9: the written summary of the findings, given to the tenant. */
export type WrittenSummarySent = HazardDomainEvent<
  'WrittenSummarySent',
  { method: string; summary: string }
>;

/** Reg 11(2)(a): the relevant safety work for a significant hazard is done. */
export type SafetyWorkCompleted = HazardDomainEvent<'SafetyWorkCompleted', { work: string }>;

/** Reg 13(3): beginning preventative work within the short period is not reasonably practicable. */
export type PreventativeWorkDeferred = HazardDomainEvent<
  'PreventativeWorkDeferred',
  { notReasonablyPracticableReason: string }
>;

/** Reg 13(2)–(3): supplementary preventative work physically started, with its target date. */
export type PreventativeWorkStarted = HazardDomainEvent<
  'PreventativeWorkStarted',
  {
    work: string;
    /** Reg 13(4): "within a reasonable time" has no number; the landlord records its target. */
    targetCompletionOn: string;
  }
>;

export type PreventativeWorkCompleted = HazardDomainEvent<
  'PreventativeWorkCompleted',
  { work: string }
>;

/** The home cannot be made safe in time: suitable alternative accommodation at the landlord's cost. */
export type AlternativeAccommodationOffered = HazardDomainEvent<
  'AlternativeAccommodationOffered',
  {
    accommodation: string;
    reason: string;
    atLandlordsCost: true;
    answer: AccommodationAnswer;
  }
>;

/** The reasonable endeavours defence for one step, with the evidence for it. */
export type ReasonableEndeavoursRecorded = HazardDomainEvent<
  'ReasonableEndeavoursRecorded',
  { step: HazardStep; explanation: string; evidence: readonly string[] }
>;

/** A complaint about the same matter; both clocks run side by side and each shows the other. */
export type ComplaintLinked = HazardDomainEvent<'ComplaintLinked', { complaintId: string }>;

export type HazardClosed = HazardDomainEvent<'HazardClosed', { summary: string }>;
