import { defaultCalendar } from '@redress/complaints';
import { computeHazardClocks } from '../clocks/compute-hazard-clocks';
import type { HazardStep } from '../model/hazard-step';
import { AWAABS_LAW_PHASE_1 } from '../policy/awaabs-law-phase1.policy';
import { hazardCommands as h } from '../testing/command-builders';
import { hazardContextAt } from '../testing/context';
import { HAZARD_HISTORIES } from '../testing/histories';
import type { HazardScenario } from '../testing/scenario';
import { given } from '../testing/specification';

const clock = (s: HazardScenario, asOf: string, step: HazardStep) =>
  computeHazardClocks(s.state.hazard!, asOf, defaultCalendar(), AWAABS_LAW_PHASE_1).find(
    (c) => c.step === step,
  );

describe('remedying: supplementary preventative work (Reg 13)', () => {
  const s = HAZARD_HISTORIES.remedying; // concluded Thu 12 Mar 2026

  it('Reg 13(2): begun within 5 working days of the finding: due Thu 19 Mar', () => {
    expect(clock(s(), '2026-03-13T12:00:00Z', 'PREVENTATIVE_WORK_START')).toMatchObject({
      provision: 'SI 2025/1042 Reg 13(2)',
      unit: 'WORKING_DAYS',
      dueOn: '2026-03-19',
      status: 'pending',
      workingDaysRemaining: 4,
    });
    const started = s().at('2026-03-18T09:00:00Z', h.startPreventative());
    expect(clock(started, '2026-03-18T09:00:00Z', 'PREVENTATIVE_WORK_START')?.status).toBe('met');
    expect(clock(s(), '2026-03-20T09:00:00Z', 'PREVENTATIVE_WORK_START')).toMatchObject({
      status: 'missed',
      workingDaysOverdue: 1,
    });
  });

  it('Reg 13(3)(b): not reasonably practicable, so physically started within 12 weeks: by Thu 4 Jun', () => {
    const deferred = s().at('2026-03-16T09:00:00Z', h.defer());
    expect(deferred.events.at(-1)).toEqual({
      type: 'PreventativeWorkDeferred',
      data: {
        at: '2026-03-16T09:00:00.000Z',
        effectiveOn: '2026-03-16',
        notReasonablyPracticableReason: 'Scaffold needs a highways licence (applied for)',
      },
    });
    expect(clock(deferred, '2026-03-20T09:00:00Z', 'PREVENTATIVE_WORK_START')).toMatchObject({
      provision: 'SI 2025/1042 Reg 13(3)(b)',
      unit: 'WEEKS',
      dueOn: '2026-06-04',
      status: 'pending',
    });
    const met = deferred.at('2026-06-04T08:00:00Z', h.startPreventative());
    expect(clock(met, '2026-06-04T08:00:00Z', 'PREVENTATIVE_WORK_START')?.status).toBe('met');
    const late = deferred.at('2026-06-05T08:00:00Z', h.startPreventative());
    expect(clock(late, '2026-06-05T08:00:00Z', 'PREVENTATIVE_WORK_START')).toMatchObject({
      status: 'missed',
      workingDaysOverdue: 1,
    });
  });

  it('Reg 13(3): a deferral needs its "not reasonably practicable" reason, and comes before the start', () => {
    const ctx = hazardContextAt('2026-03-16T09:00:00Z');
    given(s().events)
      .when(h.defer({ notReasonablyPracticableReason: '' }), ctx)
      .thenThrows('NOT_PRACTICABLE_REASON_REQUIRED');
    const started = s().at('2026-03-16T08:00:00Z', h.startPreventative()).events;
    given(started).when(h.defer(), ctx).thenThrows('STEP_ALREADY_RECORDED');
  });

  it('Reg 13(4): completed within a reasonable time — the target date recorded at the start', () => {
    const ctx = hazardContextAt('2026-03-18T09:00:00Z');
    given(s().events)
      .when(h.startPreventative({ targetCompletionOn: 'soon' }), ctx)
      .thenThrows('TARGET_DATE_REQUIRED');
    given(s().events)
      .when(h.startPreventative({ targetCompletionOn: '2026-03-17' }), ctx)
      .thenThrows('INVALID_COMMAND');
    given(s().events)
      .when(h.startPreventative({ targetCompletionOn: '2026-05-29' }), ctx)
      .then([
        {
          type: 'PreventativeWorkStarted',
          data: {
            at: '2026-03-18T09:00:00.000Z',
            effectiveOn: '2026-03-18',
            work: 'Replace gutter and install extractor fan',
            targetCompletionOn: '2026-05-29',
          },
        },
      ]);
  });

  it('Reg 13(4): the completion clock is met by the target date and missed after it', () => {
    const started = s().at(
      '2026-03-18T09:00:00Z',
      h.startPreventative({ targetCompletionOn: '2026-05-29' }),
    );
    expect(clock(started, '2026-05-01T09:00:00Z', 'PREVENTATIVE_WORK_COMPLETION')).toMatchObject({
      provision: 'SI 2025/1042 Reg 13(4)',
      unit: 'TARGET_DATE',
      dueOn: '2026-05-29',
      status: 'pending',
    });
    expect(
      clock(HAZARD_HISTORIES.worksDone(), '2026-06-30T09:00:00Z', 'PREVENTATIVE_WORK_COMPLETION')
        ?.status,
    ).toBe('met');
    const late = started.at('2026-06-02T09:00:00Z', h.completePreventative());
    expect(clock(late, '2026-06-02T09:00:00Z', 'PREVENTATIVE_WORK_COMPLETION')).toMatchObject({
      status: 'missed',
      workingDaysOverdue: 2,
    });
  });

  it('completion needs a start; nothing is owed when the finding says no preventative work is needed', () => {
    const ctx = hazardContextAt('2026-03-18T09:00:00Z');
    given(s().events)
      .when(h.completePreventative(), ctx)
      .thenThrows('PREVENTATIVE_WORK_NOT_STARTED');
    const none = HAZARD_HISTORIES.investigating().at(
      '2026-03-12T15:00:00Z',
      h.conclude({ preventativeWorkRequired: false }),
    );
    given(none.events)
      .when(h.startPreventative(), ctx)
      .thenThrows('PREVENTATIVE_WORK_NOT_REQUIRED');
    expect(clock(none, '2026-03-30T09:00:00Z', 'PREVENTATIVE_WORK_START')).toBeUndefined();
  });
});
