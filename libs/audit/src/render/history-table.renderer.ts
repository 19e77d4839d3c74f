import type { HistoryRow } from '../history/history-rows';
import { textTable } from './text-table';

/** `2025-06-18T10:00:00.000Z` → `2025-06-18 10:00:00Z`: exact, and narrow enough for a table. */
export const shortInstant = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z');

/** The history as a terminal table; back-dated rows are starred and explained below. */
export function renderHistoryTable(
  complaintId: string,
  rows: readonly HistoryRow[],
  what = 'Complaint',
): string {
  const table = textTable(
    ['#', 'recorded (UTC)', 'effective', 'actor (role)', 'reason', 'what changed'],
    rows.map((r) => [
      String(r.revision),
      shortInstant(r.recordedAt),
      `${r.effectiveOn}${r.backdated ? '*' : ''}`,
      `${r.actor} (${r.role})`,
      r.reason ?? '',
      r.summary,
    ]),
  );
  const backdated = rows.filter((r) => r.backdated);
  const notes = backdated.map(
    (r) =>
      `  * #${r.revision} takes effect ${r.effectiveOn}, recorded ${shortInstant(r.recordedAt)}: ${r.backdateReason ?? 'no reason recorded'}`,
  );
  return [
    `${what} ${complaintId}: ${rows.length} events, oldest first`,
    '',
    table,
    ...(notes.length > 0 ? ['', 'Back-dated entries:', ...notes] : []),
  ].join('\n');
}
