import type { LocalDate } from '../calendar/local-date';
import type {
  ComplaintDefinition,
  IssueDecisionRecord,
  Remedy,
  TrackedAction,
} from '../model/parts';
import type { EscalationRefusalCode, IssueDecision, Stage } from '../model/vocabulary';
import type { DomainEvent, EffectiveDated } from './domain-event';

interface Acknowledgement extends EffectiveDated {
  handlerId: string;
  definition: ComplaintDefinition;
}

/** CHC 6.2: acknowledged, defined and logged. */
export type Stage1Acknowledged = DomainEvent<'Stage1Acknowledged', Acknowledgement>;

/** CHC 6.11: Stage 2 acknowledged and defined, by someone independent of Stage 1 (6.13). */
export type Stage2Acknowledged = DomainEvent<'Stage2Acknowledged', Acknowledgement>;

/** CHC 6.4–6.5: the resident was told of a new response date, why, and how to reach the Ombudsman. */
export type ExtensionNotified = DomainEvent<
  'ExtensionNotified',
  EffectiveDated & {
    stage: Stage;
    reason: string;
    previousDueOn: LocalDate;
    newDueOn: LocalDate;
    ombudsmanDetailsGiven: true;
    /** Set when the extension goes beyond the policy cap; such extensions are flagged for oversight. */
    goodReason?: string;
    exceedsCap: boolean;
  }
>;

interface Response extends EffectiveDated {
  respondedBy: string;
  decisions: readonly IssueDecisionRecord[];
  /** Overall: all upheld, none upheld, or partly. */
  outcome: IssueDecision;
  remedies: readonly Remedy[];
  noRemedyReason?: string;
  outstandingActions: readonly TrackedAction[];
  /** Others who contributed to the decision (relevant to the stricter Stage 2 independence rule). */
  contributors: readonly string[];
}

/** CHC 6.3, 6.6–6.7: the Stage 1 response. */
export type Stage1ResponseIssued = DomainEvent<'Stage1ResponseIssued', Response>;

/** The Stage 2 (final) response; the resident may then go to the Ombudsman. */
export type Stage2FinalResponseIssued = DomainEvent<'Stage2FinalResponseIssued', Response>;

/** CHC 6.12: the resident asked for Stage 2; no reason is required. */
export type EscalationRequested = DomainEvent<
  'EscalationRequested',
  EffectiveDated & { residentReason?: string; outsideRequestWindow: boolean }
>;

export type EscalationRefused = DomainEvent<
  'EscalationRefused',
  EffectiveDated & {
    reasonCode: EscalationRefusalCode;
    explanation: string;
    evidence: string;
    discretionConsidered: boolean;
    discretionNote?: string;
    claimFiledAtCourtOn?: LocalDate;
    ombudsmanRightsGiven: true;
  }
>;

export type HandlerReassigned = DomainEvent<
  'HandlerReassigned',
  EffectiveDated & { stage: Stage; handlerId: string; previousHandlerId: string; reason: string }
>;

/** A related issue raised before the response is incorporated into the definition. */
export type AdditionalIssueRaised = DomainEvent<
  'AdditionalIssueRaised',
  EffectiveDated & { stage: Stage; issueId: string; summary: string }
>;

/** A remedy, outstanding action or learning action was completed (CHC 6.6, 7.3). */
export type ActionCompleted = DomainEvent<
  'ActionCompleted',
  EffectiveDated & { actionId: string; evidence?: string }
>;
