import escapeHtml from 'escape-html';
import type { AnnualReport, Compared, CountRow, YearOnYear } from './annual-report';

type Cell = string | number | null;
const e = (v: Cell) => (v === null ? '–' : escapeHtml(String(v)));
const pct = (v: number | null) => (v === null ? '–' : `${v}%`);
const signed = (v: number | null, suffix = '') =>
  v === null ? '–' : `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v)}${suffix}`;
const pounds = (pence: number) =>
  `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`;

function table(caption: string, headers: readonly string[], rows: readonly Cell[][]): string {
  const head = headers.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const body = rows.length
    ? rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${e(c)}</th>` : `<td>${e(c)}</td>`)).join('')}</tr>`,
        )
        .join('\n')
    : `<tr><td colspan="${headers.length}">None in this period.</td></tr>`;
  return `<table><caption>${e(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/**
 * The annual report as one self-contained page for the governing body and the website
 * (CHC 8.1): no scripts, no external assets, every value escaped, and print styles so it reads
 * as a document on paper.
 */
export function annualReportHtml(r: AnnualReport): string {
  const years = [r.previousYear, r.reportingYear];
  const yoyRow = (label: string, v: YearOnYear): Cell[] => [
    label,
    v.previous,
    v.current,
    signed(v.change),
    signed(v.changePercent, '%'),
  ];
  const comparedRow = (label: string, v: Compared, fmt = pct): Cell[] => [
    label,
    fmt(v.previous),
    fmt(v.current),
  ];
  const countRows = (list: readonly CountRow[]): Cell[][] =>
    list.map((c) => [c.key, c.previous, c.current]);
  const tsm =
    'unavailable' in r.tsm
      ? `<p class="note">Tenant Satisfaction Measures: ${e(r.tsm.unavailable)}</p>`
      : table(
          `Tenant Satisfaction Measures ${r.reportingYear}`,
          ['Measure', 'Stage 1', 'Stage 2'],
          [
            [
              'CH01 complaints per 1,000 homes',
              r.tsm.ch01.stage1.per1000Homes,
              r.tsm.ch01.stage2.per1000Homes,
            ],
            [
              'CH02 responded within the Code timescales',
              pct(r.tsm.ch02.stage1.percentage),
              pct(r.tsm.ch02.stage2.percentage),
            ],
          ],
        );
  const o = r.ombudsman;
  const sections = [
    `<h2>1. Volumes</h2>`,
    table(
      'Complaints received',
      ['Measure', ...years, 'Change', 'Change %'],
      [
        yoyRow('Stage 1 complaints', r.volumes.stage1),
        yoyRow('Stage 2 complaints (escalations)', r.volumes.stage2),
        [...comparedRow('Escalation rate', r.volumes.escalationRate), '', ''],
      ],
    ),
    `<h2>2. Timeliness</h2>`,
    table(
      'Within the Code timescales',
      ['Measure', ...years],
      [
        comparedRow(
          'Stage 1 acknowledged within 5 working days (CHC 6.2)',
          r.timeliness.stage1.acknowledgedInTime,
        ),
        comparedRow(
          'Stage 1 responded within timescale (CHC 6.3)',
          r.timeliness.stage1.respondedInTime,
        ),
        comparedRow(
          'Stage 1 responses after an extension',
          r.timeliness.stage1.responsesWithExtension,
          (v) => e(v),
        ),
        comparedRow(
          'Stage 2 acknowledged within 5 working days (CHC 6.11)',
          r.timeliness.stage2.acknowledgedInTime,
        ),
        comparedRow('Stage 2 responded within timescale', r.timeliness.stage2.respondedInTime),
        comparedRow(
          'Stage 2 responses after an extension',
          r.timeliness.stage2.responsesWithExtension,
          (v) => e(v),
        ),
      ],
    ),
    tsm,
    `<h2>3. Outcomes, categories and root causes</h2>`,
    table('Stage 1 outcomes', ['Outcome', ...years], countRows(r.outcomes.stage1)),
    table('Stage 2 outcomes', ['Outcome', ...years], countRows(r.outcomes.stage2)),
    table('Stage 1 complaints by category', ['Category', ...years], countRows(r.categories)),
    table('Stage 1 complaints by root cause', ['Root cause', ...years], countRows(r.rootCauses)),
    table(
      'Root cause recorded',
      ['Measure', ...years],
      [
        [
          'Complaints with a root cause',
          r.rootCauseCoverage.previous.recorded,
          r.rootCauseCoverage.current.recorded,
        ],
        [
          'Share of Stage 1 complaints',
          pct(r.rootCauseCoverage.previous.percentOfStage1),
          pct(r.rootCauseCoverage.current.percentOfStage1),
        ],
        [
          'Share of Stage 1 and Stage 2 complaints',
          pct(r.rootCauseCoverage.previous.percentOfStage1AndStage2),
          pct(r.rootCauseCoverage.current.percentOfStage1AndStage2),
        ],
      ],
    ),
    `<h2>4. Complaints refused (CHC 8.1(b))</h2>`,
    table(
      'Not accepted into the complaints process',
      ['Reason', ...years],
      countRows(r.refused.notAccepted),
    ),
    table(
      'Escalation to Stage 2 refused',
      ['Reason', ...years],
      countRows(r.refused.escalationRefused),
    ),
    `<h2>5. Housing Ombudsman</h2>`,
    table(
      `Referrals and determinations ${r.reportingYear}`,
      ['Measure', 'Count'],
      [
        ['Referrals', o.referrals],
        ['Determinations', o.determinations],
        ['Issues determined', o.issuesDetermined],
        ['Issues upheld', o.issuesUpheld],
        ...Object.entries(o.findings).map(([f, n]): Cell[] => [`Finding: ${f}`, n]),
        ['Compensation ordered', pounds(o.compensationOrderedPence)],
        ['Compensation paid', pounds(o.compensationPaidPence)],
      ],
    ),
    table(
      'Orders',
      ['Complaint', 'Order', 'Type', 'Due', 'Complied', 'State'],
      o.orders.map((x) => [x.complaintId, x.orderId, x.orderType, x.dueOn, x.compliedOn, x.state]),
    ),
    `<h2>6. Service improvements (CHC 9.1–9.3)</h2>`,
    table(
      'Learning from complaints closed in the year',
      ['Complaint', 'Closed', 'Category', 'Root cause', 'Learning', 'Actions'],
      r.serviceImprovements.entries.map((x) => [
        x.complaintId,
        x.closedOn,
        x.category,
        x.rootCause,
        x.learning,
        x.actions
          .map(
            (a) =>
              `${a.description} (${a.owner}, by ${a.dueOn}${a.completedOn ? `, done ${a.completedOn}` : ''})`,
          )
          .join('; '),
      ]),
    ),
    `<h2>7. Self-assessment evidence (Code Appendix A)</h2>`,
    table(
      'Measured against the Code',
      ['Provision', 'Requirement', 'Measure', 'Met', 'Of', '%', 'Falling short'],
      r.selfAssessment.rows.map((x) => [
        x.provision,
        x.requirement,
        x.measure,
        x.met,
        x.of,
        pct(x.percentage),
        x.shortfalls
          .slice(0, 10)
          .map((s) => s.complaintId)
          .join(', ') + (x.shortfallCount > 10 ? ` and ${x.shortfallCount - 10} more` : ''),
      ]),
    ),
  ];
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Annual complaint performance and service improvement report ${e(r.reportingYear)}</title>
<style>
body { font: 11pt/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #111; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #888; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.25rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { border: 1px solid #bbb; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
td { font-variant-numeric: tabular-nums; } thead th { background: #eee; }
.note { background: #f6f6f6; border-left: 4px solid #888; padding: 0.5rem 0.75rem; }
@media print { body { margin: 0; max-width: none; font-size: 9.5pt; } table, tr { page-break-inside: avoid; } h2 { page-break-after: avoid; } }
</style>
</head>
<body>
<h1>Annual complaint performance and service improvement report ${e(r.reportingYear)}</h1>
<p>${r.landlord ? `${e(r.landlord)}. ` : ''}Reporting year ${e(r.period.from)} to ${e(r.period.to)}, compared with ${e(r.previousYear)}. Generated ${e(r.generatedOn)} from the complaint record. ${r.latestSeal ? `Latest seal of the record: <code>${e(r.latestSeal.digest)}</code>, sealed ${e(r.latestSeal.sealedAt)}.` : 'The record has not been sealed yet.'}</p>
<p class="note">Extensions properly notified under CHC 6.4–6.5 ${r.extensionsCountAsInTime ? '<strong>count</strong>' : '<strong>do not count</strong>'} as within the Code timescales in this report.</p>
${sections.join('\n')}
</body>
</html>
`;
}
