import type { HazardClock } from '@redress/hazards';
import type { HazardAsOfState } from '../as-of/hazard-state-as-of';
import type { HazardStateDiff } from '../diff/diff-hazard-states';
import { shortInstant } from './history-table.renderer';
import { textTable } from './text-table';

const words = (code: string) => code.toLowerCase().replace(/_/g, ' ');

/** Each Awaab's Law clock with its regulation, due moment and how it stood. */
export function clockTable(clocks: readonly HazardClock[]): string {
  return textTable(
    ['step', 'provision', 'due', 'done', 'status'],
    clocks.map((c) => [
      words(c.step),
      c.provision,
      c.dueAt ? shortInstant(c.dueAt) : c.dueOn,
      c.completedAt ? shortInstant(c.completedAt) : '',
      c.status +
        (c.hoursOverdue !== undefined ? ` (${c.hoursOverdue} hour(s) late)` : '') +
        (c.workingDaysOverdue !== undefined
          ? ` (${c.workingDaysOverdue} working day(s) late)`
          : ''),
    ]),
  );
}

const VIEW_WORDS = {
  recorded: 'as recorded: only events entered by then',
  effective: 'in business time: events by the instant they happened',
};

/** A hazard case at a moment, for a terminal. */
export function renderHazardState(hazardId: string, s: HazardAsOfState): string {
  const head = `Hazard case ${hazardId} as of ${s.asOf.text} (${VIEW_WORDS[s.view]})`;
  if (!s.known)
    return `${head}\nNot yet known: no event had been ${s.view === 'recorded' ? 'recorded' : 'dated'} by then.`;
  const r = s.record!;
  const lines = [
    head,
    `Status: ${s.status}; ${s.events} events (revision ${s.revision}); aware ${shortInstant(r.awareAt)} by ${words(r.route)}`,
    `Scope: ${r.scope ? (r.scope.inScope ? "Awaab's Law clocks apply" : 'out of scope') : 'not decided'}; classification: ${r.classification ? `${words(r.classification.detail.category)} (${words(r.classification.detail.hazardType)})` : '-'}`,
  ];
  if (r.complaintIds.length > 0) lines.push(`Linked complaints: ${r.complaintIds.join(', ')}`);
  lines.push('', `Clocks judged at ${shortInstant(s.asOf.instant)}:`, clockTable(s.clocks));
  if (s.findings.length > 0) {
    lines.push(
      '',
      'Finding: the recorded and effective views differ here because of back-dated entries:',
    );
    for (const f of s.findings) {
      lines.push(
        `  #${f.revision} ${f.type}: happened ${shortInstant(f.effectiveOn)}, recorded ${shortInstant(f.recordedAt)} by ${f.actor}; ${f.inThisView ? 'included' : 'not included'} in this view. Reason: ${f.backdateReason ?? 'none recorded'}`,
      );
    }
  }
  return lines.join('\n');
}

/** What changed in a hazard case between two moments, for a terminal. */
export function renderHazardDiff(hazardId: string, d: HazardStateDiff): string {
  const lines = [
    `Hazard case ${hazardId}: ${d.from.view} view from ${d.from.asOf.text} to ${d.to.asOf.text}`,
    d.status ? `Status: ${d.status.from} → ${d.status.to}` : `Status unchanged: ${d.to.status}`,
    '',
    d.events.length === 0 ? 'No events between the two moments.' : 'Events:',
  ];
  for (const e of d.events)
    lines.push(`  ${e.side === 'added' ? '+' : '-'} #${e.revision} ${e.effectiveOn} ${e.summary}`);
  if (d.clocks.length > 0) {
    lines.push('', 'Clocks:');
    const show = (x?: { status: string; dueOn: string }) =>
      x ? `${x.status} (due ${x.dueOn})` : 'none';
    for (const c of d.clocks) lines.push(`  ${words(c.deadline)}: ${show(c.from)} → ${show(c.to)}`);
  }
  if (d.fields.length > 0) {
    lines.push('', 'Fields:');
    for (const f of d.fields)
      lines.push(
        `  ${f.path}: ${JSON.stringify(f.from) ?? '(none)'} → ${JSON.stringify(f.to) ?? '(none)'}`,
      );
  }
  return lines.join('\n');
}
