import type {
  HazardComplianceReport,
  HazardLinksReport,
  OpenHazardsReport,
  RepeatIssuesReport,
} from '@redress/read-models';

/** Plain-text tables for a terminal; `--json` prints the report object instead. */
export function complianceText(r: HazardComplianceReport): string[] {
  const lines = [
    `Awaab's Law clock compliance, ${r.period.from} to ${r.period.to}, judged as of ${r.asOf}`,
    row('Step', 'Regulation', 'Hazard type', 'Met', 'Missed', 'Open', 'Met %'),
  ];
  for (const x of r.rows) {
    lines.push(
      row(
        x.step,
        x.provision,
        x.hazardType,
        String(x.metInTime),
        `${x.missed}${x.missedStillOpen ? ` (${x.missedStillOpen} open)` : ''}`,
        String(x.open),
        x.metPercentage === null ? '-' : String(x.metPercentage),
      ),
    );
  }
  if (r.rows.length === 0) lines.push('No hazard clock fell due in the period.');
  return lines;
}

export function openText(r: OpenHazardsReport): string[] {
  return [
    `Open hazard cases on ${r.asOf}, by days since the landlord became aware`,
    ...r.buckets.map((b) => `  ${b.label.padEnd(14)} ${b.count}`),
    '',
    row('Hazard case', 'Aware on', 'Age (days)', 'Hazard type', 'Next step', 'Due on'),
    ...r.hazards.map((h) =>
      row(
        h.hazardId,
        h.awareOn,
        String(h.ageDays),
        h.hazardType ?? 'not classified',
        h.nextStep ? `${h.nextStep.step} (${h.nextStep.provision})` : '-',
        h.nextStep?.dueOn ?? '-',
      ),
    ),
  ];
}

export function linkedText(r: HazardLinksReport): string[] {
  return [
    `Hazard cases aware ${r.period.from} to ${r.period.to}: ${r.hazards}; linked to a complaint: ${r.linkedToComplaints} (${r.linkedPercentage ?? '-'}%); reported in a complaint: ${r.reportedInComplaints}`,
    row('Hazard case', 'Complaint', 'Linked on', 'Hazard status', 'Complaint status'),
    ...r.links.map((l) =>
      row(l.hazardId, l.complaintId, l.linkedOn, l.hazardStatus, l.complaintStatus ?? '-'),
    ),
  ];
}

export function repeatsText(r: RepeatIssuesReport, title: string): string[] {
  const lines = [
    `${title}, latest in ${r.period.from} to ${r.period.to} (each within ${r.withinDays} days of the one before, at least ${r.minCount})`,
  ];
  for (const x of r.repeats) {
    const kinds = Object.entries(x.kinds)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k.toLowerCase().replace('_', ' ')}`)
      .join(', ');
    lines.push(
      `${x.by === 'PROPERTY' ? 'Property' : 'Resident'} ${x.ref}${x.topic ? ` (${x.topic})` : ''}: ${x.issues.length} records, ${x.firstOn} to ${x.lastOn}: ${kinds}`,
    );
    for (const i of x.issues) lines.push(`  ${i.raisedOn}  ${i.kind.padEnd(15)} ${i.id}`);
  }
  if (r.repeats.length === 0) lines.push('No repeats.');
  return lines;
}

const WIDTHS = [30, 28, 26, 12, 16, 12, 8];
function row(...cells: string[]): string {
  return cells
    .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(WIDTHS[i] ?? 12)))
    .join(' ')
    .trimEnd();
}
