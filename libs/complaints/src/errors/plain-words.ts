import type { ComplaintCommandType } from '../commands/complaint-command';

/**
 * ILLEGAL_TRANSITION in the words of a complaints officer, not of the state machine: what the
 * command would have done, and where the complaint stands.
 */
const COMMAND_WORDS: Readonly<Record<ComplaintCommandType, string>> = {
  LogComplaint: 'log this complaint',
  DeclineComplaint: 'decline this complaint under Section 2',
  AcknowledgeStage1: 'acknowledge the complaint at Stage 1',
  ExtendDeadline: 'extend the response date',
  IssueStage1Response: 'issue a Stage 1 response',
  RequestEscalation: 'escalate the complaint to Stage 2',
  RefuseEscalation: 'refuse the escalation',
  AcknowledgeStage2: 'acknowledge the complaint at Stage 2',
  IssueStage2Response: 'issue a Stage 2 final response',
  ReassignHandler: 'reassign the handler',
  RaiseAdditionalIssue: 'add an issue to the complaint',
  CompleteAction: 'complete an action',
  CloseComplaint: 'close the complaint',
  WithdrawComplaint: 'withdraw the complaint',
  RecordReasonableAdjustment: 'record a reasonable adjustment',
  FlagVulnerability: 'flag a vulnerability',
  CorrectTenure: 'correct the tenure',
  LinkHazardCase: "link an Awaab's Law hazard case",
  RecordOmbudsmanReferral: 'record an Ombudsman referral',
  RecordOmbudsmanDetermination: "record the Ombudsman's determination",
  RecordOmbudsmanOrder: 'record an Ombudsman order',
  RecordOrderCompliance: 'record compliance with an Ombudsman order',
};

const STATE_WORDS: Readonly<Record<string, string>> = {
  new: 'the complaint has not been logged',
  received: 'the complaint has been received but not yet acknowledged',
  notAccepted: 'the complaint was not accepted into the complaints process',
  'stage1.awaitingResponse': 'the complaint is awaiting its Stage 1 response',
  'stage1.responded': 'a Stage 1 response has already been issued for this complaint',
  'stage2.requested': 'Stage 2 has been requested but not yet acknowledged',
  'stage2.awaitingResponse': 'the complaint is awaiting its Stage 2 final response',
  'stage2.responded': 'a Stage 2 final response has already been issued for this complaint',
  escalationRefused: 'the escalation to Stage 2 was refused',
  'closed.afterStage1': 'the complaint was closed after its Stage 1 response',
  'closed.afterFinalResponse': 'the complaint was closed after its final response',
  withdrawn: 'the complaint was withdrawn',
  'ombudsman.referred': 'the complaint is with the Housing Ombudsman',
  'ombudsman.determined': 'the Housing Ombudsman has determined the complaint',
  'ombudsman.ordersOpen': "the Housing Ombudsman's orders are open",
  'ombudsman.ordersComplied': 'every Housing Ombudsman order has been complied with',
  'not awaiting a response': 'no stage is awaiting a response',
};

export function illegalTransitionMessage(command: string, status: string): string {
  const action = COMMAND_WORDS[command as ComplaintCommandType] ?? command;
  const where = STATE_WORDS[status] ?? `the complaint is ${status}`;
  return `You cannot ${action} now: ${where}.`;
}
