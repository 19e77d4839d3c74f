import escapeHtml from 'escape-html';
import { nameOf } from '@redress/complaints';
import type { Ch01, Ch02 } from '../queries/tsm.query';
import type { AnnualReport, Compared, CountRow, YearOnYear } from './annual-report';

/** A value to escape, or markup the writer built itself from escaped parts (a link). */
type Cell = string | number | null | { readonly html: string };
const e = (v: Cell) => (v === null ? '–' : typeof v === 'object' ? v.html : escapeHtml(String(v)));

/**
 * Where a complaint's page is, given its reference: the workbench passes one so the report's
 * complaints are links; the downloaded file, read away from the workbench, has none.
 */
export type ComplaintHref = (reference: string) => string;

/** A complaint as the report names it: its allocated reference (else its id), maybe a link. */
function complaintCell(r: AnnualReport, id: string, href?: ComplaintHref): Cell {
  const reference = r.references?.[id] ?? id;
  if (!href) return reference;
  return { html: `<a href="${escapeHtml(href(reference))}">${escapeHtml(reference)}</a>` };
}
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

const homesCell = (homes: number | null) =>
  homes === null ? 'Not configured' : homes.toLocaleString('en-GB');

/** A figure, or a short neutral note where it cannot be given (the JSON says why at length). */
const tsmFigure = (value: number | null, note: string | null, fmt: (v: number) => string) =>
  value !== null
    ? fmt(value)
    : note?.startsWith('not configured')
      ? 'Not configured'
      : note?.startsWith('not applicable')
        ? 'Not applicable'
        : '–';

/** CH02 first (the cohort of complaints made in the year), then CH01, the rules and timescales. */
function tsmSection(r: AnnualReport): string {
  const t = r.tsm;
  const prev = r.tsmPrevious.measures.combined;
  const cols = ['LCRA', 'LCHO', 'combined'] as const;
  const headers = ['Measure', 'LCRA', 'LCHO', 'Combined', `Combined ${r.previousYear}`];
  const ch02Rows = ([1, 2] as const).flatMap((n): Cell[][] => {
    const key = `stage${n}` as const;
    const row = (label: string, f: (c: Ch02) => Cell): Cell[] => [
      `Stage ${n}: ${label}`,
      ...cols.map((k) => f(t.measures[k].ch02[key])),
      f(prev.ch02[key]),
    ];
    return [
      row('answered within the Code timescales (CH02)', (c) =>
        tsmFigure(c.percentage, c.note, (v) => `${v}%`),
      ),
      row('complaints made in the year (denominator)', (c) => c.cohort),
      row('in time without an extension', (c) => c.withoutExtension),
      row('in time with a permitted extension', (c) => c.withExtension),
      row('not in time', (c) => c.notInTime),
      row(`awaiting response, not yet due on ${t.asOf}`, (c) => c.awaitingNotYetDue),
    ];
  });
  const ch01Rows = ([1, 2] as const).map((n): Cell[] => {
    const key = `stage${n}` as const;
    const f = (c: Ch01) => tsmFigure(c.per1000Homes, c.note, (v) => String(v));
    return [
      `Stage ${n} complaints per 1,000 homes (CH01)`,
      ...cols.map((k) => f(t.measures[k].ch01[key])),
      f(prev.ch01[key]),
    ];
  });
  const homes: Cell[] = [
    'Homes owned at the year end',
    ...cols.map((k) => homesCell(t.measures[k].ch01.stage1.homes)),
    homesCell(prev.ch01.stage1.homes),
  ];
  return [
    table(
      `CH02 ${r.reportingYear}: complaints made in the year answered within the Code timescales`,
      headers,
      ch02Rows,
    ),
    table(`CH01 ${r.reportingYear}: complaints relative to the number of homes`, headers, [
      ...ch01Rows,
      homes,
    ]),
    ...(t.measures.combined.ch01.stage1.homes === null
      ? [
          `<p class="note">CH01 is not shown because the number of homes owned at the year end has not been configured for ${e(r.reportingYear)}.</p>`,
        ]
      : []),
    `<p class="note">Timescales used: ${t.timescales.map(e).join('; ')}. Complaints from other tenures (leaseholders, market rent, the public) are not in these measures: ${t.outOfScope.stage1} at Stage 1 and ${t.outOfScope.stage2} at Stage 2 this year.</p>`,
    `<ul class="rules">${t.rules.map((x) => `<li>${e(x)}</li>`).join('')}</ul>`,
  ].join('\n');
}

/** How each figure is counted, in a board member's words (docs/reports.md has the detail). */
function appendix(r: AnnualReport): string {
  const items: [string, string][] = [
    [
      'CH01 (complaints per 1,000 homes)',
      'Stage 1 (or Stage 2) complaints made in the year by tenants of the stock type, divided by the homes owned of that type at the year end, times 1,000. Complaints not accepted under Section 2 of the Code are not counted; withdrawn complaints are.',
    ],
    [
      'CH02 (answered within the Code timescales)',
      'Of the complaints made in the year, whenever answered: acknowledged within 5 working days and answered within 10 working days of the acknowledgement (Stage 2: 20), or by an extension the Code permits. A complaint withdrawn before its answer fell due is left out; one not yet due is shown apart.',
    ],
    [
      'Complaints received',
      'Stage 1: complaints received in the year and accepted into the process, of every tenure. Stage 2: escalations asked for in the year and not refused.',
    ],
    [
      'Escalation rate',
      'Of the Stage 1 complaints received in the year, the share later taken to Stage 2. It cannot pass 100%.',
    ],
    [
      'Timeliness of the work done in the year',
      'Acknowledgements made and responses issued in the year, whichever year the complaint was made in: a measure of the year’s work, not CH02.',
    ],
    [
      'Outcomes, categories and root causes',
      'Stage outcomes from each response issued in the year; categories and root causes from each complaint’s closure, grouped by the year it was received ("Not recorded" until it is closed).',
    ],
    [
      'Housing Ombudsman',
      'Referrals and determinations dated in the year; orders recorded in the year and older ones still open, each open, complied with or overdue.',
    ],
    [
      'Service improvements',
      'Learning recorded when complaints were closed in the year, with the actions agreed, their owners and dates.',
    ],
    [
      'Complaint references',
      'Complaints are named by a short reference taken from the start of their record id (C- and eight characters); the full id is in the data files.',
    ],
    [
      'Extensions beyond the cap',
      r.switches.beyondCapExtensionsInTime
        ? 'Counted as in time (a choice the landlord has made, switch REDRESS_TSM_BEYOND_CAP_IN_TIME).'
        : 'Not counted as in time (the default, switch REDRESS_TSM_BEYOND_CAP_IN_TIME).',
    ],
  ];
  return `<h2>Appendix: how each figure is counted</h2>\n<dl class="appendix">${items
    .map(([term, text]) => `<dt>${e(term)}</dt><dd>${e(text)}</dd>`)
    .join('\n')}</dl>`;
}

/** The report's title: the landlord's name (when configured) and the year. */
export function annualReportTitle(r: AnnualReport): string {
  return `${r.landlord ? `${r.landlord}: ` : ''}Annual complaint performance and service improvement report ${r.reportingYear}`;
}

/**
 * The report's content below its title: the period and seal, the switch, the seven sections and
 * the appendix. Every value is escaped. The standalone page below and the workbench's report
 * page both show exactly this, so the wording has one source.
 */
export function annualReportContent(r: AnnualReport, complaintHref?: ComplaintHref): string {
  const ref = (id: string) => complaintCell(r, id, complaintHref);
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
    list.map((c) => [nameOf(c.key), c.previous, c.current]);
  const tsm = tsmSection(r);
  const o = r.ombudsman;
  const sections = [
    `<h2>1. Tenant Satisfaction Measures (RSH CH01 and CH02)</h2>`,
    tsm,
    `<h2>2. Volumes</h2>`,
    table(
      'Complaints received',
      ['Measure', ...years, 'Change', 'Change %'],
      [
        yoyRow('Stage 1 complaints received in the year (all tenures)', r.volumes.stage1),
        yoyRow('Stage 2 complaints: escalations requested in the year', r.volumes.stage2),
        [
          ...comparedRow(
            'Escalation rate: Stage 1 complaints made in the year later taken to Stage 2',
            r.volumes.escalationRate,
          ),
          '',
          '',
        ],
      ],
    ),
    table(
      'Timeliness of the work done in the year (responses issued in the year, whenever the complaint was made; not the CH02 cohort)',
      ['Measure', ...years],
      [
        comparedRow(
          'Stage 1 acknowledgements made in the year: within 5 working days (CHC 6.2)',
          r.timeliness.stage1.acknowledgedInTime,
        ),
        comparedRow(
          'Stage 1 responses issued in the year: within the Code timescales (CHC 6.3–6.4)',
          r.timeliness.stage1.respondedInTime,
        ),
        comparedRow(
          'Stage 1 responses issued in the year after an extension',
          r.timeliness.stage1.responsesWithExtension,
          (v) => e(v),
        ),
        comparedRow(
          'Stage 2 acknowledgements made in the year: within 5 working days (CHC 6.11)',
          r.timeliness.stage2.acknowledgedInTime,
        ),
        comparedRow(
          'Stage 2 responses issued in the year: within the Code timescales',
          r.timeliness.stage2.respondedInTime,
        ),
        comparedRow(
          'Stage 2 responses issued in the year after an extension',
          r.timeliness.stage2.responsesWithExtension,
          (v) => e(v),
        ),
      ],
    ),
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
        ...Object.entries(o.findings).map(([f, n]): Cell[] => [`Finding: ${nameOf(f)}`, n]),
        ['Compensation ordered', pounds(o.compensationOrderedPence)],
        ['Compensation paid', pounds(o.compensationPaidPence)],
      ],
    ),
    table(
      'Orders',
      ['Complaint', 'Order', 'Type', 'Due', 'Complied', 'State'],
      o.orders.map((x) => [
        ref(x.complaintId),
        x.orderId,
        nameOf(x.orderType),
        x.dueOn,
        x.compliedOn,
        x.state,
      ]),
    ),
    `<h2>6. Service improvements (CHC 9.1–9.3)</h2>`,
    table(
      'Learning from complaints closed in the year',
      ['Complaint', 'Closed', 'Category', 'Root cause', 'Learning', 'Actions'],
      r.serviceImprovements.entries.map((x) => [
        ref(x.complaintId),
        x.closedOn,
        nameOf(x.category),
        nameOf(x.rootCause),
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
        {
          html:
            x.shortfalls
              .slice(0, 10)
              .map((s) => e(ref(s.complaintId)))
              .join(', ') + (x.shortfallCount > 10 ? ` and ${x.shortfallCount - 10} more` : ''),
        },
      ]),
    ),
  ];
  return `${r.landlord ? '' : '<p class="note">The landlord’s name has not been configured.</p>\n'}<p>Reporting year ${e(r.period.from)} to ${e(r.period.to)}, compared with ${e(r.previousYear)}. Generated ${e(r.generatedOn)} from the complaint record. ${r.latestSeal ? `Latest seal of the record: <code>${e(r.latestSeal.digest)}</code>, sealed ${e(r.latestSeal.sealedAt)}.` : 'The record has not been sealed yet.'}</p>
<p class="note">Extensions within the Code's cap (CHC 6.4) count as within the Code timescales. Extensions beyond the cap ${r.switches.beyondCapExtensionsInTime ? '<strong>count</strong>' : '<strong>do not count</strong>'} (switch REDRESS_TSM_BEYOND_CAP_IN_TIME=${r.switches.beyondCapExtensionsInTime}).</p>
${sections.join('\n')}
${appendix(r)}`;
}

/**
 * The annual report as one self-contained page for the governing body and the website
 * (CHC 8.1): no scripts, no external assets, every value escaped, and print styles so it reads
 * as a document on paper.
 */
export function annualReportHtml(r: AnnualReport): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${e(annualReportTitle(r))}</title>
<style>
body { font: 11pt/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #111; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #888; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.25rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { border: 1px solid #bbb; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
td { font-variant-numeric: tabular-nums; } thead th { background: #eee; }
.appendix dt { font-weight: 600; margin-top: 0.5rem; } .appendix dd { margin-left: 1rem; }
.note { background: #f6f6f6; border-left: 4px solid #888; padding: 0.5rem 0.75rem; }
@media print { body { margin: 0; max-width: none; font-size: 9.5pt; } table, tr { page-break-inside: avoid; } h2 { page-break-after: avoid; } }
</style>
</head>
<body>
<h1>${r.landlord ? `${e(r.landlord)}<br>` : ''}Annual complaint performance and service improvement report ${e(r.reportingYear)}</h1>
${annualReportContent(r)}
</body>
</html>
`;
}
