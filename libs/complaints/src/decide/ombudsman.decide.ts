import type {
  RecordOmbudsmanDetermination,
  RecordOmbudsmanOrder,
  RecordOmbudsmanReferral,
  RecordOrderCompliance,
} from '../commands/complaint-command';
import { ensure } from '../errors/complaint-error';
import type {
  OmbudsmanDeterminationRecorded,
  OmbudsmanOrderComplied,
  OmbudsmanOrderRecorded,
  OmbudsmanReferralRecorded,
} from '../events/closure-ombudsman.events';
import { OMBUDSMAN_FINDINGS, OMBUDSMAN_ORDER_TYPES, UPHELD_FINDINGS } from '../model/vocabulary';
import type { ComplaintState } from '../state/complaint-state';
import type { DecisionContext } from './decision-context';
import { effectiveDate, ensureDate, ensureTransition, existing, hasText } from './guards';

/** Residents go to the Ombudsman after both stages, or after a refusal to accept (CHC 2.4). */
export function recordOmbudsmanReferral(
  command: RecordOmbudsmanReferral,
  state: ComplaintState,
  ctx: DecisionContext,
): OmbudsmanReferralRecorded[] {
  const record = existing(state, command);
  ensureTransition(state, command, 'OmbudsmanReferralRecorded');
  return [
    {
      type: 'OmbudsmanReferralRecorded',
      data: {
        ...effectiveDate(command, ctx, record.lastStepOn),
        ombudsmanReference: command.ombudsmanReference,
      },
    },
  ];
}

/** One finding per issue, rolled up as the Ombudsman reports it (domain doc §4, guard 12). */
export function recordOmbudsmanDetermination(
  command: RecordOmbudsmanDetermination,
  state: ComplaintState,
  ctx: DecisionContext,
): OmbudsmanDeterminationRecorded[] {
  const record = existing(state, command);
  ensureTransition(state, command, 'OmbudsmanDeterminationRecorded');
  const findings = command.findings ?? [];
  ensure(
    findings.length > 0,
    'FINDINGS_REQUIRED',
    'A determination records a finding for each issue',
  );
  for (const f of findings) {
    ensure(hasText(f.issue), 'FINDINGS_REQUIRED', 'Each finding names the issue it is about');
    ensure(
      OMBUDSMAN_FINDINGS.includes(f.finding),
      'INVALID_COMMAND',
      `Unknown finding ${f.finding}`,
    );
  }
  const issues = new Set(findings.map((f) => f.issue.trim().toLowerCase()));
  ensure(issues.size === findings.length, 'FINDINGS_REQUIRED', 'Record one finding per issue');
  const upheld = findings.filter((f) => UPHELD_FINDINGS.includes(f.finding)).length;
  const rollup =
    upheld === 0
      ? 'NOT_UPHELD'
      : upheld === findings.length
        ? 'UPHELD'
        : 'PARTIAL_MALADMINISTRATION';
  return [
    {
      type: 'OmbudsmanDeterminationRecorded',
      data: {
        ...effectiveDate(command, ctx, record.lastStepOn),
        ombudsmanReference: command.ombudsmanReference,
        findings: findings.map((f) => ({ issue: f.issue, finding: f.finding })),
        rollup,
        severeMaladministration: findings.some((f) => f.finding === 'SEVERE_MALADMINISTRATION'),
      },
    },
  ];
}

/** Orders are binding; each keeps its own due date (no fixed 4 weeks is assumed). */
export function recordOmbudsmanOrder(
  command: RecordOmbudsmanOrder,
  state: ComplaintState,
  ctx: DecisionContext,
): OmbudsmanOrderRecorded[] {
  const record = existing(state, command);
  ensureTransition(state, command, 'OmbudsmanOrderRecorded');
  ensure(
    OMBUDSMAN_ORDER_TYPES.includes(command.orderType),
    'INVALID_COMMAND',
    `Unknown order type ${command.orderType}`,
  );
  ensure(hasText(command.description), 'INVALID_COMMAND', 'description is required');
  ensureDate(command.dueOn, 'dueOn');
  if (command.orderType === 'COMPENSATION') {
    ensure(
      Number.isInteger(command.amountPence) && (command.amountPence ?? 0) > 0,
      'ORDER_AMOUNT_REQUIRED',
      'A compensation order records the amount in pence',
    );
  }
  const dated = effectiveDate(command, ctx, record.ombudsman?.determinedOn);
  ensure(
    command.dueOn >= dated.effectiveOn,
    'INVALID_COMMAND',
    'dueOn must not be before the order was made',
  );
  return [
    {
      type: 'OmbudsmanOrderRecorded',
      data: {
        ...dated,
        orderId: `O${(record.ombudsman?.orders.length ?? 0) + 1}`,
        orderType: command.orderType,
        description: command.description,
        amountPence: command.amountPence,
        dueOn: command.dueOn,
        fromSevereMaladministration: record.ombudsman?.severeMaladministration ?? false,
      },
    },
  ];
}

export function recordOrderCompliance(
  command: RecordOrderCompliance,
  state: ComplaintState,
  ctx: DecisionContext,
): OmbudsmanOrderComplied[] {
  const record = existing(state, command);
  const order = record.ombudsman?.orders.find((o) => o.orderId === command.orderId);
  ensure(
    order,
    'UNKNOWN_ORDER',
    `Complaint ${command.complaintId} has no Ombudsman order ${command.orderId}`,
  );
  ensure(
    !order.compliedOn,
    'ORDER_ALREADY_COMPLIED',
    `Order ${order.orderId} was complied with on ${order.compliedOn}`,
  );
  ensureTransition(state, command, 'OmbudsmanOrderComplied', { orderId: order.orderId });
  ensure(hasText(command.evidence), 'EVIDENCE_REQUIRED', 'Compliance with an order needs evidence');
  return [
    {
      type: 'OmbudsmanOrderComplied',
      data: {
        ...effectiveDate(command, ctx, order.effectiveOn),
        orderId: order.orderId,
        evidence: command.evidence,
      },
    },
  ];
}
