import {
  foldHazard,
  type HazardClock,
  type HazardEvent,
  type HazardRecord,
} from '@redress/hazards';
import { hazardClocksOf, hazardStatus } from '@redress/hazard-stream';
import type { AuditedEvent } from '../audited-event';
import { hazardHistoryRow, type HistoryRow } from '../history/history-rows';
import type { ExportVerification } from './export-document';

/**
 * A hazard case's full record for the Ombudsman's evidence pack (SI 2025/1042): the awareness
 * instant and route, the scope decision, every step with its instant, every clock and whether
 * it was met, the complaints linked, the history and the chain check.
 */
export interface HazardExportDocument {
  readonly hazardId: string;
  readonly generatedAt: string;
  /** Clocks are judged at this instant (the generation time). */
  readonly asOf: string;
  readonly status: string;
  readonly intake: Pick<
    HazardRecord,
    'awareAt' | 'awareOn' | 'route' | 'tenure' | 'residentRef' | 'propertyRef' | 'description'
  > & { readonly recordedAt: string };
  readonly scope?: HazardRecord['scope'];
  readonly steps: Partial<
    Pick<
      HazardRecord,
      | 'classification'
      | 'investigation'
      | 'madeSafe'
      | 'writtenSummary'
      | 'safetyWork'
      | 'preventativeDeferred'
      | 'preventativeStarted'
      | 'preventativeCompleted'
      | 'closed'
    >
  >;
  readonly accommodationOffers: HazardRecord['accommodationOffers'];
  readonly reasonableEndeavours: HazardRecord['reasonableEndeavours'];
  readonly complaintIds: readonly string[];
  readonly clocks: readonly HazardClock[];
  readonly backdated: readonly HistoryRow[];
  readonly history: readonly HistoryRow[];
  readonly verification: ExportVerification;
}

/** Builds the export from the whole stream; throws when the stream holds no hazard report. */
export function buildHazardExport(
  events: readonly AuditedEvent<HazardEvent>[],
  verification: ExportVerification,
  generatedAt: Date,
): HazardExportDocument {
  const state = foldHazard(events.map((e) => e.event));
  const r = state.hazard;
  if (!r) throw new RangeError('The stream holds no HazardReported event');
  const history = events.map(hazardHistoryRow);
  return {
    hazardId: r.hazardId,
    generatedAt: generatedAt.toISOString(),
    asOf: generatedAt.toISOString(),
    status: hazardStatus(state),
    intake: {
      awareAt: r.awareAt,
      awareOn: r.awareOn,
      recordedAt: r.recordedAt,
      route: r.route,
      tenure: r.tenure,
      residentRef: r.residentRef,
      propertyRef: r.propertyRef,
      description: r.description,
    },
    scope: r.scope,
    steps: {
      classification: r.classification,
      investigation: r.investigation,
      madeSafe: r.madeSafe,
      writtenSummary: r.writtenSummary,
      safetyWork: r.safetyWork,
      preventativeDeferred: r.preventativeDeferred,
      preventativeStarted: r.preventativeStarted,
      preventativeCompleted: r.preventativeCompleted,
      closed: r.closed,
    },
    accommodationOffers: r.accommodationOffers,
    reasonableEndeavours: r.reasonableEndeavours,
    complaintIds: r.complaintIds,
    clocks: hazardClocksOf(state, generatedAt),
    backdated: history.filter((h) => h.backdated),
    history,
    verification,
  };
}
