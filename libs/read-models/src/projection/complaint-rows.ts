import {
  computeDeadlines,
  extensionCapOn,
  stagePolicy,
  type CodePolicy,
  statusOf,
  type ComplaintRecord,
  type Deadline,
  type PolicyRegistry,
  type StageRecord,
  type WorkingDayCalendar,
} from '@redress/complaints';
import type {
  ActionsTable,
  ComplaintsTable,
  FindingsTable,
  LearningTable,
  ObligationsTable,
  OrdersTable,
} from '../schema/read-model-tables';
import type { ProjectedComplaint } from './projected-complaint';

/** Every row one complaint contributes to the read models; replaced together on each change. */
export interface ComplaintRowSet {
  readonly complaint: ComplaintsTable;
  readonly actions: ActionsTable[];
  readonly learning: LearningTable[];
  readonly findings: FindingsTable[];
  readonly orders: OrdersTable[];
  readonly obligations: ObligationsTable[];
}

export interface RowContext {
  readonly calendar: WorkingDayCalendar;
  readonly policies: PolicyRegistry;
}

/** Pure: the rows for a folded complaint, or none while it has not been received. */
export function complaintRowSet(doc: ProjectedComplaint, ctx: RowContext): ComplaintRowSet | null {
  const record = doc.state.complaint;
  if (!record) return null;
  const policy = ctx.policies.get(record.policyVersion);
  // Judged as of the latest fact, so every completion is seen and only completion matters here;
  // whether an open deadline is missed depends on the day asked, which the queries supply.
  const deadlines = computeDeadlines(record, latestFactOn(record), ctx.calendar, policy);
  const s1 = stageColumns(record.stage1, deadlines, 1, ctx.calendar, policy);
  const s2 = stageColumns(record.stage2, deadlines, 2, ctx.calendar, policy);
  const closure = record.closures[record.closures.length - 1];
  const stage2 = record.stage2;
  const handler = (stage2?.handlerId ?? record.stage1.handlerId) || null;
  const obligations = openObligations(doc.complaintId, record, deadlines, handler);
  // The complaint list's next deadline is the work queue's earliest item: one truth for both.
  const next = obligations[0];
  const complaint: ComplaintsTable = {
    complaint_id: doc.complaintId,
    revision: doc.revision,
    status: statusOf(doc.state.lifecycle),
    current_stage: record.notAccepted ? null : stage2 && !stage2.refusal ? 2 : 1,
    handler,
    channel: record.channel,
    resident_ref: record.residentRef,
    property_ref: record.propertyRef ?? null,
    search_text: searchText(record),
    vulnerable: record.vulnerable || record.vulnerabilityNotes.length > 0 ? 1 : 0,
    policy_version: record.policyVersion,
    tenure: record.tenure,
    received_on: record.receivedOn,
    s1_ack_due_on: s1.ack_due_on as string,
    s1_acknowledged_on: s1.acknowledged_on,
    s1_ack_wd: s1.ack_wd,
    s1_response_original_due_on: s1.response_original_due_on,
    s1_response_due_on: s1.response_due_on,
    s1_extensions: s1.extensions,
    s1_extension_over_cap: s1.extension_over_cap,
    s1_extension_cap_on: s1.extension_cap_on,
    s1_response_latest_on: s1.response_latest_on,
    s1_responded_on: s1.responded_on,
    s1_response_wd: s1.response_wd,
    s1_outcome: s1.outcome,
    escalation_requested_on: stage2?.triggeredOn ?? null,
    escalation_refused_on: stage2?.refusal?.effectiveOn ?? null,
    escalation_refusal_code: stage2?.refusal?.reasonCode ?? null,
    s2_handler: stage2?.handlerId ?? null,
    s2_handler_was_stage1: stage2Dependent(record) ? 1 : 0,
    s2_ack_due_on: s2.ack_due_on,
    s2_acknowledged_on: s2.acknowledged_on,
    s2_ack_wd: s2.ack_wd,
    s2_response_original_due_on: s2.response_original_due_on,
    s2_response_due_on: s2.response_due_on,
    s2_extensions: s2.extensions,
    s2_extension_over_cap: s2.extension_over_cap,
    s2_extension_cap_on: s2.extension_cap_on,
    s2_response_latest_on: s2.response_latest_on,
    s2_responded_on: s2.responded_on,
    s2_response_wd: s2.response_wd,
    s2_outcome: s2.outcome,
    not_accepted_on: record.notAccepted?.effectiveOn ?? null,
    exclusion_code: record.notAccepted?.exclusionCode ?? null,
    withdrawn_on: record.withdrawnOn ?? null,
    closed_on: closure?.effectiveOn ?? null,
    category: closure?.category ?? null,
    sub_category: closure?.subCategory ?? null,
    root_cause: closure?.rootCause ?? null,
    outcome: closure?.outcome ?? null,
    ombudsman_referred_on: record.ombudsman?.referredOn ?? null,
    ombudsman_determined_on: record.ombudsman?.determinedOn ?? null,
    ombudsman_rollup: record.ombudsman?.rollup ?? null,
    next_deadline_kind: next?.kind ?? null,
    next_deadline_due_on: next?.due_on ?? null,
    next_deadline_ref: next?.ref ?? null,
  };
  const { actions, learning, findings, orders } = childRows(doc.complaintId, record);
  return { complaint, actions, learning, findings, orders, obligations };
}

function stageColumns(
  stage: StageRecord | undefined,
  deadlines: readonly Deadline[],
  n: 1 | 2,
  calendar: WorkingDayCalendar,
  policy: CodePolicy,
) {
  const ack = deadlines.find((d) => d.kind === `STAGE${n}_ACKNOWLEDGEMENT`);
  const response = deadlines.find((d) => d.kind === `STAGE${n}_RESPONSE`);
  const acknowledged = stage?.acknowledgedOn;
  const responded = stage?.response?.respondedOn;
  const timescales = stagePolicy(policy, n);
  return {
    ack_due_on: ack?.dueOn ?? null,
    acknowledged_on: acknowledged ?? null,
    ack_wd:
      stage && acknowledged ? calendar.workingDaysBetween(stage.triggeredOn, acknowledged) : null,
    response_original_due_on: response?.originalDueOn ?? null,
    response_due_on: response?.dueOn ?? null,
    extensions: stage?.extensions.length ?? 0,
    extension_over_cap: stage?.extensions.some((e) => e.exceedsCap) ? 1 : 0,
    extension_cap_on: (stage && extensionCapOn(stage, policy, calendar)) ?? null,
    response_latest_on:
      response?.dueOn ??
      (ack ? calendar.addWorkingDays(ack.dueOn, timescales.respondWithin) : null),
    responded_on: responded ?? null,
    response_wd:
      acknowledged && responded ? calendar.workingDaysBetween(acknowledged, responded) : null,
    outcome: stage?.response?.outcome ?? null,
  };
}

/** CHC 6.13: was anyone who handled Stage 1 (or responded to it) given Stage 2? */
function stage2Dependent(record: ComplaintRecord): boolean {
  const s2 = record.stage2;
  if (!s2 || s2.handlers.length === 0) return false;
  const canonical = (id: string | undefined) => id?.trim().toLowerCase();
  const stage1People = new Set(
    [...record.stage1.handlers, record.stage1.response?.respondedBy].map(canonical),
  );
  return s2.handlers.some((h) => stage1People.has(canonical(h)));
}

/**
 * Every obligation still open, soonest first. A stage's clock that stopped (withdrawn, not
 * accepted, escalation refused) is not open work, even if its date was missed before it stopped:
 * that shortfall stays in the complaint's columns, its history and the self-assessment. Promised
 * actions and the Ombudsman's orders are owed whatever happens to the complaint (CHC 7.3).
 */
function openObligations(
  id: string,
  record: ComplaintRecord,
  deadlines: readonly Deadline[],
  handler: string | null,
): ObligationsTable[] {
  const actions = new Map(record.actions.map((a) => [a.actionId, a]));
  const orders = new Map((record.ombudsman?.orders ?? []).map((o) => [o.orderId, o]));
  const stopped = (stage: 1 | 2) =>
    record.withdrawnOn !== undefined ||
    (stage === 1 ? record.notAccepted !== undefined : record.stage2?.refusal !== undefined);
  return deadlines
    .filter((d) => d.completedOn === undefined && d.status !== 'cancelled')
    .flatMap((d): ObligationsTable[] => {
      const stage = d.kind.startsWith('STAGE1') ? 1 : d.kind.startsWith('STAGE2') ? 2 : null;
      if (stage !== null && stopped(stage)) return [];
      const action = d.ref === undefined ? undefined : actions.get(d.ref);
      const order = d.ref === undefined ? undefined : orders.get(d.ref);
      const owner =
        stage !== null
          ? ((stage === 1 ? record.stage1.handlerId : record.stage2?.handlerId) ?? null)
          : // An order has no owner of its own yet: the complaint's handler answers for it.
            (action?.owner ?? handler);
      return [
        {
          complaint_id: id,
          obligation_id: d.ref === undefined ? d.kind : `${d.kind}:${d.ref}`,
          kind: d.kind,
          stage,
          ref: d.ref ?? null,
          owner: owner || null,
          handler,
          started_on: d.startedOn,
          due_on: d.dueOn,
          provision: d.provision,
          description: action?.description ?? order?.description ?? null,
        },
      ];
    })
    .sort((a, b) =>
      a.due_on !== b.due_on
        ? a.due_on < b.due_on
          ? -1
          : 1
        : a.obligation_id < b.obligation_id
          ? -1
          : 1,
    );
}

function childRows(id: string, record: ComplaintRecord) {
  const remedies = new Map(
    [record.stage1.response, record.stage2?.response]
      .flatMap((r) => r?.remedies ?? [])
      .map((r) => [r.actionId, r]),
  );
  const actions: ActionsTable[] = record.actions.map((a) => ({
    complaint_id: id,
    action_id: a.actionId,
    kind: a.kind,
    remedy_type: remedies.get(a.actionId)?.remedyType ?? null,
    amount_pence: remedies.get(a.actionId)?.amountPence ?? null,
    description: a.description,
    owner: a.owner,
    set_on: a.setOn,
    due_on: a.dueOn,
    completed_on: a.completedOn ?? null,
  }));
  const learning: LearningTable[] = record.closures.map((c, i) => ({
    complaint_id: id,
    closure_no: i + 1,
    closed_on: c.effectiveOn,
    category: c.category,
    sub_category: c.subCategory ?? null,
    root_cause: c.rootCause,
    learning: c.learning,
  }));
  const ombudsman = record.ombudsman;
  const findings: FindingsTable[] = (ombudsman?.findings ?? []).map((f, i) => ({
    complaint_id: id,
    issue_no: i + 1,
    issue: f.issue,
    finding: f.finding,
    determined_on: ombudsman?.determinedOn as string,
  }));
  const orders: OrdersTable[] = (ombudsman?.orders ?? []).map((o) => ({
    complaint_id: id,
    order_id: o.orderId,
    order_type: o.orderType,
    description: o.description,
    amount_pence: o.amountPence ?? null,
    recorded_on: o.effectiveOn,
    due_on: o.dueOn,
    complied_on: o.compliedOn ?? null,
    from_severe_maladministration: o.fromSevereMaladministration ? 1 : 0,
  }));
  return { actions, learning, findings, orders };
}

/**
 * The latest business date in the record. Completing an action and the Ombudsman's orders do not
 * move `lastStepOn` (they may follow closure), so they are looked at too.
 */
function latestFactOn(record: ComplaintRecord): string {
  const dates = [
    record.lastStepOn,
    ...record.actions.map((a) => a.completedOn),
    ...(record.ombudsman?.orders ?? []).flatMap((o) => [o.effectiveOn, o.compliedOn]),
  ];
  return dates.reduce<string>(
    (latest, d) => (d !== undefined && d > latest ? d : latest),
    record.lastStepOn,
  );
}

/** What Find's free text looks through: the resident's complaint and the landlord's definition. */
function searchText(record: ComplaintRecord): string {
  const issues = [record.stage1, record.stage2].flatMap(
    (stage) => stage?.definition?.issues.map((i) => i.summary) ?? [],
  );
  return [record.description, ...issues].join('\n').toLowerCase();
}
