import { fold, statusOf, type ComplaintEvent } from '@redress/complaints';
import { MemoryEventStore, verifyStream } from '@redress/event-store';
import { serializer } from '@redress/complaint-stream';
import { demoDataSet } from './demo-data-set';
import { describeDemoLoad, loadDemo } from './demo-loader';

describe('the demo data set', () => {
  it('is the same on every run (seeded)', () => {
    const a = demoDataSet({ perYear: 20, firstYear: 2023, today: '2025-11-01' });
    const b = demoDataSet({ perYear: 20, firstYear: 2023, today: '2025-11-01' });
    expect(a).toEqual(b);
  });

  it('plays through the real rules: every step accepted, chains intact, a spread of outcomes', async () => {
    const store = new MemoryEventStore();
    const summary = await loadDemo(store, { perYear: 150, firstYear: 2023, today: '2025-11-01' });
    // 150 in each of 2023/24 and 2024/25, and 2025/26 to 1 November at the same rate (150 × 214 ÷ 364 days, 88).
    expect(summary.complaints).toBe(388);
    expect(summary.escalated).toBeGreaterThan(10);
    expect(summary.referred).toBeGreaterThan(0);
    const all = await store.readAll();
    const streams = [...new Set(all.map((e) => e.stream))];
    expect(streams).toHaveLength(388);
    const statuses = new Set<string>();
    for (const stream of streams) {
      const events = await store.readStream(stream);
      expect(verifyStream(events).ok).toBe(true);
      statuses.add(
        statusOf(
          fold(events.map((e) => serializer.deserialize<ComplaintEvent>(e).event)).lifecycle,
        ).split('.')[0]!,
      );
    }
    // An open caseload now, varied outcomes at both stages, tenures, and every kind of ending.
    expect([...statuses]).toEqual(
      expect.arrayContaining(['closed', 'ombudsman', 'stage1', 'withdrawn', 'notAccepted']),
    );
    expect(all.some((e) => e.type === 'ExtensionNotified')).toBe(true);
    const data = all.map((e) => serializer.deserialize<ComplaintEvent>(e).event);
    const decisions = (type: string) =>
      new Set(
        data
          .filter((e) => e.type === type)
          .flatMap((e) => (e.data as unknown as { decisions: { decision: string }[] }).decisions)
          .map((d) => d.decision),
      );
    expect([...decisions('Stage1ResponseIssued')].sort()).toEqual([
      'NOT_UPHELD',
      'PARTLY_UPHELD',
      'UPHELD',
    ]);
    expect(decisions('Stage2FinalResponseIssued').size).toBe(3);
    const tenures = new Set(
      data
        .filter((e) => e.type === 'ComplaintReceived')
        .map((e) => (e.data as { tenure: string }).tenure),
    );
    expect([...tenures].sort()).toEqual(['LCHO', 'LCRA', 'OTHER']);
    const learning = new Set(
      data
        .filter((e) => e.type === 'ComplaintClosed')
        .map((e) => (e.data as { learning: string }).learning),
    );
    expect(learning.size).toBeGreaterThan(5);
  });

  it('says so when it is loaded again: nothing is appended and the message says what it did', async () => {
    const store = new MemoryEventStore();
    const options = { perYear: 10, firstYear: 2023, today: '2025-11-01' };
    const first = await loadDemo(store, options);
    const events = (await store.readAll()).length;
    expect(first).toMatchObject({ appendedEvents: events, alreadyLoaded: 0 });
    // Ten a year for two years, and the current year (2025/26) to 1 November.
    expect(first.complaints).toBeGreaterThan(20);
    expect(describeDemoLoad(first, '2023/24 and 2024/25', 'memory')[0]).toMatch(
      new RegExp(`^Loaded ${first.complaints} complaints .* into memory$`),
    );
    const again = await loadDemo(store, options);
    expect(await store.readAll()).toHaveLength(events);
    expect(again).toMatchObject({ appendedEvents: 0, alreadyLoaded: first.commands });
    expect(describeDemoLoad(again, '2023/24 and 2024/25', 'memory')).toEqual([
      `Nothing appended: the demo data (${first.complaints} complaints for 2023/24 and 2024/25) is already loaded in memory`,
    ]);
  });
});
