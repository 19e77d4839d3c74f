import { verifyStream, type EventStore } from '@redress/event-store';
import type { AuditedEvent } from '../audited-event';
import {
  buildExport,
  exportVerification,
  type ExportDocument,
  type ExportVerification,
} from '../export/export-document';
import { buildHazardExport, type HazardExportDocument } from '../export/hazard-export-document';
import { renderExportCsv } from '../render/export-csv.renderer';
import { renderExportHtml } from '../render/export-html.renderer';
import { renderHazardExportCsv, renderHazardExportHtml } from '../render/hazard-export.renderer';
import { recordAccess, type AccessEntry } from './access-log';
import { readComplaintEvents } from './complaint-events.reader';
import { readHazardEvents } from './hazard-events.reader';
import { latestSeal } from './latest-seal';

export const EXPORT_FORMATS = ['json', 'csv', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Who takes the record away, how, and when: what the access log keeps of each export. */
export interface ExportRequest {
  readonly format: ExportFormat;
  readonly actor: { readonly id: string; readonly role: string };
  readonly correlationId: string;
  readonly at: Date;
}

/**
 * The one path every export takes (HTTP, the web pages, the CLI), for either kind of record:
 * read the stream, check its chain against the latest seal's digest, build the record, and
 * append the access-log entry. The record is handed back only once its entry is durable, so no
 * one takes a record away unlogged. Undefined when no such record exists (nothing is logged).
 */
async function exportRecord<E extends Pick<AuditedEvent<never>, 'hash'>, D>(
  store: EventStore,
  found:
    | { readonly recorded: Parameters<typeof verifyStream>[0]; readonly events: readonly E[] }
    | undefined,
  build: (events: readonly E[], verification: ExportVerification, at: Date) => D,
  entry: Pick<AccessEntry, 'type' | 'complaintId' | 'hazardId'>,
  request: ExportRequest,
): Promise<D | undefined> {
  if (!found) return undefined;
  const verification = {
    ...exportVerification(verifyStream(found.recorded), found.events),
    latestSeal: await latestSeal(store),
  };
  const doc = build(found.events, verification, request.at);
  await recordAccess(store, {
    ...entry,
    actor: request.actor,
    correlationId: request.correlationId,
    at: request.at,
    details: {
      format: request.format,
      headHash: verification.headHash,
      intact: verification.intact,
    },
  });
  return doc;
}

/** A complaint's record, logged as `ComplaintRecordExported`. */
export async function exportComplaintRecord(
  store: EventStore,
  complaintId: string,
  request: ExportRequest,
): Promise<ExportDocument | undefined> {
  const found = await readComplaintEvents(store, complaintId);
  return exportRecord(
    store,
    found,
    buildExport,
    { type: 'ComplaintRecordExported', complaintId },
    request,
  );
}

/** A hazard case's evidence pack (SI 2025/1042), logged as `HazardRecordExported`. */
export async function exportHazardRecord(
  store: EventStore,
  hazardId: string,
  request: ExportRequest,
): Promise<HazardExportDocument | undefined> {
  const found = await readHazardEvents(store, hazardId);
  return exportRecord(
    store,
    found,
    buildHazardExport,
    { type: 'HazardRecordExported', hazardId },
    request,
  );
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** A complaint's record in the format asked for; JSON is the document itself. */
export function renderComplaintRecord(doc: ExportDocument, format: ExportFormat): string {
  if (format === 'csv') return renderExportCsv(doc);
  if (format === 'html') return renderExportHtml(doc);
  return JSON.stringify(doc);
}

export function renderHazardRecord(doc: HazardExportDocument, format: ExportFormat): string {
  if (format === 'csv') return renderHazardExportCsv(doc);
  if (format === 'html') return renderHazardExportHtml(doc);
  return JSON.stringify(doc);
}
