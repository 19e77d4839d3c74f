import { parse } from 'csv-parse/sync';
import { PolicyRegistry } from '@redress/complaints';
import { commands as c, HISTORIES, Scenario } from '@redress/complaints/testing';
import { projectHistories } from '../testing/project-histories';
import { buildAnnualReport, complaintsNamedIn } from './annual-report';
import { annualReportCsv } from './annual-report.csv';
import { annualReportContent, annualReportHtml } from './annual-report.html';
import {
  READ_MODEL_DIALECTS,
  useReadModelDialect,
} from '../../../../test/support/read-model-dialects';

// Each test builds the report over both years on PostgreSQL too: slower on a busy machine.
jest.setTimeout(30_000);

describe.each(READ_MODEL_DIALECTS)(
  'annual complaint performance and service improvement report (CHC 8.1), on %s',
  (dialect) => {
    useReadModelDialect(dialect);
    const lastYear = (on: string) => Scenario.start().on(on, c.log()).on(on, c.decline()).events;
    const histories = {
      // 2024/25: two complaints refused under Section 2 and one taken through Stage 1.
      old1: lastYear('2024-06-03'),
      old2: lastYear('2024-09-02'),
      old3: Scenario.start()
        .on('2024-10-01', c.log())
        .on('2024-10-02', c.acknowledge1())
        .on('2024-10-10', c.respond1(), 'alice').events,
      // 2025/26
      closed: HISTORIES['closed.afterStage1']().events,
      escalated: HISTORIES['stage2.responded']().events,
      open: HISTORIES['stage1.awaitingResponse']().events,
      hostile: HISTORIES['stage1.responded']().on(
        '2025-05-02',
        c.close({ learning: '<script>alert(1)</script> & "quotes"', category: 'COMMUNICATION' }),
      ).events,
    };
    const build = async (homes?: number) => {
      const rm = await projectHistories(histories);
      const report = await buildAnnualReport(rm.db, '2025/26', {
        today: '2026-05-01',
        homesByYear: homes ? { '2025/26': { LCRA: homes } } : {},
        beyondCapExtensionsInTime: false,
        policies: PolicyRegistry.default(),
        landlord: 'Example Homes',
      });
      await rm.close();
      return report;
    };

    it('compares volumes, timeliness, categories, root causes and refusals with the previous year', async () => {
      const r = await build(2_000);
      expect(r.previousYear).toBe('2024/25');
      expect(r.volumes.stage1).toEqual({ current: 4, previous: 1, change: 3, changePercent: 300 });
      expect(r.volumes.stage2).toEqual({ current: 1, previous: 0, change: 1, changePercent: null });
      expect(r.volumes.escalationRate).toEqual({ current: 25, previous: 0 });
      expect(r.timeliness.stage1.respondedInTime).toEqual({ current: 100, previous: 100 });
      expect(r.categories).toEqual([
        { key: 'NOT_RECORDED', current: 2, previous: 1 },
        { key: 'COMMUNICATION', current: 1, previous: 0 },
        { key: 'PROPERTY_CONDITION', current: 1, previous: 0 },
      ]);
      expect(r.rootCauseCoverage.current).toEqual({
        recorded: 2,
        stage1Received: 4,
        percentOfStage1: 50,
        stage1AndStage2Received: 5,
        percentOfStage1AndStage2: 40,
      });
      expect(r.refused.notAccepted).toEqual([
        { key: 'PREVIOUSLY_CONSIDERED', current: 0, previous: 2 },
      ]);
      expect(r.tsm.measures.LCRA).toMatchObject({
        ch01: { stage1: { complaints: 4, per1000Homes: 2 } },
      });
      // The open complaint's response (due 7 May 2025) was not given: 3 of the 4 in time.
      expect(r.tsm.measures.LCRA.ch02.stage1).toMatchObject({ cohort: 4, withinTimescale: 3 });
      expect(r.switches).toEqual({ beyondCapExtensionsInTime: false });
      expect(r.serviceImprovements.entries).toHaveLength(2);
      expect(r.selfAssessment.rows.map((x) => x.provision)).toContain('6.13');
    });

    it('without the number of homes the report still builds, with a neutral note where CH01 would be', async () => {
      const r = await build();
      expect(r.tsm.measures.LCRA.ch01.stage1).toMatchObject({ per1000Homes: null });
      expect(r.tsm.measures.LCRA.ch01.stage1.note).toMatch(/not configured/);
      expect(r.tsm.measures.LCRA.ch02.stage1.percentage).toBe(75);
    });

    it('as CSV: one long table whose figures match the JSON', async () => {
      const r = await build(2_000);
      const rows = parse(annualReportCsv(r), { columns: true }) as Record<string, string>[];
      const value = (measure: string, year: string) =>
        rows.find((x) => x.measure === measure && x.year === year)?.value;
      expect(value('Stage 1 complaints received', '2025/26')).toBe('4');
      expect(value('Stage 1 complaints received: change %', '2025/26')).toBe('300');
      expect(value('extensions beyond the cap count as in time', '2025/26')).toBe('false');
      expect(rows.filter((x) => x.section === 'self-assessment')).toHaveLength(
        r.selfAssessment.rows.length * 3,
      );
    });

    it('as CSV: a name that starts like a formula is neutralised, a negative change stays a number', async () => {
      const r = await build(2_000);
      const csv = annualReportCsv({
        ...r,
        categories: [{ key: '=HYPERLINK("http://evil.invalid","x")', previous: 5, current: 2 }],
        volumes: {
          ...r.volumes,
          stage1: { ...r.volumes.stage1, change: -87, changePercent: -23.5 },
        },
      });
      const rows = parse(csv, { columns: true }) as Record<string, string>[];
      expect(rows.find((x) => x.section === 'categories')?.breakdown).toBe(
        `'=HYPERLINK("http://evil.invalid","x")`,
      );
      const value = (measure: string) => rows.find((x) => x.measure === measure)?.value;
      expect(value('Stage 1 complaints received: change')).toBe('-87');
      expect(value('Stage 1 complaints received: change %')).toBe('-23.5');
    });

    it('as HTML: a printable page with every value escaped and the extension option stated', async () => {
      const html = annualReportHtml(await build(2_000));
      expect(html).toContain('<!doctype html>');
      expect(html).toContain('@media print');
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
      expect(html).toMatch(/Extensions beyond the cap <strong>do not count<\/strong>/);
      expect(html).toContain('Example Homes');
    });

    it('board-ready: names not codes, references not ids, CH02 first, a neutral note and an appendix', async () => {
      const html = annualReportHtml(await build());
      expect(html).toContain('Property condition and repairs');
      expect(html).toContain('Contractor performance');
      expect(html).toContain('Previously considered');
      // Codes only where a figure's label needs none: no raw category, outcome or root cause.
      expect(html).not.toMatch(/PROPERTY_CONDITION|NOT_UPHELD|CONTRACTOR_PERFORMANCE|NOT_RECORDED/);
      expect(html.indexOf('CH02')).toBeLessThan(html.indexOf('Complaints received'));
      expect(html).toContain('Not configured');
      expect(html).toContain('has not been configured for 2025/26');
      expect(html).not.toMatch(/HOMES_NOT_CONFIGURED|REDRESS_HOMES/);
      expect(html).toContain('Appendix: how each figure is counted');
      const withoutName = annualReportHtml({ ...(await build()), landlord: null });
      expect(withoutName).toContain('The landlord’s name has not been configured.');
    });

    it('names complaints by their allocated reference, as links only where a page is given', async () => {
      const r = await build();
      const named = complaintsNamedIn(r);
      expect(named.length).toBeGreaterThan(0);
      const references = Object.fromEntries(
        named.map((id, i) => [id, `C-2025-${String(i + 1).padStart(6, '0')}`]),
      );
      const html = annualReportHtml({ ...r, references });
      for (const reference of Object.values(references)) expect(html).toContain(reference);
      for (const id of named) expect(html).not.toContain(`<th scope="row">${id}</th>`);
      expect(html).not.toContain('<a ');
      const linked = annualReportContent({ ...r, references }, (ref) => `/web/complaints/${ref}`);
      expect(linked).toContain('<a href="/web/complaints/C-2025-000001">C-2025-000001</a>');
      // Logged before references were allocated: named by the id in full, never a made-up one.
      const learning = r.serviceImprovements.entries[0]!.complaintId;
      expect(annualReportHtml(r)).toContain(`<th scope="row">${learning}</th>`);
      expect(html).toContain(`<th scope="row">${references[learning]}</th>`);
    });

    it('the escalation rate is a cohort: a complaint of last year escalated this year cannot push it past 100%', async () => {
      // One 2024/25 complaint answered in March 2025 and escalated in April 2025; one 2025/26
      // complaint answered and not escalated.
      const rm = await projectHistories({
        lastYear: Scenario.start()
          .on('2025-03-03', c.log())
          .on('2025-03-04', c.acknowledge1())
          .on('2025-03-10', c.respond1(), 'alice')
          .on('2025-04-14', c.requestEscalation()).events,
        thisYear: HISTORIES['stage1.responded']().events,
      });
      const r = await buildAnnualReport(rm.db, '2025/26', {
        today: '2026-05-01',
        homesByYear: {},
        beyondCapExtensionsInTime: false,
        policies: PolicyRegistry.default(),
      });
      // Stage 2 received in 2025/26: 1, Stage 1 received: 1 (the old reading said 100%); the
      // cohort of 2025/26 had no escalation: 0%. The 2024/25 cohort: 1 of 1 escalated.
      expect(r.volumes.stage2.current).toBe(1);
      expect(r.volumes.escalationRate).toEqual({ current: 0, previous: 100 });
      await rm.close();
    });
  },
);
