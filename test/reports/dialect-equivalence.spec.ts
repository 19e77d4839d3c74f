import { commands as c, HISTORIES, HISTORY_NAMES, Scenario } from '@redress/complaints/testing';
import { MemoryEventStore } from '@redress/event-store';
import {
  annualReportCsv,
  annualReportHtml,
  buildAnnualReport,
  hazardCompliance,
  hazardsLinkedToComplaints,
  offersToComplain,
  openHazards,
  repeatHazards,
  repeatIssuesReport,
  ComplaintProjector,
  customPeriod,
  learningLog,
  listComplaints,
  ombudsmanSummary,
  openReadModelDatabase,
  PROJECTED_TABLES,
  rebuildReadModels,
  reportingYear,
  selfAssessmentEvidence,
  tenantSatisfactionMeasures,
  trends,
  OBLIGATION_KINDS,
  RAGS,
  workQueue,
  workloadByOwner,
  type ComplaintListRequest,
  type WorkQueueFilter,
  type ReadModelConnection,
} from '@redress/read-models';
import { sql } from 'kysely';
import { calendar, policies, serializer } from '@redress/complaint-stream';
import { HAZARD_HISTORIES, hazardCommands as h } from '@redress/hazards/testing';
import { historyOf, requestCommands as r } from '@redress/service-requests/testing';
import { appendHistory } from '../../libs/read-models/src/testing/append-history';
import {
  appendHazardHistory,
  appendServiceRequestHistory,
} from '../../libs/read-models/src/testing/append-case-history';
import { loadCabinetMinute } from '../support/cabinet-minute';
import { startTestPostgres, type TestPostgres } from '../support/postgres/test-postgres';

/**
 * SQLite and PostgreSQL give the same read models and the same reports: the cabinet minute's
 * two years and every named history projected into both, every table dumped and compared row
 * for row, and every query behind a report endpoint asked the same questions of both.
 */
describe('the same histories on SQLite and on PostgreSQL', () => {
  let server: TestPostgres;
  let store: MemoryEventStore;
  let onSqlite: ReadModelConnection;
  let onPostgres: ReadModelConnection;
  const context = { serializer, calendar, policies };

  const projectInto = async (rm: ReadModelConnection) => {
    const projector = new ComplaintProjector({ ...context, store, db: rm.db });
    for (const event of await store.readAll()) await projector.handle(event);
  };

  /** Every table, every column, in key order (checkpoint times aside). */
  const dumpAll = async (rm: ReadModelConnection) => {
    const tables: Record<string, unknown[]> = {};
    for (const table of PROJECTED_TABLES) {
      const { rows } = await sql<
        Record<string, unknown>
      >`select * from ${sql.table(table)}`.execute(rm.db);
      tables[table] = rows
        .map((r) => (table === 'rm_checkpoints' ? { ...r, updated_at: undefined } : r))
        .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    }
    return tables;
  };

  beforeAll(async () => {
    server = await startTestPostgres();
    store = new MemoryEventStore();
    await loadCabinetMinute(store);
    for (const name of HISTORY_NAMES)
      await appendHistory(store, `h-${name}`, HISTORIES[name]().events);
    for (const [name, events] of Object.entries(TENURE_HISTORIES))
      await appendHistory(store, `t-${name}`, events);
    for (const [name, history] of Object.entries({ ...HAZARD_HISTORIES, ...MORE_HAZARDS }))
      await appendHazardHistory(store, `hz-${name}`, history().events);
    for (const [name, events] of Object.entries(SERVICE_REQUESTS))
      await appendServiceRequestHistory(store, `sr-${name}`, events);
    onSqlite = await openReadModelDatabase(':memory:');
    onPostgres = await openReadModelDatabase(await server.freshSchema());
    await projectInto(onSqlite);
    await projectInto(onPostgres);
  }, 300_000);

  afterAll(async () => {
    await onSqlite?.close();
    await onPostgres?.close();
    await server?.stop();
  });

  it('every table holds the same rows, with the same values and types', async () => {
    const [a, b] = [await dumpAll(onSqlite), await dumpAll(onPostgres)];
    expect(a.rm_complaints!.length).toBeGreaterThan(600);
    expect(a.rm_hazard_steps!.length).toBeGreaterThan(10);
    expect(a.rm_complaint_offers!.length).toBeGreaterThan(2);
    expect(b).toEqual(a);
  });

  it('a rebuild on each gives those rows again', async () => {
    const before = await dumpAll(onSqlite);
    for (const rm of [onSqlite, onPostgres]) {
      await rebuildReadModels({
        ...context,
        store,
        connection: rm,
        pageSize: 500,
        cacheLimit: 200,
      });
      expect(await dumpAll(rm)).toEqual(before);
    }
  }, 120_000);

  /** Asks both databases the same question; the answers must be equal (and not empty). */
  const same = async <T>(ask: (rm: ReadModelConnection) => Promise<T>): Promise<T> => {
    const fromSqlite = await ask(onSqlite);
    expect(await ask(onPostgres)).toEqual(fromSqlite);
    return fromSqlite;
  };

  it('the complaint list, every filter and sort, page by page', async () => {
    const { rows } = await sql<{
      category: string;
    }>`select category from rm_complaints where category is not null limit 1`.execute(onSqlite.db);
    const requests: ComplaintListRequest[] = [
      {},
      { sort: 'nextDeadline', direction: 'asc' },
      { stage: 2 },
      { status: 'closed' },
      { status: 'CLOSED' },
      { status: 'stage1' },
      { category: rows[0]!.category },
      {
        receivedFrom: '2023-04-01',
        receivedTo: '2023-09-30',
        sort: 'receivedOn',
        direction: 'asc',
      },
      { overdueAsOf: '2024-12-03' },
      // Free text: any case, in the description or a defined issue; wildcards taken literally.
      { q: 'DAMP' },
      { q: 'mould not treated', sort: 'nextDeadline', direction: 'asc' },
      { q: 'ÉtAIT' },
      { q: '100%' },
      { q: 'the_service' },
    ];
    for (const request of requests) {
      const all = await same(async (rm) => {
        const items = [];
        let cursor: string | undefined;
        do {
          const page = await listComplaints(rm.db, { ...request, limit: 97, cursor });
          items.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        return items;
      });
      if (request.status !== 'CLOSED') expect(all.length).toBeGreaterThan(0);
      // Only the one complaint whose words hold these characters: no wildcard matched more.
      if (request.q && /[%_É]/.test(request.q)) expect(all).toHaveLength(1);
    }
    // `%` and `_` alone match only the complaint that contains them, not every complaint.
    for (const q of ['%', '_'])
      expect(
        await same(async (rm) => (await listComplaints(rm.db, { q, limit: 200 })).items.length),
      ).toBe(1);
  });

  it('the work queue, all of it page by page, and by owner, handler, kind, stage and colour', async () => {
    const everything = async (rm: ReadModelConnection, filter: Partial<WorkQueueFilter>) => {
      const pages = [];
      let cursor: string | undefined;
      do {
        const page = await workQueue(rm.db, {
          asOf: '2024-12-03',
          ...filter,
          calendar,
          limit: 37,
          cursor,
        });
        pages.push(page);
        cursor = page.nextCursor;
      } while (cursor);
      return pages;
    };
    const queue = await same((rm) => everything(rm, {}));
    const items = queue.flatMap((p) => p.items);
    expect(items.length).toBeGreaterThan(37);
    const handler = items.find((i) => i.handler)!.handler!;
    const owner = items.find((i) => i.obligation.owner)!.obligation.owner!;
    await same((rm) => everything(rm, { asOf: '2024-06-03', handler }));
    await same((rm) => everything(rm, { owner: ` ${owner.toUpperCase()} ` }));
    for (const kind of OBLIGATION_KINDS) await same((rm) => everything(rm, { kind }));
    for (const stage of [1, 2] as const) await same((rm) => everything(rm, { stage }));
    for (const rag of RAGS) await same((rm) => everything(rm, { rag }));
    const later = (await same((rm) => everything(rm, { asOf: '2025-06-02' }))).flatMap(
      (p) => p.items,
    );
    // Stage acknowledgements and responses, remedies, actions and orders among them.
    expect(new Set([...items, ...later].map((i) => i.obligation.kind)).size).toBeGreaterThan(2);
    // Team work's totals per person add up to the whole queue, on both.
    const byOwner = await same((rm) => workloadByOwner(rm.db, { asOf: '2024-12-03', calendar }));
    expect(byOwner.length).toBeGreaterThan(1);
    expect(byOwner.reduce((n, w) => n + w.total, 0)).toBe(queue[0]!.total);
  });

  it('trend tables by month, quarter and year, over all time and a window', async () => {
    for (const granularity of ['month', 'quarter', 'year'] as const) {
      const t = await same((rm) => trends(rm.db, granularity));
      expect(t.periods.length).toBeGreaterThan(0);
    }
    await same((rm) => trends(rm.db, 'month', customPeriod('2023-01-01', '2023-12-31')));
  });

  it('TSM, the Ombudsman, the learning log and the self-assessment evidence for both years', async () => {
    for (const year of ['2022/23', '2023/24']) {
      const period = reportingYear(year);
      for (const beyondCapExtensionsInTime of [false, true])
        await same((rm) =>
          tenantSatisfactionMeasures(rm.db, year, {
            homesByYear: { [year]: { LCRA: 5830, LCHO: 0 } },
            beyondCapExtensionsInTime,
            asOf: '2024-12-03',
            policies,
          }),
        );
      await same((rm) => ombudsmanSummary(rm.db, period, '2024-12-03'));
      await same((rm) => learningLog(rm.db, period));
      await same((rm) => selfAssessmentEvidence(rm.db, period, '2024-12-03'));
    }
    // Issue 10's tenure histories: LCRA, LCHO and OTHER, a cohort across the year end, an
    // extension beyond the cap, a withdrawal and complaints not yet answered.
    for (const asOf of ['2025-05-09', '2026-03-31'])
      for (const beyondCapExtensionsInTime of [false, true]) {
        const tsm = await same((rm) =>
          tenantSatisfactionMeasures(rm.db, '2025/26', {
            homesByYear: { '2025/26': { LCRA: 1000, LCHO: 120 } },
            beyondCapExtensionsInTime,
            asOf,
            policies,
          }),
        );
        expect(tsm.measures.LCHO.ch01.stage1.complaints).toBeGreaterThan(0);
        expect(tsm.outOfScope.stage1).toBeGreaterThan(0);
      }
    await same((rm) =>
      ombudsmanSummary(rm.db, customPeriod('2020-01-01', '2030-12-31'), '2030-12-31'),
    );
    await same((rm) => learningLog(rm.db, customPeriod('2020-01-01', '2030-12-31')));
  });

  it("Awaab's Law hazard reports, repeat issues and offers to complain (SI 2025/1042; CHC 1.3-1.5)", async () => {
    const year = reportingYear('2025/26');
    const spring = customPeriod('2026-03-01', '2026-06-30');
    for (const asOf of ['2026-03-13', '2026-03-17', '2026-05-25', '2026-06-01']) {
      const compliance = await same((rm) => hazardCompliance(rm.db, spring, asOf));
      expect(compliance.rows.length).toBeGreaterThan(3);
      await same((rm) => hazardCompliance(rm.db, year, asOf));
      const open = await same((rm) => openHazards(rm.db, asOf));
      expect(open.hazards.length).toBeGreaterThan(0);
    }
    const links = await same((rm) => hazardsLinkedToComplaints(rm.db, spring));
    expect(links.links.length).toBeGreaterThan(0);
    for (const byTopic of [false, true]) {
      const repeats = await same((rm) => repeatHazards(rm.db, spring, { byTopic }));
      expect(repeats.repeats.length).toBeGreaterThan(0);
    }
    const all = customPeriod('2020-01-01', '2030-12-31');
    const issues = await same((rm) => repeatIssuesReport(rm.db, { period: all }));
    expect(issues.repeats.some((x) => x.kinds.HAZARD > 0 && x.kinds.COMPLAINT > 0)).toBe(true);
    await same((rm) =>
      repeatIssuesReport(rm.db, { period: all, propertyRef: 'P-200', withinDays: 30 }),
    );
    await same((rm) =>
      repeatIssuesReport(rm.db, { period: spring, residentRef: 'R-100', byTopic: true }),
    );
    await same((rm) =>
      repeatIssuesReport(rm.db, { period: all, kinds: ['SERVICE_REQUEST', 'HAZARD'], minCount: 3 }),
    );
    const offers = await same((rm) => offersToComplain(rm.db, all));
    expect(offers).toMatchObject({ made: 3, accepted: 1, declined: 1, awaitingAnswer: 1 });
  });

  it('the annual report, as JSON, CSV and HTML', async () => {
    const report = await same((rm) =>
      buildAnnualReport(rm.db, '2023/24', {
        today: '2024-12-03',
        homesByYear: { '2023/24': { LCRA: 5830 }, '2022/23': { LCRA: 5790, LCHO: 40 } },
        beyondCapExtensionsInTime: true,
        policies,
        landlord: 'Northgate Homes',
      }),
    );
    expect(report.volumes.stage1.current).toBe(284);
    await same(async (rm) =>
      annualReportCsv(
        await buildAnnualReport(rm.db, '2023/24', {
          today: '2024-12-03',
          homesByYear: {},
          beyondCapExtensionsInTime: false,
          policies,
        }),
      ),
    );
    await same(async (rm) =>
      annualReportHtml(
        await buildAnnualReport(rm.db, '2022/23', {
          today: '2024-12-03',
          homesByYear: {},
          beyondCapExtensionsInTime: true,
          policies,
        }),
      ),
    );
  });

  it('the annual report of a year with every tenure, as JSON, CSV and HTML', async () => {
    for (const beyondCapExtensionsInTime of [false, true]) {
      const options = {
        today: '2026-03-31',
        homesByYear: { '2025/26': { LCRA: 1000, LCHO: 120 } },
        beyondCapExtensionsInTime,
        policies,
      };
      const report = await same((rm) => buildAnnualReport(rm.db, '2025/26', options));
      expect(report.tsm.measures.combined.ch02.stage1.cohort).toBeGreaterThan(0);
      await same(async (rm) => annualReportCsv(await buildAnnualReport(rm.db, '2025/26', options)));
      await same(async (rm) =>
        annualReportHtml(await buildAnnualReport(rm.db, '2025/26', options)),
      );
    }
  });
});

/** Issue 10's worked examples (tsm.query.spec.ts), with every tenure. */
const received = (tenure: 'LCRA' | 'LCHO' | 'OTHER') =>
  Scenario.start().on('2025-04-17', c.log({ tenure }));
const TENURE_HISTORIES = {
  acrossYearEnd: Scenario.start()
    .on('2025-03-28', c.log())
    .on('2025-04-01', c.acknowledge1())
    .on('2025-04-09', c.respond1(), 'alice')
    .on('2025-04-14', c.requestEscalation())
    .on('2025-04-24', c.acknowledge2()).events,
  oneDayLate: received('LCRA')
    .on('2025-04-22', c.acknowledge1())
    .on('2025-05-08', c.respond1(), 'alice').events,
  withinCap: received('LCHO')
    .on('2025-04-22', c.acknowledge1())
    .on('2025-05-06', c.extend({ newDueOn: '2025-05-14' }))
    .on('2025-05-13', c.respond1(), 'alice').events,
  beyondCap: received('LCRA')
    .on('2025-04-22', c.acknowledge1())
    .on(
      '2025-05-06',
      c.extend({ newDueOn: '2025-06-04', goodReason: 'Specialist damp survey not available' }),
    )
    .on('2025-05-28', c.respond1(), 'alice').events,
  withdrawnAfterDue: received('LCHO')
    .on('2025-04-22', c.acknowledge1())
    .on('2025-05-12', c.withdraw()).events,
  leaseholder: received('OTHER')
    .on('2025-04-22', c.acknowledge1())
    .on('2025-05-01', c.respond1(), 'alice').events,
  wildcards: Scenario.start().on(
    '2025-04-10',
    c.log({ description: 'Rent rose 100% and the_service charge était wrong' }),
  ).events,
  notYetDue: Scenario.start()
    .on('2026-03-23', c.log({ tenure: 'LCHO' }))
    .on('2026-03-24', c.acknowledge1()).events,
};

/**
 * Hazard cases beside HAZARD_HISTORIES (damp and mould at P-200 aware 2 Mar 2026, a gas
 * emergency aware 24 May 2026): an investigation concluded late (Reg 6), one reported in a
 * complaint, and one at another property.
 */
const MORE_HAZARDS = {
  lateInvestigation: () =>
    HAZARD_HISTORIES.investigating().at('2026-03-20T09:00:00Z', h.conclude()),
  inComplaint: () =>
    HAZARD_HISTORIES.new().at(
      '2026-03-02T09:00:00Z',
      h.report({ route: 'COMPLAINT', complaintId: 't-notYetDue' }),
    ),
  elsewhere: () =>
    HAZARD_HISTORIES.new().at(
      '2026-04-01T09:00:00Z',
      h.report({ propertyRef: 'P-300', residentRef: 'R-300' }),
    ),
};

/** Service requests at P-200 with offers to complain declined, accepted and unanswered. */
const SERVICE_REQUESTS = {
  declined: historyOf(
    ['2026-03-03', r.raise()],
    ['2026-03-04', r.offer()],
    ['2026-03-05', r.decline()],
  ),
  accepted: historyOf(
    ['2026-03-06', r.raise()],
    ['2026-03-09', r.offer()],
    ['2026-03-10', r.accept({ complaintId: 't-notYetDue' })],
  ),
  awaiting: historyOf(['2026-04-06', r.raise()], ['2026-04-07', r.offer()]),
};
