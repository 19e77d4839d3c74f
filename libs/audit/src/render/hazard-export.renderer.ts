import { writeCsv } from '@redress/csv';
import escapeHtml from 'escape-html';
import type { HazardExportDocument } from '../export/hazard-export-document';
import { chainVerdict, sectionTables, STYLE, table } from './export-html.renderer';
import { fields, type ExportRow } from './export-rows';

const e = (value: unknown) => escapeHtml(value === undefined ? '' : String(value));

/** The hazard export as section / item / field / value rows, as for a complaint's. */
export function hazardExportRows(doc: HazardExportDocument): ExportRow[] {
  const v = doc.verification;
  const rows: ExportRow[] = [
    ['verification', '', 'intact', String(v.intact)],
    ['verification', '', 'events', String(v.events)],
    ['verification', '', 'headHash', v.headHash],
    ...(v.firstBreak ? fields('verification', 'firstBreak', v.firstBreak) : []),
    ['hazard case', '', 'hazardId', doc.hazardId],
    ['hazard case', '', 'status', doc.status],
    ['hazard case', '', 'generatedAt', doc.generatedAt],
    ['hazard case', '', 'clocksJudgedAt', doc.asOf],
    ['hazard case', '', 'complaintIds', doc.complaintIds.join(' ')],
    ...fields('intake', '', doc.intake),
  ];
  if (doc.scope) rows.push(...fields('scope', '', doc.scope));
  for (const [step, done] of Object.entries(doc.steps)) {
    if (done) rows.push(...fields('step', step, { at: done.at, on: done.on, ...done.detail }));
  }
  doc.accommodationOffers.forEach((o, i) =>
    rows.push(...fields('alternative accommodation', `#${i + 1}`, o)),
  );
  doc.reasonableEndeavours.forEach((r, i) =>
    rows.push(...fields('reasonable endeavours', `#${i + 1}`, r)),
  );
  for (const c of doc.clocks) rows.push(...fields('clock', c.step, c));
  for (const h of doc.history) {
    rows.push(...fields('history', `#${h.revision}`, { ...h, hash: undefined }));
  }
  return rows;
}

/** RFC 4180 CSV through the one writer, so a cell that starts like a formula is neutralised. */
export function renderHazardExportCsv(doc: HazardExportDocument): string {
  return writeCsv(hazardExportRows(doc), { header: ['section', 'item', 'field', 'value'] });
}

/** The hazard export as one self-contained page for the Ombudsman; every value is escaped. */
export function renderHazardExportHtml(doc: HazardExportDocument): string {
  const v = doc.verification;
  const verdict = chainVerdict(v);
  const sections = sectionTables(hazardExportRows(doc), ['history', 'clock', 'verification']);
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Hazard case record ${e(doc.hazardId)}</title><style>${STYLE}</style></head>
<body>
<h1>Hazard case record ${e(doc.hazardId)}</h1>
<p>Status ${e(doc.status)}; Awaab's Law (SI 2025/1042); generated ${e(doc.generatedAt)}; clocks judged at ${e(doc.asOf)}.</p>
<p class="verdict">${e(verdict)}<br>Head hash: <span class="hash">${e(v.headHash)}</span></p>
${sections.join('\n')}
<h2>clocks</h2>
${table(
  ['step', 'provision', 'started', 'due', 'done', 'status', 'overdue'],
  doc.clocks.map((c) => [
    c.step,
    c.provision,
    c.startedAt,
    c.dueAt ?? c.dueOn,
    c.completedAt,
    c.status,
    c.hoursOverdue !== undefined
      ? `${c.hoursOverdue} hours`
      : c.workingDaysOverdue !== undefined
        ? `${c.workingDaysOverdue} working days`
        : '',
  ]),
)}
<h2>back-dated entries</h2>
${table(
  ['#', 'recorded', 'effective', 'reason'],
  doc.backdated.map((h) => [h.revision, h.recordedAt, h.effectiveOn, h.backdateReason]),
)}
<h2>history</h2>
${table(
  ['#', 'recorded', 'effective', 'actor', 'role', 'reason', 'what changed'],
  doc.history.map((h) => [
    h.revision,
    h.recordedAt,
    h.effectiveOn,
    h.actor,
    h.role,
    h.reason,
    h.summary,
  ]),
)}
</body></html>
`;
}
