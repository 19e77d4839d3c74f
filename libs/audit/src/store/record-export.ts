import { verifyStream, type EventStore } from '@redress/event-store';
import { buildExport, exportVerification, type ExportDocument } from '../export/export-document';
import { buildHazardExport, type HazardExportDocument } from '../export/hazard-export-document';
import { renderExportCsv } from '../render/export-csv.renderer';
import { renderExportHtml } from '../render/export-html.renderer';
import { renderHazardExportCsv, renderHazardExportHtml } from '../render/hazard-export.renderer';
import { recordAccess } from './access-log';
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
 * The one path every export of a complaint takes (HTTP, the web pages, the CLI): read the
 * stream, check its chain against the latest seal's digest, build the record, and append the
 * access-log entry. The record is handed back only once its entry is durable, so no one takes
 * a record away unlogged. Undefined when no such complaint exists (nothing is logged).
 */
export async function exportComplaintRecord(
  store: EventStore,
  complaintId: string,
  request: ExportRequest,
): Promise<ExportDocument | undefined> {
  const found = await readComplaintEvents(store, complaintId);
  if (!found) return undefined;
  const verification = {
    ...exportVerification(verifyStream(found.recorded), found.events),
    latestSeal: await latestSeal(store),
  };
  const doc = buildExport(found.events, verification, request.at);
  await recordAccess(store, {
    type: 'ComplaintRecordExported',
    complaintId,
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

/** The same for a hazard case's evidence pack (SI 2025/1042), logged as `HazardRecordExported`. */
export async function exportHazardRecord(
  store: EventStore,
  hazardId: string,
  request: ExportRequest,
): Promise<HazardExportDocument | undefined> {
  const found = await readHazardEvents(store, hazardId);
  if (!found) return undefined;
  const verification = {
    ...exportVerification(verifyStream(found.recorded), found.events),
    latestSeal: await latestSeal(store),
  };
  const doc = buildHazardExport(found.events, verification, request.at);
  await recordAccess(store, {
    type: 'HazardRecordExported',
    hazardId,
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
