import type { Deadline } from '@redress/complaints';
import type { AsOfState } from '../as-of/state-as-of';
import type { StateDiff } from '../diff/diff-states';
import { shortInstant } from './history-table.renderer';
import { textTable } from './text-table';

export function deadlineTable(deadlines: readonly Deadline[]): string {
  return textTable(
    ['deadline', 'provision', 'due', 'original', 'done', 'status'],
    deadlines.map((d) => [
      d.ref ? `${d.kind} ${d.ref}` : d.kind,
      d.provision,
      d.dueOn,
      d.extended ? d.originalDueOn : '',
      d.completedOn ?? '',
      d.status +
        (d.workingDaysOverdue !== undefined
          ? ` (${d.workingDaysOverdue} working day(s) late)`
          : '') +
        (d.workingDaysRemaining !== undefined
          ? ` (${d.workingDaysRemaining} working day(s) left)`
          : ''),
    ]),
  );
}

const VIEW_WORDS = {
  recorded: 'as recorded: only events entered by then',
  effective: 'in business time: events by the date they take effect',
};

/** The complaint at a moment, for a terminal. */
export function renderState(complaintId: string, s: AsOfState): string {
  const head = `Complaint ${complaintId} as of ${s.asOf.text} (${VIEW_WORDS[s.view]})`;
  if (!s.known)
    return `${head}\nNot yet known: no event had been ${s.view === 'recorded' ? 'recorded' : 'dated'} by then.`;
  const r = s.record!;
  const lines = [
    head,
    `Status: ${s.status}; ${s.events} events (revision ${s.revision}); received ${r.receivedOn}`,
    `Stage 1: acknowledged ${r.stage1.acknowledgedOn ?? '-'} by ${r.stage1.handlerId ?? '-'}, responded ${r.stage1.response?.respondedOn ?? '-'}`,
  ];
  if (r.stage2) {
    lines.push(
      `Stage 2: requested ${r.stage2.triggeredOn}, acknowledged ${r.stage2.acknowledgedOn ?? '-'} by ${r.stage2.handlerId ?? '-'}, responded ${r.stage2.response?.respondedOn ?? '-'}`,
    );
  }
  if (r.closures.length > 0)
    lines.push(`Closed: ${r.closures.map((c) => c.effectiveOn).join(', ')}`);
  if (r.ombudsman) {
    lines.push(
      `Ombudsman: referred ${r.ombudsman.referredOn}, determined ${r.ombudsman.determinedOn ?? '-'}${r.ombudsman.rollup ? ` (${r.ombudsman.rollup})` : ''}`,
    );
  }
  lines.push('', `Deadlines judged on ${s.asOf.date}:`, deadlineTable(s.deadlines));
  if (s.findings.length > 0) {
    lines.push(
      '',
      'Finding: the recorded and effective views differ here because of back-dated entries:',
    );
    for (const f of s.findings) {
      lines.push(
        `  #${f.revision} ${f.type}: takes effect ${f.effectiveOn}, recorded ${shortInstant(f.recordedAt)} by ${f.actor}; ${f.inThisView ? 'included' : 'not included'} in this view. Reason: ${f.backdateReason ?? 'none recorded'}`,
      );
    }
  }
  return lines.join('\n');
}

/** What changed between two moments, for a terminal. */
export function renderDiff(complaintId: string, d: StateDiff): string {
  const lines = [
    `Complaint ${complaintId}: ${d.from.view} view from ${d.from.asOf.text} to ${d.to.asOf.text}`,
  ];
  lines.push(
    d.status ? `Status: ${d.status.from} → ${d.status.to}` : `Status unchanged: ${d.to.status}`,
  );
  lines.push('', d.events.length === 0 ? 'No events between the two moments.' : 'Events:');
  for (const e of d.events)
    lines.push(`  ${e.side === 'added' ? '+' : '-'} #${e.revision} ${e.effectiveOn} ${e.summary}`);
  if (d.deadlines.length > 0) {
    lines.push('', 'Deadlines:');
    for (const c of d.deadlines) {
      const show = (x?: { status: string; dueOn: string }) =>
        x ? `${x.status} (due ${x.dueOn})` : 'none';
      lines.push(`  ${c.deadline}: ${show(c.from)} → ${show(c.to)}`);
    }
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
