import { COMPLAINT_ERRORS } from '../../errors/error-codes';
import { LIFECYCLE_STATUSES, statusOf } from '../../lifecycle/lifecycle';
import { fold } from '../../state/evolve';
import { commands as c } from '../../testing/command-builders';
import { contextOn } from '../../testing/context';
import { HISTORIES, HISTORY_NAMES } from '../../testing/histories';
import { given } from '../../testing/specification';

/** Defects found by trying Redress as a new user would, each pinned by a test. */
describe('found in use', () => {
  const stage1Open = () => HISTORIES['stage1.awaitingResponse']().events; // response due Wed 7 May 2025
  const stage2Open = () => HISTORIES['stage2.awaitingResponse']().events; // due Fri 6 Jun, cap Fri 4 Jul

  it('a Stage 2 extension beyond the cap cites the Stage 2 rule, not CHC 6.4', () => {
    const outcome = given(stage2Open()).when(
      c.extend({ stage: 2, newDueOn: '2025-07-07' }),
      contextOn('2025-06-02'),
    ).outcome;
    expect(outcome).toMatchObject({ error: { code: 'STAGE2_EXTENSION_EXCEEDS_CAP' } });
    const error = (outcome as { error: { provision: string; message: string } }).error;
    expect(error.provision).not.toBe('CHC 6.4');
    expect(error.message).toMatch(/Stage 2 response may be extended to 2025-07-04/);
    expect(COMPLAINT_ERRORS.EXTENSION_EXCEEDS_CAP.provision).toBe('CHC 6.4');
  });

  it.each([
    ['a Saturday', '2025-05-10', '2025-05-12'],
    ['the Spring bank holiday', '2025-05-26', '2025-05-27'],
  ])('an extension to %s is refused, naming the next working day', (_, newDueOn, next) => {
    const outcome = given(stage1Open()).when(
      c.extend({ newDueOn }),
      contextOn('2025-05-06'),
    ).outcome;
    expect(outcome).toMatchObject({ error: { code: 'EXTENSION_NOT_WORKING_DAY' } });
    expect((outcome as { error: Error }).error.message).toContain(`next working day is ${next}`);
  });

  it('CHC 6.13: "Alice" at Stage 2 is the "alice" who handled Stage 1', () => {
    const requested = HISTORIES['stage2.requested']().events;
    const ctx = contextOn('2025-05-08');
    expect(
      given(requested)
        .when(c.acknowledge2({ handlerId: 'Alice' }), ctx)
        .refusal(),
    ).toBe('STAGE2_HANDLER_CONFLICT');
    expect(
      given(requested)
        .when(c.acknowledge2({ handlerId: ' ALICE ' }), ctx)
        .refusal(),
    ).toBe('STAGE2_HANDLER_CONFLICT');
    expect(
      given(requested)
        .when(c.acknowledge2({ handlerId: 'Bob' }), ctx)
        .events(),
    ).toHaveLength(1);
  });

  it('a historic reasonable adjustment keeps its review date (judged on the business date, CHC 3.1)', () => {
    const history = HISTORIES.received().events; // received 17 Apr 2025
    const backdated = c.adjustment({
      effectiveOn: '2025-04-18',
      backdateReason: 'Recorded on paper at the time',
      reviewOn: '2025-10-18',
    });
    expect(given(history).when(backdated, contextOn('2026-01-05')).events()[0]?.data).toMatchObject(
      { reviewOn: '2025-10-18' },
    );
    expect(
      given(history)
        .when({ ...backdated, reviewOn: '2025-04-17' }, contextOn('2026-01-05'))
        .refusal(),
    ).toBe('INVALID_COMMAND');
  });

  it('ILLEGAL_TRANSITION says what cannot be done in plain words', () => {
    const responded = HISTORIES['stage1.responded']().events;
    const outcome = given(responded).when(c.respond1(), contextOn('2025-05-02')).outcome;
    expect((outcome as { error: Error }).error.message).toBe(
      'You cannot issue a Stage 1 response now: a Stage 1 response has already been issued for this complaint.',
    );
    // Every state a complaint can be in has plain words (no machine path leaks through).
    for (const name of HISTORY_NAMES.filter((n) => n !== 'new' && n !== 'received')) {
      const history = HISTORIES[name]().events;
      expect(LIFECYCLE_STATUSES).toContain(statusOf(fold(history).lifecycle));
      const refused = given(history).when(c.acknowledge1(), contextOn('2026-01-05')).outcome;
      expect(refused).toMatchObject({ error: { code: 'ILLEGAL_TRANSITION' } });
      const message = (refused as { error: Error }).error.message;
      expect(message).toMatch(/^You cannot acknowledge the complaint at Stage 1 now: [a-zS]/);
      expect(message).not.toMatch(/AcknowledgeStage1|[a-z]\.[a-z]+[A-Z]/);
    }
    const withdrawn = given(HISTORIES.withdrawn().events).when(
      c.acknowledge1(),
      contextOn('2025-04-28'),
    ).outcome;
    expect((withdrawn as { error: Error }).error.message).toBe(
      'You cannot acknowledge the complaint at Stage 1 now: the complaint was withdrawn.',
    );
  });
});
