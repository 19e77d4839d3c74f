import type { LocalDate } from '../calendar/local-date';
import type {
  ComplaintDefinitionInput,
  IssueDecisionInput,
  RemedyInput,
  TrackedActionInput,
} from '../model/parts';
import type {
  Channel,
  EscalationRefusalCode,
  ExclusionCode,
  IssueDecision,
  OmbudsmanOrderType,
  Stage,
  Tenure,
} from '../model/vocabulary';
import type { FindingRecord } from '../events/closure-ombudsman.events';

/**
 * What an officer asks for. `effectiveOn` is the business date (today in England when omitted);
 * an earlier date needs `backdateReason` (architecture decision 3).
 */
interface Command<Type extends string> {
  readonly type: Type;
  readonly complaintId: string;
  readonly effectiveOn?: LocalDate;
  readonly backdateReason?: string;
}

export type LogComplaint = Command<'LogComplaint'> & {
  readonly channel: Channel;
  readonly residentRef: string;
  readonly propertyRef?: string;
  readonly description: string;
  readonly receivedAt?: string;
  readonly representative?: string;
  readonly serviceRequestId?: string;
  readonly vulnerable?: boolean;
  readonly reasonableAdjustments?: readonly string[];
  /** The stock type the complaint is reported under (RSH TSM); LCRA when not given. */
  readonly tenure?: Tenure;
};

/** A tenure recorded wrongly at receipt is corrected with a reason; the history keeps both. */
export type CorrectTenure = Command<'CorrectTenure'> & {
  readonly tenure: Tenure;
  readonly reason: string;
};

export type DeclineComplaint = Command<'DeclineComplaint'> & {
  readonly exclusionCode: ExclusionCode;
  readonly explanation: string;
  readonly evidence: string;
  readonly issueOccurredOn?: LocalDate;
  /** When the resident became aware of the issue, if later (CHC 2.3). */
  readonly residentAwareOn?: LocalDate;
  readonly discretionConsidered?: boolean;
  readonly discretionNote?: string;
  readonly claimFiledAtCourtOn?: LocalDate;
  readonly ombudsmanRightsGiven: boolean;
};

export type AcknowledgeStage1 = Command<'AcknowledgeStage1'> & {
  readonly handlerId: string;
  readonly definition: ComplaintDefinitionInput;
};

export type ExtendDeadline = Command<'ExtendDeadline'> & {
  readonly stage: Stage;
  readonly reason: string;
  readonly newDueOn: LocalDate;
  readonly ombudsmanDetailsGiven: boolean;
  readonly goodReason?: string;
};

export interface ResponseContent {
  readonly decisions: readonly IssueDecisionInput[];
  readonly remedies?: readonly RemedyInput[];
  readonly noRemedyReason?: string;
  readonly outstandingActions?: readonly TrackedActionInput[];
  readonly contributors?: readonly string[];
  /** The letter says how to escalate (Stage 1) or how to refer to the Ombudsman (Stage 2). */
  readonly nextStepsGiven: boolean;
}

export type IssueStage1Response = Command<'IssueStage1Response'> & ResponseContent;

export type RequestEscalation = Command<'RequestEscalation'> & {
  /** Never required (CHC 6.12); recorded when the resident offers one. */
  readonly residentReason?: string;
};

export type RefuseEscalation = Command<'RefuseEscalation'> & {
  readonly reasonCode: EscalationRefusalCode;
  readonly explanation: string;
  readonly evidence: string;
  readonly discretionConsidered?: boolean;
  readonly discretionNote?: string;
  readonly claimFiledAtCourtOn?: LocalDate;
  readonly ombudsmanRightsGiven: boolean;
};

export type AcknowledgeStage2 = Command<'AcknowledgeStage2'> & {
  readonly handlerId: string;
  readonly definition: ComplaintDefinitionInput;
};

export type IssueStage2Response = Command<'IssueStage2Response'> & ResponseContent;

export type ReassignHandler = Command<'ReassignHandler'> & {
  readonly handlerId: string;
  readonly reason: string;
};

export type RaiseAdditionalIssue = Command<'RaiseAdditionalIssue'> & {
  readonly summary: string;
  /** Unrelated issues, or issues raised after a response, become a new complaint. */
  readonly related: boolean;
};

export type CompleteAction = Command<'CompleteAction'> & {
  readonly actionId: string;
  readonly evidence?: string;
};

export type CloseComplaint = Command<'CloseComplaint'> & {
  readonly category: string;
  readonly subCategory?: string;
  readonly rootCause: string;
  readonly outcome: IssueDecision;
  readonly learning: string;
  readonly learningActions?: readonly TrackedActionInput[];
};

export type WithdrawComplaint = Command<'WithdrawComplaint'> & { readonly reason?: string };

export type RecordReasonableAdjustment = Command<'RecordReasonableAdjustment'> & {
  readonly adjustment: string;
  readonly reviewOn?: LocalDate;
};

export type FlagVulnerability = Command<'FlagVulnerability'> & { readonly details: string };

/** Awaab's Law: a hazard case about the same matter, recorded so each shows the other. */
export type LinkHazardCase = Command<'LinkHazardCase'> & { readonly hazardId: string };

export type RecordOmbudsmanReferral = Command<'RecordOmbudsmanReferral'> & {
  readonly ombudsmanReference?: string;
};

export type RecordOmbudsmanDetermination = Command<'RecordOmbudsmanDetermination'> & {
  readonly ombudsmanReference?: string;
  readonly findings: readonly FindingRecord[];
};

export type RecordOmbudsmanOrder = Command<'RecordOmbudsmanOrder'> & {
  readonly orderType: OmbudsmanOrderType;
  readonly description: string;
  readonly amountPence?: number;
  readonly dueOn: LocalDate;
};

export type RecordOrderCompliance = Command<'RecordOrderCompliance'> & {
  readonly orderId: string;
  readonly evidence: string;
};

export type ComplaintCommand =
  | LogComplaint
  | DeclineComplaint
  | AcknowledgeStage1
  | ExtendDeadline
  | IssueStage1Response
  | RequestEscalation
  | RefuseEscalation
  | AcknowledgeStage2
  | IssueStage2Response
  | ReassignHandler
  | RaiseAdditionalIssue
  | CompleteAction
  | CloseComplaint
  | WithdrawComplaint
  | RecordReasonableAdjustment
  | FlagVulnerability
  | CorrectTenure
  | LinkHazardCase
  | RecordOmbudsmanReferral
  | RecordOmbudsmanDetermination
  | RecordOmbudsmanOrder
  | RecordOrderCompliance;

export type ComplaintCommandType = ComplaintCommand['type'];
export type CommandOfType<T extends ComplaintCommandType> = Extract<ComplaintCommand, { type: T }>;
