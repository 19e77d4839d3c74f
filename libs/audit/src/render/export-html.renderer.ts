import escapeHtml from 'escape-html';
import type { ExportDocument } from '../export/export-document';
import { exportRows, type ExportRow } from './export-rows';

const e = (value: unknown) => escapeHtml(value === undefined ? '' : String(value));

/** Plain CSS that prints well: A4, no colour needed, headings kept with their tables. */
export const STYLE = `
  body { font: 11pt/1.4 system-ui, sans-serif; margin: 2em; color: #000; }
  h1 { font-size: 16pt; margin-bottom: 0.2em; } h2 { font-size: 13pt; break-after: avoid; }
  table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
  th, td { border: 1px solid #999; padding: 2px 6px; text-align: left; vertical-align: top; }
  th { background: #eee; } tr { break-inside: avoid; }
  .verdict { border: 2px solid #000; padding: 0.5em; font-weight: bold; }
  .hash { font-family: monospace; word-break: break-all; }
  @page { size: A4; margin: 15mm; }
`;

export function table(headers: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const head = `<tr>${headers.map((h) => `<th>${e(h)}</th>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

/** The chain check in one sentence, for the top of an exported record. */
export function chainVerdict(v: ExportDocument['verification']): string {
  return v.intact
    ? `Hash chain verified: ${v.events} events, unaltered.`
    : `HASH CHAIN BROKEN at revision ${v.firstBreak?.revision} (${v.firstBreak?.reason}): ${v.firstBreak?.detail}`;
}

/** One table per section of the export rows, leaving out the sections shown in their own way. */
export function sectionTables(rows: readonly ExportRow[], skip: readonly string[]): string[] {
  const bySection = new Map<string, ExportRow[]>();
  for (const row of rows) {
    if (skip.includes(row[0])) continue;
    bySection.set(row[0], [...(bySection.get(row[0]) ?? []), row]);
  }
  return [...bySection.entries()].map(
    ([name, sectionRows]) =>
      `<h2>${e(name)}</h2>\n${table(
        ['item', 'field', 'value'],
        sectionRows.map((r) => r.slice(1)),
      )}`,
  );
}

/** The export as one self-contained page for the Ombudsman; every value is escaped. */
export function renderExportHtml(doc: ExportDocument): string {
  const v = doc.verification;
  const verdict = chainVerdict(v);
  const sections = sectionTables(exportRows(doc), ['history', 'deadline', 'verification']);
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Complaint record ${e(doc.complaintId)}</title><style>${STYLE}</style></head>
<body>
<h1>Complaint record ${e(doc.complaintId)}</h1>
<p>Status ${e(doc.status)}; policy ${e(doc.policyVersion)}; generated ${e(doc.generatedAt)}; deadlines judged on ${e(doc.asOf)}.</p>
<p class="verdict">${e(verdict)}<br>Head hash: <span class="hash">${e(v.headHash)}</span><br>${
    v.latestSeal
      ? `Latest seal of the store: <span class="hash">${e(v.latestSeal.digest)}</span>, sealed ${e(v.latestSeal.sealedAt)}`
      : 'The store has not been sealed yet.'
  }</p>
${sections.join('\n')}
<h2>deadlines</h2>
${table(
  ['deadline', 'provision', 'started', 'due', 'original due', 'done', 'status'],
  doc.deadlines.map((d) => [
    d.ref ? `${d.kind} ${d.ref}` : d.kind,
    d.provision,
    d.startedOn,
    d.dueOn,
    d.originalDueOn,
    d.completedOn,
    d.status,
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
