import fc from 'fast-check';
import type { ComplaintEvent } from '../events/complaint-event';
import { commands as c } from '../testing/command-builders';
import { HISTORIES, HISTORY_NAMES } from '../testing/histories';
import { evolve, fold, initialState } from './evolve';
import type { ComplaintState } from './complaint-state';

/** Frozen all the way down: changing anything in it throws (modules run in strict mode). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The named histories, and one that grows every list the record keeps. */
const busy = HISTORIES.received()
  .on('2025-04-18', c.adjustment())
  .on('2025-04-18', c.vulnerability())
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
  .on('2025-05-13', c.close());
const histories = [...HISTORY_NAMES.map((name) => HISTORIES[name]().events), busy.events];
const pool = histories.flat();

const stepByStep = (events: readonly ComplaintEvent[], from: ComplaintState = initialState()) =>
  events.reduce(evolve, from);

describe('fold: one copy of the record, lists grown in place, the same answer as evolve', () => {
  it('gives what evolve gives event by event, for every named history', () => {
    for (const events of histories) expect(fold(events)).toEqual(stepByStep(events));
  });

  it('never changes the state it starts from or the events it is given', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...histories),
        fc.array(fc.constantFrom(...pool), { maxLength: 25 }),
        (history, more) => {
          // Frozen: a fold that wrote to the caller's state or to a payload would throw here.
          const from = deepFreeze(fold(history));
          const expected = stepByStep(more, from);
          expect(fold(deepFreeze([...more]), from)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a fold continued later leaves the state it returned first as it was', () => {
    const stage1 = HISTORIES['stage1.responded']();
    const first = fold(stage1.events);
    const before = structuredClone(first.complaint);
    const later = stage1.on('2025-05-20', c.completeAction()).on('2025-05-21', c.close());
    fold(later.events.slice(stage1.events.length), first);
    expect(first.complaint).toEqual(before);
  });

  it('folds a long run of adjustments into every one of them, in order', () => {
    let history = HISTORIES.received();
    for (let i = 0; i < 300; i++)
      history = history.on('2025-04-18', c.adjustment({ adjustment: `Adjustment ${i}` }));
    const record = fold(history.events).complaint!;
    expect(record.adjustments.map((a) => a.adjustment)).toEqual(
      Array.from({ length: 300 }, (_, i) => `Adjustment ${i}`),
    );
    expect(record).toEqual(stepByStep(history.events).complaint);
  });
});
