import type { LocalDate } from '@redress/complaints';
import type { HazardStep } from '../model/hazard-step';
import type {
  AccommodationAnswer,
  AwarenessRoute,
  Finding,
  HazardCategory,
  HazardType,
  Instant,
  Tenure,
} from '../model/vocabulary';

/**
 * What an officer asks for. `at` is the instant the step happened (now when omitted); an
 * instant on an earlier day than today needs `backdateReason`. One name per action: the
 * command `MakeSafe` records the event `MadeSafe`.
 */
interface Command<Type extends string> {
  readonly type: Type;
  readonly hazardId: string;
  readonly at?: Instant;
  readonly backdateReason?: string;
}

export type ReportHazard = Command<'ReportHazard'> & {
  readonly route: AwarenessRoute;
  readonly tenure: Tenure;
  readonly residentRef: string;
  readonly propertyRef: string;
  readonly description: string;
  readonly complaintId?: string;
};
export type ClassifyHazard = Command<'ClassifyHazard'> & {
  readonly category: HazardCategory;
  readonly hazardType: HazardType;
  readonly reason: string;
};
export type ConcludeInvestigation = Command<'ConcludeInvestigation'> & {
  readonly finding: Finding;
  readonly reasons: string;
  readonly preventativeWorkRequired?: boolean;
};
export type MakeSafe = Command<'MakeSafe'> & { readonly action: string };
export type SendWrittenSummary = Command<'SendWrittenSummary'> & {
  readonly method: string;
  readonly summary: string;
};
export type CompleteSafetyWork = Command<'CompleteSafetyWork'> & { readonly work: string };
export type DeferPreventativeWork = Command<'DeferPreventativeWork'> & {
  readonly notReasonablyPracticableReason: string;
};
export type StartPreventativeWork = Command<'StartPreventativeWork'> & {
  readonly work: string;
  readonly targetCompletionOn: LocalDate;
};
export type CompletePreventativeWork = Command<'CompletePreventativeWork'> & {
  readonly work: string;
};
export type OfferAlternativeAccommodation = Command<'OfferAlternativeAccommodation'> & {
  readonly accommodation: string;
  readonly reason: string;
  readonly atLandlordsCost: boolean;
  readonly answer: AccommodationAnswer;
};
export type RecordReasonableEndeavours = Command<'RecordReasonableEndeavours'> & {
  readonly step: HazardStep;
  readonly explanation: string;
  readonly evidence: readonly string[];
};
export type LinkComplaint = Command<'LinkComplaint'> & { readonly complaintId: string };
export type CloseHazard = Command<'CloseHazard'> & { readonly summary: string };

export type HazardCommand =
  | ReportHazard
  | ClassifyHazard
  | ConcludeInvestigation
  | MakeSafe
  | SendWrittenSummary
  | CompleteSafetyWork
  | DeferPreventativeWork
  | StartPreventativeWork
  | CompletePreventativeWork
  | OfferAlternativeAccommodation
  | RecordReasonableEndeavours
  | LinkComplaint
  | CloseHazard;

export type HazardCommandType = HazardCommand['type'];
export type HazardCommandOfType<T extends HazardCommandType> = Extract<HazardCommand, { type: T }>;
