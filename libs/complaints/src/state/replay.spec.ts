import fc from 'fast-check';
import { initialTransition, transition } from 'xstate';
import { complaintMachine } from '../lifecycle/complaint.machine';
import { COMPLAINT_EVENT_TYPES, type ComplaintEvent } from '../events/complaint-event';
import { statusOf } from '../lifecycle/lifecycle';
import { commands as c } from '../testing/command-builders';
import { HISTORIES, HISTORY_NAMES } from '../testing/histories';
import { Scenario } from '../testing/scenario';
import { evolve, fold, initialState } from './evolve';

/** One history that holds every event type at least once. */
function everyEventType(): Scenario {
  return Scenario.start()
    .on('2025-04-17', c.log())
    .on('2025-04-18', c.adjustment())
    .on('2025-04-18', c.vulnerability())
    .on('2025-04-18', c.correctTenure())
    .on('2025-04-18', c.linkHazard())
    .on('2025-04-22', c.acknowledge1())
    .on('2025-04-23', c.raiseIssue())
    .on('2025-04-24', c.reassign())
    .on('2025-05-02', c.extend({ newDueOn: '2025-05-14' }))
    .on(
      '2025-05-09',
      c.respond1({
        decisions: [
          { issueId: 'S1-I1', decision: 'UPHELD', reasons: 'Late' },
          { issueId: 'S1-I2', decision: 'UPHELD', reasons: 'Late' },
        ],
      }),
      'carol',
    )
    .on('2025-05-12', c.completeAction())
    .on('2025-05-13', c.requestEscalation())
    .on('2025-05-15', c.acknowledge2())
    .on('2025-05-20', c.respond2(), 'bob')
    .on('2025-05-21', c.close({ outcome: 'NOT_UPHELD' }))
    .on('2025-07-01', c.referral())
    .on('2025-10-01', c.determination())
    .on('2025-10-01', c.order({ dueOn: '2025-10-29' }))
    .on('2025-10-20', c.compliance());
}

describe('replaying stored history (architecture decision 2)', () => {
  it('the exhaustive event list matches the union (a missing name fails to compile)', () => {
    expect(new Set(COMPLAINT_EVENT_TYPES).size).toBe(22);
  });

  it('folds a history holding every event type into the record it describes', () => {
    const scenario = everyEventType();
    const types = new Set(scenario.events.map((e) => e.type));
    const others = [...HISTORY_NAMES].flatMap((n) => HISTORIES[n]().events.map((e) => e.type));
    for (const t of others) types.add(t);
    expect([...types].sort()).toEqual([...COMPLAINT_EVENT_TYPES].sort());

    let state = initialState();
    for (const event of [...scenario.events, ...HISTORIES.notAccepted().events.slice(1)]) {
      const next = evolve(state, event);
      expect(next).not.toBe(state);
      state = next;
    }
    const record = fold(scenario.events).complaint!;
    expect(record.version).toBe(scenario.events.length);
    expect(record.stage1.handlers).toEqual(['alice', 'carol']);
    expect(record.stage1.extensions).toHaveLength(1);
    expect(record.tenure).toBe('LCHO');
    expect(record.actions.find((a) => a.actionId === 'S1-R1')?.completedOn).toBe('2025-05-12');
    expect(record.ombudsman?.orders[0]?.compliedOn).toBe('2025-10-20');
    expect(record.hazardIds).toEqual(['a3c0f2de-0000-4000-8000-000000000001']);
  });

  it('never throws, whatever order stored events come in (old or damaged history)', () => {
    const pool: ComplaintEvent[] = [
      ...everyEventType().events,
      ...HISTORIES.notAccepted().events,
      ...HISTORIES.withdrawn().events,
      ...HISTORIES.escalationRefused().events,
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 40 }), (events) => {
        const state = fold(events);
        expect(typeof statusOf(state.lifecycle)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('the cached lifecycle steps agree with the machine run step by step', () => {
    const pool = [...everyEventType().events, ...HISTORIES.withdrawn().events];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 30 }), (events) => {
        let direct = initialTransition(complaintMachine)[0];
        for (const e of events) direct = transition(complaintMachine, direct, e)[0];
        const cached = fold(events).lifecycle;
        expect(cached.value).toEqual(direct.value);
        expect(cached.context).toEqual(direct.context);
      }),
      { numRuns: 200 },
    );
  });

  it('damaged history: a repeated compliance does not close an order still open', () => {
    const twoOrders = HISTORIES['ombudsman.ordersOpen']().on(
      '2025-10-02',
      c.order({ orderType: 'APOLOGY', amountPence: undefined, dueOn: '2025-10-16' }),
    );
    const firstComplied = twoOrders.on('2025-10-03', c.compliance());
    const repeated = [...firstComplied.events, firstComplied.events.at(-1)!];
    expect(statusOf(fold(repeated).lifecycle)).toBe('ombudsman.ordersOpen');
    expect(fold(repeated).complaint?.ombudsman?.orders.map((o) => o.compliedOn)).toEqual([
      '2025-10-03',
      undefined,
    ]);
  });

  it('damaged history: events with missing payload parts are folded without throwing', () => {
    const base = HISTORIES['stage1.awaitingResponse']().events;
    const broken = [
      ...base,
      { type: 'ExtensionNotified' } as unknown as ComplaintEvent,
      {
        type: 'Stage1ResponseIssued',
        data: { effectiveOn: '2025-05-01' },
      } as unknown as ComplaintEvent,
      { type: 'ComplaintClosed', data: { effectiveOn: '2025-05-02' } } as unknown as ComplaintEvent,
    ];
    expect(() => fold(broken)).not.toThrow();
    expect(statusOf(fold(broken).lifecycle)).toBe('closed.afterStage1');
  });

  it('an event the machine does not accept leaves the lifecycle where it was', () => {
    const received = HISTORIES.received();
    const stray = HISTORIES['ombudsman.determined']().events.at(-1)!;
    expect(statusOf(evolve(received.state, stray).lifecycle)).toBe('received');
  });
});
