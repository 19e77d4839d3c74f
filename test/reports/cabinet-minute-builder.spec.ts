import {
  CHC_2024_POLICY,
  defaultCalendar,
  fold,
  londonDateOf,
  type ComplaintEvent,
  type ComplaintRecord,
  type LocalDate,
} from '@redress/complaints';
import { MemoryEventStore, verifyStream, type RecordedEvent } from '@redress/event-store';
import { serializer } from '@redress/complaint-stream';
import {
  cabinetMinutePlan,
  loadCabinetMinute,
  type CabinetMinuteSummary,
} from '../support/cabinet-minute';

type Year = '2022/23' | '2023/24';
const YEARS: Record<Year, { from: LocalDate; to: LocalDate }> = {
  '2022/23': { from: '2022-04-01', to: '2023-03-31' },
  '2023/24': { from: '2023-04-01', to: '2024-03-31' },
};
const isIn = (date: LocalDate | undefined, year: Year) =>
  date !== undefined && date >= YEARS[year].from && date <= YEARS[year].to;
const perYear = (count: (year: Year) => number) => ({
  '2022/23': count('2022/23'),
  '2023/24': count('2023/24'),
});
const calendar = defaultCalendar();

/** The minute's figures, counted from what the store holds (not from the plan). */
function countFromEvents(records: readonly ComplaintRecord[]) {
  const accepted = records.filter((r) => r.notAccepted === undefined);
  return {
    stage1: perYear((y) => accepted.filter((r) => isIn(r.receivedOn, y)).length),
    escalated: perYear(
      (y) =>
        records.filter((r) => isIn(r.stage2?.triggeredOn, y) && r.stage2?.refusal === undefined)
          .length,
    ),
    rootCauses: perYear(
      (y) =>
        records.filter(
          (r) =>
            isIn(r.receivedOn, y) &&
            r.closures.some((c) => c.rootCause.trim() !== '' && isIn(c.effectiveOn, y)),
        ).length,
    ),
    declined: perYear((y) => records.filter((r) => isIn(r.notAccepted?.effectiveOn, y)).length),
    refusedEscalations: perYear(
      (y) => records.filter((r) => isIn(r.stage2?.refusal?.effectiveOn, y)).length,
    ),
  };
}

const ratio = (escalated: number, received: number) => ((escalated / received) * 100).toFixed(2);

describe('the cabinet minute data set (annual complaints report 2023/24)', () => {
  let store: MemoryEventStore;
  let summary: CabinetMinuteSummary;
  let loadMs: number;
  let events: RecordedEvent[];
  let records: ComplaintRecord[];

  beforeAll(async () => {
    store = new MemoryEventStore();
    const started = performance.now();
    summary = await loadCabinetMinute(store);
    loadMs = performance.now() - started;
    events = await store.readAll();
    const streams = new Map<string, RecordedEvent[]>();
    for (const e of events) streams.set(e.stream, [...(streams.get(e.stream) ?? []), e]);
    records = [...streams.values()].map(
      (stream) =>
        fold(stream.map((e) => serializer.deserialize<ComplaintEvent>(e).event)).complaint!,
    );
  });

  afterAll(() => store.close());

  it('loads through the real command path in a few seconds', () => {
    expect(summary.commands).toBeGreaterThan(2000);
    // One event or more per command; none refused (a refusal would have failed the load).
    expect(events.length).toBeGreaterThanOrEqual(summary.commands);
    expect(new Set(events.map((e) => (e.metadata as { commandId: string }).commandId)).size).toBe(
      summary.commands,
    );
    expect(loadMs).toBeLessThan(10_000);
  });

  it('reproduces the minute from the stored events: 371/284 received, 21/39 escalated, 0/129 root causes', () => {
    const counted = countFromEvents(records);
    expect(counted.stage1).toEqual({ '2022/23': 371, '2023/24': 284 });
    expect(counted.escalated).toEqual({ '2022/23': 21, '2023/24': 39 });
    expect(counted.rootCauses).toEqual({ '2022/23': 0, '2023/24': 129 });
    expect(ratio(counted.escalated['2022/23'], counted.stage1['2022/23'])).toBe('5.66');
    expect(ratio(counted.escalated['2023/24'], counted.stage1['2023/24'])).toBe('13.73');
  });

  it('returns a summary that agrees with the stored events, declines and refusals not counted as received or escalated', () => {
    const counted = countFromEvents(records);
    expect(summary).toEqual({
      ...counted,
      complaints: records.length,
      commands: summary.commands,
    });
    expect(counted.declined).toEqual({ '2022/23': 6, '2023/24': 9 });
    expect(counted.refusedEscalations['2022/23']).toBeGreaterThanOrEqual(1);
    expect(counted.refusedEscalations['2023/24']).toBeGreaterThanOrEqual(1);
    expect(records).toHaveLength(371 + 284 + 6 + 9);
  });

  it('records no closure for any 2022/23 complaint, and every closure with a policy category and root cause', () => {
    expect(records.filter((r) => isIn(r.receivedOn, '2022/23') && r.closures.length > 0)).toEqual(
      [],
    );
    const closures = records.flatMap((r) => r.closures);
    expect(closures).toHaveLength(129);
    for (const c of closures) {
      expect(CHC_2024_POLICY.categories).toContain(c.category);
      expect(CHC_2024_POLICY.rootCauses).toContain(c.rootCause);
      expect(c.learning).not.toBe('');
    }
    expect(new Set(closures.map((c) => c.category)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(closures.map((c) => c.rootCause)).size).toBeGreaterThanOrEqual(6);
    expect(closures.some((c) => c.learningActions.length > 0)).toBe(true);
  });

  it('spreads receipts over working days of both years', () => {
    for (const r of records) expect(calendar.isWorkingDay(r.receivedOn)).toBe(true);
    for (const year of ['2022/23', '2023/24'] as const) {
      const months = new Set(
        records.filter((r) => isIn(r.receivedOn, year)).map((r) => r.receivedOn.slice(0, 7)),
      );
      expect(months.size).toBe(12);
    }
  });

  it('asks for Stage 2 only after the Stage 1 response, in the year the complaint was received', () => {
    const escalated = records.filter((r) => r.stage2 !== undefined);
    for (const r of escalated) {
      expect(r.stage1.response).toBeDefined();
      expect(r.stage2!.triggeredOn >= r.stage1.response!.respondedOn).toBe(true);
      const year = (['2022/23', '2023/24'] as const).find((y) => isIn(r.receivedOn, y))!;
      expect(isIn(r.stage2!.triggeredOn, year)).toBe(true);
    }
    expect(escalated.every((r) => r.stage2!.refusal || r.stage2!.response)).toBe(true);
  });

  it('has late and timely acknowledgements, extensions notified in time, late responses and mixed outcomes', () => {
    const accepted = records.filter((r) => r.notAccepted === undefined);
    const lateAcks = accepted.filter(
      (r) => r.stage1.acknowledgedOn! > calendar.addWorkingDays(r.receivedOn, 5),
    );
    expect(lateAcks.length).toBeGreaterThan(accepted.length * 0.05);
    expect(lateAcks.length).toBeLessThan(accepted.length * 0.3);
    const extensions = accepted.flatMap((r) => r.stage1.extensions);
    expect(extensions.length).toBeGreaterThan(20);
    for (const x of extensions) expect(x.notifiedOn <= x.previousDueOn).toBe(true);
    const lateResponses = accepted.filter((r) => {
      const due =
        r.stage1.extensions.at(-1)?.newDueOn ??
        calendar.addWorkingDays(r.stage1.acknowledgedOn!, 10);
      return r.stage1.response!.respondedOn > due;
    });
    expect(lateResponses.length).toBeGreaterThan(accepted.length * 0.05);
    const outcomes = new Set(accepted.map((r) => r.stage1.response!.outcome));
    expect([...outcomes].sort()).toEqual(['NOT_UPHELD', 'PARTLY_UPHELD', 'UPHELD']);
    expect(records.some((r) => r.stage2?.extensions.length)).toBe(true);
  });

  it('takes some 2023/24 complaints to the Ombudsman, with determinations, orders and compliance', () => {
    const referred = records.filter((r) => r.ombudsman !== undefined);
    expect(referred.length).toBeGreaterThanOrEqual(3);
    for (const r of referred) expect(isIn(r.receivedOn, '2023/24')).toBe(true);
    expect(referred.every((r) => r.ombudsman!.findings.length > 0)).toBe(true);
    const orders = referred.flatMap((r) => r.ombudsman!.orders);
    expect(orders.length).toBeGreaterThan(0);
    expect(orders.some((o) => o.compliedOn !== undefined)).toBe(true);
  });

  it('keeps every stream hash-chained and every business date on or before today', async () => {
    const today = londonDateOf(new Date());
    for (const e of events)
      expect((e.metadata as { effectiveOn: string }).effectiveOn <= today).toBe(true);
    const streams = [...new Set(events.map((e) => e.stream))];
    for (const stream of streams)
      expect(verifyStream(await store.readStream(stream)).ok).toBe(true);
  });

  it('is the same data set on every run (seeded)', () => {
    expect(cabinetMinutePlan()).toEqual(cabinetMinutePlan());
    expect(cabinetMinutePlan({ seed: 7 })).not.toEqual(cabinetMinutePlan());
  });
});
