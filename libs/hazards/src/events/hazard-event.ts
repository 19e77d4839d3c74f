import type {
  AlternativeAccommodationOffered,
  ComplaintLinked,
  HazardClassified,
  HazardClosed,
  HazardReported,
  InvestigationConcluded,
  MadeSafe,
  PreventativeWorkCompleted,
  PreventativeWorkDeferred,
  PreventativeWorkStarted,
  ReasonableEndeavoursRecorded,
  SafetyWorkCompleted,
  ScopeDecided,
  WrittenSummarySent,
} from './hazard-events';

/** Every fact that can be stored about a hazard case. */
export type HazardEvent =
  | HazardReported
  | ScopeDecided
  | HazardClassified
  | InvestigationConcluded
  | MadeSafe
  | WrittenSummarySent
  | SafetyWorkCompleted
  | PreventativeWorkDeferred
  | PreventativeWorkStarted
  | PreventativeWorkCompleted
  | AlternativeAccommodationOffered
  | ReasonableEndeavoursRecorded
  | ComplaintLinked
  | HazardClosed;

export type HazardEventType = HazardEvent['type'];
export type HazardEventOfType<T extends HazardEventType> = Extract<HazardEvent, { type: T }>;

/** Typed as a record over the union: a missing or extra name fails to compile. */
const EVENT_TYPE_SET: { readonly [T in HazardEventType]: true } = {
  HazardReported: true,
  ScopeDecided: true,
  HazardClassified: true,
  InvestigationConcluded: true,
  MadeSafe: true,
  WrittenSummarySent: true,
  SafetyWorkCompleted: true,
  PreventativeWorkDeferred: true,
  PreventativeWorkStarted: true,
  PreventativeWorkCompleted: true,
  AlternativeAccommodationOffered: true,
  ReasonableEndeavoursRecorded: true,
  ComplaintLinked: true,
  HazardClosed: true,
};

export const HAZARD_EVENT_TYPES = Object.keys(EVENT_TYPE_SET) as HazardEventType[];

export function isHazardEventType(type: string): type is HazardEventType {
  return Object.prototype.hasOwnProperty.call(EVENT_TYPE_SET, type);
}
