import { writeCsv } from '@redress/csv';
import type { AnnualReport, CountRow, Compared, YearOnYear } from './annual-report';

type Row = [
  section: string,
  measure: string,
  breakdown: string,
  year: string,
  value: string | number | null,
];

/**
 * The annual report as one CSV table in long form (section, measure, breakdown, year, value):
 * every figure on its own row, so a spreadsheet can pivot it and nothing is lost to layout.
 */
export function annualReportCsv(report: AnnualReport): string {
  const { reportingYear: cur, previousYear: prev } = report;
  const rows: Row[] = [
    [
      'report',
      'extensions beyond the cap count as in time',
      '',
      cur,
      String(report.switches.beyondCapExtensionsInTime),
    ],
    ['report', 'generated on', '', cur, report.generatedOn],
  ];
  if (report.latestSeal) {
    rows.push(
      ['report', 'latest seal digest', '', cur, report.latestSeal.digest],
      ['report', 'latest seal sealed at', '', cur, report.latestSeal.sealedAt],
    );
  }
  const yoy = (section: string, measure: string, v: YearOnYear) =>
    rows.push(
      [section, measure, '', prev, v.previous],
      [section, measure, '', cur, v.current],
      [section, `${measure}: change`, '', cur, v.change],
      [section, `${measure}: change %`, '', cur, v.changePercent],
    );
  const compared = (section: string, measure: string, v: Compared, breakdown = '') =>
    rows.push(
      [section, measure, breakdown, prev, v.previous],
      [section, measure, breakdown, cur, v.current],
    );
  const counts = (section: string, measure: string, list: readonly CountRow[]) => {
    for (const r of list)
      rows.push(
        [section, measure, r.key, prev, r.previous],
        [section, measure, r.key, cur, r.current],
      );
  };
  yoy('volumes', 'Stage 1 complaints received', report.volumes.stage1);
  yoy('volumes', 'Stage 2 complaints received', report.volumes.stage2);
  compared(
    'volumes',
    'escalation rate %: Stage 1 complaints made in the year later taken to Stage 2',
    report.volumes.escalationRate,
  );
  for (const stage of ['stage1', 'stage2'] as const) {
    const t = report.timeliness[stage];
    compared(
      'timeliness',
      'acknowledgements made in the year: in time %',
      t.acknowledgedInTime,
      stage,
    );
    compared('timeliness', 'responses issued in the year: in time %', t.respondedInTime, stage);
    compared(
      'timeliness',
      'responses issued in the year after an extension',
      t.responsesWithExtension,
      stage,
    );
  }
  for (const [year, tsm] of [
    [prev, report.tsmPrevious],
    [cur, report.tsm],
  ] as const) {
    for (const [tenure, m] of Object.entries(tsm.measures)) {
      for (const stage of ['stage1', 'stage2'] as const) {
        const b = `${stage} ${tenure}`;
        const c1 = m.ch01[stage];
        const c2 = m.ch02[stage];
        rows.push(
          [
            'tsm',
            'CH02 complaints made in the year answered in time %',
            b,
            year,
            c2.percentage ?? c2.note,
          ],
          ['tsm', 'CH02 complaints made in the year (denominator)', b, year, c2.cohort],
          ['tsm', 'CH02 in time without an extension', b, year, c2.withoutExtension],
          ['tsm', 'CH02 in time with a permitted extension', b, year, c2.withExtension],
          ['tsm', 'CH02 awaiting response, not yet due', b, year, c2.awaitingNotYetDue],
          ['tsm', 'CH01 complaints made in the year', b, year, c1.complaints],
          ['tsm', 'CH01 homes at year end', b, year, c1.homes ?? c1.note],
          ['tsm', 'CH01 per 1,000 homes', b, year, c1.per1000Homes ?? c1.note],
        );
      }
    }
  }
  rows.push(['tsm', 'timescales', '', cur, report.tsm.timescales.join('; ')]);
  for (const rule of report.tsm.rules) rows.push(['tsm', 'rule', '', cur, rule]);
  counts('outcomes', 'Stage 1 responses', report.outcomes.stage1);
  counts('outcomes', 'Stage 2 responses', report.outcomes.stage2);
  counts('categories', 'Stage 1 complaints received', report.categories);
  counts('root causes', 'Stage 1 complaints received', report.rootCauses);
  for (const [year, c] of [
    [prev, report.rootCauseCoverage.previous],
    [cur, report.rootCauseCoverage.current],
  ] as const) {
    rows.push(['root causes', 'recorded', '', year, c.recorded]);
    rows.push(['root causes', 'recorded % of Stage 1 received', '', year, c.percentOfStage1]);
    rows.push([
      'root causes',
      'recorded % of Stage 1 and Stage 2 received',
      '',
      year,
      c.percentOfStage1AndStage2,
    ]);
  }
  counts('refused', 'not accepted', report.refused.notAccepted);
  counts('refused', 'escalation refused', report.refused.escalationRefused);
  const o = report.ombudsman;
  rows.push(
    ['ombudsman', 'referrals', '', cur, o.referrals],
    ['ombudsman', 'determinations', '', cur, o.determinations],
  );
  for (const [finding, n] of Object.entries(o.findings))
    rows.push(['ombudsman', 'findings', finding, cur, n]);
  for (const [state, n] of Object.entries(o.ordersByState))
    rows.push(['ombudsman', 'orders', state, cur, n]);
  rows.push(['ombudsman', 'compensation ordered (pence)', '', cur, o.compensationOrderedPence]);
  rows.push(['ombudsman', 'compensation paid (pence)', '', cur, o.compensationPaidPence]);
  rows.push([
    'service improvements',
    'learning recorded',
    '',
    cur,
    report.serviceImprovements.entries.length,
  ]);
  for (const [category, n] of Object.entries(report.serviceImprovements.byCategory)) {
    rows.push(['service improvements', 'learning recorded', category, cur, n]);
  }
  for (const r of report.selfAssessment.rows) {
    rows.push(['self-assessment', `${r.provision} met`, r.measure, cur, r.met]);
    rows.push(['self-assessment', `${r.provision} of`, r.measure, cur, r.of]);
    rows.push(['self-assessment', `${r.provision} %`, r.measure, cur, r.percentage]);
  }
  // Category and root-cause names come from configuration and free text: neutralised like any cell.
  return writeCsv(rows, {
    header: ['section', 'measure', 'breakdown', 'year', 'value'],
    recordDelimiter: 'unix',
  });
}
