import { fold } from '../../state/evolve';
import { commands as c } from '../../testing/command-builders';
import { contextOn } from '../../testing/context';
import { HISTORIES } from '../../testing/histories';
import { given } from '../../testing/specification';

const HAZARD = 'a3c0f2de-0000-4000-8000-000000000001';

describe("linking an Awaab's Law hazard case (SI 2025/1042) to a complaint", () => {
  it('records the hazard case on the complaint, dated today', () => {
    const [event] = given(HISTORIES.received().events)
      .when(c.linkHazard({ hazardId: HAZARD }), contextOn('2025-04-18'))
      .events();
    expect(event).toEqual({
      type: 'HazardCaseLinked',
      data: { effectiveOn: '2025-04-18', hazardId: HAZARD },
    });
    const record = fold([...HISTORIES.received().events, event!]).complaint!;
    expect(record.hazardIds).toEqual([HAZARD]);
  });

  it('is a fact allowed after closure too, and leaves the lifecycle where it was', () => {
    const history = HISTORIES['closed.afterFinalResponse']().events;
    const [event] = given(history)
      .when(c.linkHazard({ hazardId: HAZARD }), contextOn('2025-07-01'))
      .events();
    expect(fold([...history, event!]).lifecycle.value).toEqual(fold(history).lifecycle.value);
  });

  it('records a link once: a repeated link produces no event', () => {
    const ctx = contextOn('2025-04-18');
    const [event] = given(HISTORIES.received().events).when(c.linkHazard(), ctx).events();
    expect(
      given([...HISTORIES.received().events, event!])
        .when(c.linkHazard(), ctx)
        .events(),
    ).toEqual([]);
  });

  it('refuses a link without a hazard id, or to a complaint that does not exist', () => {
    const ctx = contextOn('2025-04-18');
    expect(
      given(HISTORIES.received().events)
        .when(c.linkHazard({ hazardId: ' ' }), ctx)
        .refusal(),
    ).toBe('INVALID_COMMAND');
    expect(given([]).when(c.linkHazard(), ctx).refusal()).toBe('COMPLAINT_NOT_FOUND');
  });
});
