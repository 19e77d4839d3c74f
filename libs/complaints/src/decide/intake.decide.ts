import { londonDateOf } from '../calendar/local-date';
import type {
  CorrectTenure,
  DeclineComplaint,
  FlagVulnerability,
  LogComplaint,
  RecordReasonableAdjustment,
  WithdrawComplaint,
} from '../commands/complaint-command';
import { ComplaintError, ensure } from '../errors/complaint-error';
import type {
  ComplaintNotAccepted,
  ComplaintReceived,
  ComplaintWithdrawn,
  ReasonableAdjustmentRecorded,
  TenureCorrected,
  VulnerabilityFlagged,
} from '../events/intake.events';
import { TENURES } from '../model/vocabulary';
import type { ComplaintRecord, ComplaintState } from '../state/complaint-state';
import type { DecisionContext } from './decision-context';
import { effectiveDate, ensureDate, ensureTransition, existing, hasText, today } from './guards';

/** Logs a complaint under the current policy (CHC 1.2–1.3: however made, by whoever). */
export function logComplaint(
  command: LogComplaint,
  state: ComplaintState,
  ctx: DecisionContext,
): ComplaintReceived[] {
  if (state.complaint !== null) {
    throw new ComplaintError(
      'COMPLAINT_ALREADY_LOGGED',
      `Complaint ${command.complaintId} already exists`,
    );
  }
  ensure(hasText(command.residentRef), 'INVALID_COMMAND', 'residentRef is required');
  ensure(hasText(command.description), 'INVALID_COMMAND', 'description is required');
  ensure(
    command.tenure === undefined || (TENURES as readonly string[]).includes(command.tenure),
    'INVALID_COMMAND',
    `tenure must be one of ${TENURES.join(', ')}`,
  );
  // A timestamped receipt (an email, a web form) fixes the date of receipt in England.
  const receivedAt = command.receivedAt === undefined ? undefined : instant(command.receivedAt);
  const dated = effectiveDate(
    { ...command, effectiveOn: command.effectiveOn ?? (receivedAt && londonDateOf(receivedAt)) },
    ctx,
  );
  return [
    {
      type: 'ComplaintReceived',
      data: {
        ...dated,
        complaintId: command.complaintId,
        // The Code in force on the date of receipt, not on the day it is typed in.
        policyVersion: ctx.policies.inForceOn(dated.effectiveOn).version,
        channel: command.channel,
        residentRef: command.residentRef,
        propertyRef: command.propertyRef,
        description: command.description,
        receivedAt,
        representative: command.representative,
        serviceRequestId: command.serviceRequestId,
        vulnerable: command.vulnerable ?? false,
        reasonableAdjustments: command.reasonableAdjustments ?? [],
        tenure: command.tenure ?? 'LCRA',
      },
    },
  ];
}

/** RSH TSM: tenure is fixed at receipt; a mistake is corrected with a reason, never overwritten. */
export function correctTenure(
  command: CorrectTenure,
  state: ComplaintState,
  ctx: DecisionContext,
): TenureCorrected[] {
  const record = existing(state, command);
  ensureTransition(state, command, 'TenureCorrected');
  ensure(
    (TENURES as readonly string[]).includes(command.tenure),
    'INVALID_COMMAND',
    `tenure must be one of ${TENURES.join(', ')}`,
  );
  ensure(hasText(command.reason), 'INVALID_COMMAND', 'reason is required');
  ensure(
    command.tenure !== record.tenure,
    'TENURE_UNCHANGED',
    `The complaint is already recorded as ${record.tenure}`,
  );
  return [
    {
      type: 'TenureCorrected',
      data: {
        ...effectiveDate(command, ctx, record.receivedOn),
        tenure: command.tenure,
        previousTenure: record.tenure,
        reason: command.reason,
      },
    },
  ];
}

/** CHC 2.1–2.4: a refusal to accept must be evidenced, lawful, and give Ombudsman rights. */
export function declineComplaint(
  command: DeclineComplaint,
  state: ComplaintState,
  ctx: DecisionContext,
): ComplaintNotAccepted[] {
  const record = existing(state, command);
  ensureTransition(state, command, 'ComplaintNotAccepted');
  ensure(
    hasText(command.explanation) && hasText(command.evidence),
    'EXCLUSION_REASON_REQUIRED',
    'A complaint not accepted needs an explanation and the evidence for it (CHC 2.1, 2.4)',
  );
  ensure(
    command.ombudsmanRightsGiven === true,
    'OMBUDSMAN_RIGHTS_REQUIRED',
    'The resident must be told of the right to take this decision to the Ombudsman (CHC 2.4)',
  );
  if (command.exclusionCode === 'OVER_12_MONTHS') ensureOutOfTime(command, record, ctx);
  if (command.exclusionCode === 'LEGAL_PROCEEDINGS') {
    // CHC 2.2: proceedings have started only once a claim is filed at court.
    ensure(
      command.claimFiledAtCourtOn !== undefined,
      'COURT_CLAIM_DATE_REQUIRED',
      'Give the date the claim was filed at court (CHC 2.2)',
    );
    ensureDate(command.claimFiledAtCourtOn, 'claimFiledAtCourtOn');
    ensure(
      command.claimFiledAtCourtOn <= today(ctx),
      'COURT_CLAIM_DATE_REQUIRED',
      'Proceedings have started only once the claim has been filed, so the date cannot be in the future',
    );
  }
  return [
    {
      type: 'ComplaintNotAccepted',
      data: {
        ...effectiveDate(command, ctx, record.lastStepOn),
        exclusionCode: command.exclusionCode,
        explanation: command.explanation,
        evidence: command.evidence,
        issueOccurredOn: command.issueOccurredOn,
        residentAwareOn: command.residentAwareOn,
        discretionConsidered: command.discretionConsidered ?? false,
        discretionNote: command.discretionNote,
        claimFiledAtCourtOn: command.claimFiledAtCourtOn,
        ombudsmanRightsGiven: true,
      },
    },
  ];
}

export function withdrawComplaint(
  command: WithdrawComplaint,
  state: ComplaintState,
  ctx: DecisionContext,
): ComplaintWithdrawn[] {
  const record = existing(state, command);
  ensureTransition(state, command, 'ComplaintWithdrawn');
  return [
    {
      type: 'ComplaintWithdrawn',
      data: { ...effectiveDate(command, ctx, record.lastStepOn), reason: command.reason },
    },
  ];
}

/** CHC 3.1: adjustments are recorded and kept under review. */
export function recordReasonableAdjustment(
  command: RecordReasonableAdjustment,
  state: ComplaintState,
  ctx: DecisionContext,
): ReasonableAdjustmentRecorded[] {
  const record = existing(state, command);
  ensureTransition(state, command, 'ReasonableAdjustmentRecorded');
  ensure(hasText(command.adjustment), 'INVALID_COMMAND', 'adjustment is required');
  const dated = effectiveDate(command, ctx, record.receivedOn);
  if (command.reviewOn !== undefined) {
    ensureDate(command.reviewOn, 'reviewOn');
    // Judged against the business date, so a historic adjustment keeps its review date.
    ensure(
      command.reviewOn >= dated.effectiveOn,
      'INVALID_COMMAND',
      `reviewOn must not be before the date the adjustment was recorded (${dated.effectiveOn})`,
    );
  }
  return [
    {
      type: 'ReasonableAdjustmentRecorded',
      data: { ...dated, adjustment: command.adjustment, reviewOn: command.reviewOn },
    },
  ];
}

/** CHC 6.1: vulnerability and risk inform triage. */
export function flagVulnerability(
  command: FlagVulnerability,
  state: ComplaintState,
  ctx: DecisionContext,
): VulnerabilityFlagged[] {
  const record = existing(state, command);
  ensureTransition(state, command, 'VulnerabilityFlagged');
  ensure(hasText(command.details), 'INVALID_COMMAND', 'details are required');
  return [
    {
      type: 'VulnerabilityFlagged',
      data: { ...effectiveDate(command, ctx, record.receivedOn), details: command.details },
    },
  ];
}

/**
 * CHC 2.3: a complaint made within 12 months of the issue, or of the resident becoming aware of
 * it, must be accepted; a later one still needs discretion considered and recorded.
 */
function ensureOutOfTime(
  command: DeclineComplaint,
  record: ComplaintRecord,
  ctx: DecisionContext,
): void {
  ensureDate(command.issueOccurredOn, 'issueOccurredOn');
  const awareOn = command.residentAwareOn ?? command.issueOccurredOn;
  ensureDate(awareOn, 'residentAwareOn');
  const months = ctx.policies.get(record.policyVersion).acceptanceWindowMonths;
  const windowStart = monthsBefore(record.receivedOn, months);
  ensure(
    command.issueOccurredOn < windowStart && awareOn < windowStart,
    'EXCLUSION_NOT_APPLICABLE',
    `The complaint was made within ${months} months of the issue or of the resident becoming aware of it (CHC 2.3)`,
  );
  ensure(
    command.discretionConsidered === true && hasText(command.discretionNote),
    'DISCRETION_NOT_CONSIDERED',
    'Discretion for a late complaint must be considered and recorded (CHC 2.3)',
  );
}

/** An ISO 8601 instant with its zone: without one, the date would depend on the server's zone. */
function instant(value: string): string {
  const parsed = new Date(value);
  ensure(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
      !Number.isNaN(parsed.getTime()),
    'INVALID_COMMAND',
    'receivedAt must be an ISO 8601 date-time with Z or an offset',
  );
  return parsed.toISOString();
}

/** The same day of the month `months` earlier (clamped to the month's end). */
function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
