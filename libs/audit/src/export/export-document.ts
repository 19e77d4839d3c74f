import {
  computeDeadlines,
  fold,
  londonDateOf,
  statusOf,
  type ActionRecord,
  type ComplaintRecord,
  type Deadline,
  type OmbudsmanRecord,
  type StageRecord,
  type Stage2Record,
} from '@redress/complaints';
import type { ChainVerdict } from '@redress/event-store';
import { defaultAuditContext, type AuditContext } from '../audit-context';
import type { AuditedEvent } from '../audited-event';
import { historyOf, type HistoryRow } from '../history/history-rows';

/** The chain check printed on the export: whether the record is as it was written. */
export interface ExportVerification {
  readonly intact: boolean;
  readonly events: number;
  /** The hash of the last stored event: quote it to prove later that nothing was appended or cut. */
  readonly headHash: string;
  readonly firstBreak?: {
    readonly revision: string;
    readonly eventId: string;
    readonly reason: string;
    readonly detail: string;
  };
  /**
   * The store's latest seal when the export was made (docs/audit.md, "Seals"): keep its digest
   * with the export, and `verify --against` the seal shows whether the store still matches it.
   */
  readonly latestSeal?: LatestSeal;
}

export interface LatestSeal {
  readonly digest: string;
  readonly sealedAt: string;
  /** The global position it covers, in decimal. */
  readonly position: string;
}

/**
 * A complaint's full record for the Ombudsman (domain doc §7): dates, the definition at each
 * stage, responses, extensions with reasons, remedies, learning, Ombudsman findings and orders,
 * every deadline and whether it was met, the history, and the chain check.
 */
export interface ExportDocument {
  readonly complaintId: string;
  readonly generatedAt: string;
  /** Deadlines are judged on this date (the generation date in England). */
  readonly asOf: string;
  readonly status: string;
  readonly policyVersion: string;
  readonly intake: Pick<
    ComplaintRecord,
    | 'receivedOn'
    | 'channel'
    | 'residentRef'
    | 'propertyRef'
    | 'description'
    | 'representative'
    | 'serviceRequestId'
    | 'vulnerable'
    | 'vulnerabilityNotes'
    | 'reasonableAdjustments'
    | 'adjustments'
  >;
  readonly notAccepted?: ComplaintRecord['notAccepted'];
  readonly stages: readonly (StageRecord | Stage2Record)[];
  readonly actions: readonly ActionRecord[];
  readonly closures: ComplaintRecord['closures'];
  readonly withdrawal?: { readonly on: string; readonly reason?: string };
  readonly ombudsman?: OmbudsmanRecord;
  readonly deadlines: readonly Deadline[];
  /** Entries recorded after the day they take effect, with the reason given. */
  readonly backdated: readonly HistoryRow[];
  readonly history: readonly HistoryRow[];
  readonly verification: ExportVerification;
}

export function exportVerification(
  verdict: ChainVerdict,
  events: readonly Pick<AuditedEvent, 'hash'>[],
): ExportVerification {
  const headHash = verdict.ok ? verdict.headHash : (events.at(-1)?.hash ?? '');
  if (verdict.ok) return { intact: true, events: verdict.events, headHash };
  const b = verdict.firstBreak;
  return {
    intact: false,
    events: verdict.events,
    headHash,
    firstBreak: {
      revision: b.revision.toString(),
      eventId: b.eventId,
      reason: b.reason,
      detail: b.detail,
    },
  };
}

/** Builds the export from the whole stream; throws when the stream holds no complaint. */
export function buildExport(
  events: readonly AuditedEvent[],
  verification: ExportVerification,
  generatedAt: Date,
  context: AuditContext = defaultAuditContext(),
): ExportDocument {
  const state = fold(events.map((e) => e.event));
  const record = state.complaint;
  if (!record) throw new RangeError('The stream holds no ComplaintReceived event');
  const asOf = londonDateOf(generatedAt);
  const history = historyOf(events);
  return {
    complaintId: record.complaintId,
    generatedAt: generatedAt.toISOString(),
    asOf,
    status: statusOf(state.lifecycle),
    policyVersion: record.policyVersion,
    intake: {
      receivedOn: record.receivedOn,
      channel: record.channel,
      residentRef: record.residentRef,
      propertyRef: record.propertyRef,
      description: record.description,
      representative: record.representative,
      serviceRequestId: record.serviceRequestId,
      vulnerable: record.vulnerable,
      vulnerabilityNotes: record.vulnerabilityNotes,
      reasonableAdjustments: record.reasonableAdjustments,
      adjustments: record.adjustments,
    },
    notAccepted: record.notAccepted,
    stages: record.stage2 ? [record.stage1, record.stage2] : [record.stage1],
    actions: record.actions,
    closures: record.closures,
    withdrawal: record.withdrawnOn
      ? { on: record.withdrawnOn, reason: record.withdrawalReason }
      : undefined,
    ombudsman: record.ombudsman,
    deadlines: computeDeadlines(
      record,
      asOf,
      context.calendar,
      context.policies.get(record.policyVersion),
    ),
    backdated: history.filter((h) => h.backdated),
    history,
    verification,
  };
}
