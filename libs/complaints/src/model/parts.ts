import type { LocalDate } from '../calendar/local-date';
import type { IssueDecision, RemedyType } from './vocabulary';

/** One point of complaint in the landlord's definition (CHC 5.6, 6.2, 6.11). */
export interface DefinedIssue {
  readonly issueId: string;
  readonly summary: string;
}

/** The landlord's understanding of the complaint and the outcomes the resident seeks. */
export interface ComplaintDefinition {
  readonly issues: readonly DefinedIssue[];
  readonly outcomesSought: readonly string[];
  /** Aspects the landlord says it is not responsible for (LGSCO-CHC 6.7). */
  readonly notResponsibleFor?: string;
}

export interface IssueDecisionRecord {
  readonly issueId: string;
  readonly decision: IssueDecision;
  readonly reasons: string;
}

/** Something the landlord will do, with an owner and a date (CHC 7.3, 6.6). */
export interface TrackedAction {
  readonly actionId: string;
  readonly description: string;
  readonly owner: string;
  readonly dueOn: LocalDate;
}

export interface Remedy extends TrackedAction {
  readonly remedyType: RemedyType;
  /** Money in pence, for FINANCIAL_REMEDY. */
  readonly amountPence?: number;
}

/** Inputs from commands: the decider assigns the ids. */
export type DefinedIssueInput = Omit<DefinedIssue, 'issueId'>;
export type TrackedActionInput = Omit<TrackedAction, 'actionId'>;
export type RemedyInput = Omit<Remedy, 'actionId'>;
export interface ComplaintDefinitionInput {
  readonly issues: readonly DefinedIssueInput[];
  readonly outcomesSought: readonly string[];
  readonly notResponsibleFor?: string;
}
/** Decisions refer to issues by the ids the acknowledgement gave them. */
export type IssueDecisionInput = IssueDecisionRecord;

export interface Actor {
  readonly id: string;
  readonly role: string;
}
