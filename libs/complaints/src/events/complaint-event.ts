import type {
  ComplaintClosed,
  OmbudsmanDeterminationRecorded,
  OmbudsmanOrderComplied,
  OmbudsmanOrderRecorded,
  OmbudsmanReferralRecorded,
} from './closure-ombudsman.events';
import type {
  ComplaintNotAccepted,
  ComplaintReceived,
  ComplaintWithdrawn,
  HazardCaseLinked,
  ReasonableAdjustmentRecorded,
  TenureCorrected,
  VulnerabilityFlagged,
} from './intake.events';
import type {
  ActionCompleted,
  AdditionalIssueRaised,
  EscalationRefused,
  EscalationRequested,
  ExtensionNotified,
  HandlerReassigned,
  Stage1Acknowledged,
  Stage1ResponseIssued,
  Stage2Acknowledged,
  Stage2FinalResponseIssued,
} from './stage.events';

/** Every fact that can be stored about a complaint. */
export type ComplaintEvent =
  | ComplaintReceived
  | ComplaintNotAccepted
  | ComplaintWithdrawn
  | ReasonableAdjustmentRecorded
  | VulnerabilityFlagged
  | TenureCorrected
  | HazardCaseLinked
  | Stage1Acknowledged
  | ExtensionNotified
  | Stage1ResponseIssued
  | EscalationRequested
  | EscalationRefused
  | Stage2Acknowledged
  | Stage2FinalResponseIssued
  | HandlerReassigned
  | AdditionalIssueRaised
  | ActionCompleted
  | ComplaintClosed
  | OmbudsmanReferralRecorded
  | OmbudsmanDeterminationRecorded
  | OmbudsmanOrderRecorded
  | OmbudsmanOrderComplied;

export type ComplaintEventType = ComplaintEvent['type'];

export type EventOfType<T extends ComplaintEventType> = Extract<ComplaintEvent, { type: T }>;

/**
 * The event types as a value. Typed as a record over the union so the compiler rejects a
 * missing or extra name: adding an event forces this list, and everything built on it, to follow.
 */
const EVENT_TYPE_SET: { readonly [T in ComplaintEventType]: true } = {
  ComplaintReceived: true,
  ComplaintNotAccepted: true,
  ComplaintWithdrawn: true,
  ReasonableAdjustmentRecorded: true,
  VulnerabilityFlagged: true,
  TenureCorrected: true,
  HazardCaseLinked: true,
  Stage1Acknowledged: true,
  ExtensionNotified: true,
  Stage1ResponseIssued: true,
  EscalationRequested: true,
  EscalationRefused: true,
  Stage2Acknowledged: true,
  Stage2FinalResponseIssued: true,
  HandlerReassigned: true,
  AdditionalIssueRaised: true,
  ActionCompleted: true,
  ComplaintClosed: true,
  OmbudsmanReferralRecorded: true,
  OmbudsmanDeterminationRecorded: true,
  OmbudsmanOrderRecorded: true,
  OmbudsmanOrderComplied: true,
};

export const COMPLAINT_EVENT_TYPES = Object.keys(EVENT_TYPE_SET) as ComplaintEventType[];

export function isComplaintEventType(type: string): type is ComplaintEventType {
  return Object.prototype.hasOwnProperty.call(EVENT_TYPE_SET, type);
}
