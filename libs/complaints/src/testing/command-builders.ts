import type { CommandOfType, ComplaintCommandType } from '../commands/complaint-command';

export const COMPLAINT_ID = 'c-0001';

type Builder<T extends ComplaintCommandType> = (
  overrides?: Partial<Omit<CommandOfType<T>, 'type'>>,
) => CommandOfType<T>;

function builder<T extends ComplaintCommandType>(
  type: T,
  defaults: Omit<CommandOfType<T>, 'type' | 'complaintId'>,
): Builder<T> {
  return (overrides = {}) =>
    ({ type, complaintId: COMPLAINT_ID, ...defaults, ...overrides }) as CommandOfType<T>;
}

const remedy = {
  remedyType: 'APOLOGY',
  description: 'Written apology',
  owner: 'alice',
  dueOn: '2026-12-31',
} as const;

/** A valid command of each type, to be adjusted per test. */
export const commands = {
  log: builder('LogComplaint', {
    channel: 'EMAIL',
    residentRef: 'R-100',
    propertyRef: 'P-200',
    description: 'Damp in the bedroom reported three times',
  }),
  decline: builder('DeclineComplaint', {
    exclusionCode: 'PREVIOUSLY_CONSIDERED',
    explanation: 'Considered and answered under complaint c-0000',
    evidence: 'Final response letter of 2 February',
    ombudsmanRightsGiven: true,
  }),
  acknowledge1: builder('AcknowledgeStage1', {
    handlerId: 'alice',
    definition: { issues: [{ summary: 'Damp and mould not treated' }], outcomesSought: ['Repair'] },
  }),
  extend: builder('ExtendDeadline', {
    stage: 1,
    reason: 'Awaiting a surveyor report',
    newDueOn: '2099-01-01',
    ombudsmanDetailsGiven: true,
  }),
  respond1: builder('IssueStage1Response', {
    decisions: [{ issueId: 'S1-I1', decision: 'UPHELD', reasons: 'Repairs were late' }],
    remedies: [remedy],
    nextStepsGiven: true,
  }),
  requestEscalation: builder('RequestEscalation', {}),
  refuseEscalation: builder('RefuseEscalation', {
    reasonCode: 'LEGAL_PROCEEDINGS',
    explanation: 'The matter is before the county court',
    evidence: 'Claim form N1',
    claimFiledAtCourtOn: '2025-01-10',
    ombudsmanRightsGiven: true,
  }),
  acknowledge2: builder('AcknowledgeStage2', {
    handlerId: 'bob',
    definition: {
      issues: [{ summary: 'Stage 1 remedy inadequate' }],
      outcomesSought: ['Compensation'],
    },
  }),
  respond2: builder('IssueStage2Response', {
    decisions: [{ issueId: 'S2-I1', decision: 'NOT_UPHELD', reasons: 'Remedy was proportionate' }],
    nextStepsGiven: true,
  }),
  reassign: builder('ReassignHandler', { handlerId: 'carol', reason: 'Annual leave' }),
  raiseIssue: builder('RaiseAdditionalIssue', { summary: 'Also a leaking gutter', related: true }),
  completeAction: builder('CompleteAction', { actionId: 'S1-R1', evidence: 'Letter sent' }),
  close: builder('CloseComplaint', {
    category: 'PROPERTY_CONDITION',
    subCategory: 'Damp and mould',
    rootCause: 'CONTRACTOR_PERFORMANCE',
    outcome: 'UPHELD',
    learning: 'Damp reports now trigger an inspection within 5 days',
  }),
  withdraw: builder('WithdrawComplaint', { reason: 'Resolved informally by the resident' }),
  adjustment: builder('RecordReasonableAdjustment', { adjustment: 'Large print letters' }),
  vulnerability: builder('FlagVulnerability', { details: 'Child with asthma in the home' }),
  correctTenure: builder('CorrectTenure', {
    tenure: 'LCHO',
    reason: 'Shared-ownership lease found on the property file',
  }),
  linkHazard: builder('LinkHazardCase', { hazardId: 'a3c0f2de-0000-4000-8000-000000000001' }),
  referral: builder('RecordOmbudsmanReferral', { ombudsmanReference: '202500001' }),
  determination: builder('RecordOmbudsmanDetermination', {
    findings: [
      { issue: 'Damp and mould', finding: 'SEVERE_MALADMINISTRATION' },
      { issue: 'Complaint handling', finding: 'SERVICE_FAILURE' },
    ],
  }),
  order: builder('RecordOmbudsmanOrder', {
    orderType: 'COMPENSATION',
    description: '£1,000 for distress and inconvenience',
    amountPence: 100000,
    dueOn: '2099-01-01',
  }),
  compliance: builder('RecordOrderCompliance', {
    orderId: 'O1',
    evidence: 'Payment reference 123',
  }),
};
