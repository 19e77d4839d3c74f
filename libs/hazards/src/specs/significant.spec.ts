import { defaultCalendar } from '@redress/complaints';
import { computeHazardClocks } from '../clocks/compute-hazard-clocks';
import { hazardStatusOf } from '../lifecycle/lifecycle';
import type { HazardStep } from '../model/hazard-step';
import { AWAABS_LAW_PHASE_1 } from '../policy/awaabs-law-phase1.policy';
import { hazardCommands as h } from '../testing/command-builders';
import { hazardContextAt } from '../testing/context';
import { HAZARD_HISTORIES } from '../testing/histories';
import { HazardScenario } from '../testing/scenario';
import { given } from '../testing/specification';

const clock = (s: HazardScenario, asOf: string, step: HazardStep) =>
  computeHazardClocks(s.state.hazard!, asOf, defaultCalendar(), AWAABS_LAW_PHASE_1).find(
    (c) => c.step === step,
  );

describe('significant hazard (phase 1: damp and mould)', () => {
  describe('investigating: Reg 6, investigate within 10 working days of awareness', () => {
    const s = HAZARD_HISTORIES.investigating;

    it('pending: aware Mon 2 Mar 2026, due Mon 16 Mar, 7 working days left on Thu 5 Mar', () => {
      expect(clock(s(), '2026-03-05T12:00:00Z', 'INVESTIGATION')).toEqual({
        step: 'INVESTIGATION',
        provision: 'SI 2025/1042 Reg 6',
        unit: 'WORKING_DAYS',
        startedAt: '2026-03-02T10:00:00.000Z',
        dueOn: '2026-03-16',
        completedAt: undefined,
        status: 'pending',
        workingDaysRemaining: 7,
      });
    });

    it('met: concluded Thu 12 Mar', () => {
      expect(
        clock(HAZARD_HISTORIES.remedying(), '2026-03-20T12:00:00Z', 'INVESTIGATION'),
      ).toMatchObject({
        status: 'met',
        completedAt: '2026-03-12T15:00:00.000Z',
      });
    });

    it('missed: 2 working days overdue on Wed 18 Mar; a late finding stays missed by 1', () => {
      expect(clock(s(), '2026-03-18T12:00:00Z', 'INVESTIGATION')).toMatchObject({
        status: 'missed',
        workingDaysOverdue: 2,
      });
      const late = s().at('2026-03-17T09:00:00Z', h.conclude());
      expect(clock(late, '2026-04-30T12:00:00Z', 'INVESTIGATION')).toMatchObject({
        status: 'missed',
        workingDaysOverdue: 1,
      });
    });

    it('across Easter 2026: aware Wed 1 Apr, due Fri 17 Apr (Good Friday and Easter Monday skipped)', () => {
      const easter = HazardScenario.start()
        .at('2026-04-01T09:00:00Z', h.report())
        .at('2026-04-01T09:30:00Z', h.classify());
      expect(clock(easter, '2026-04-01T09:30:00Z', 'INVESTIGATION')?.dueOn).toBe('2026-04-17');
    });

    it('facts after the as-of instant are not yet known (before classification no clock runs)', () => {
      expect(clock(s(), '2026-03-02T10:30:00Z', 'INVESTIGATION')).toBeUndefined();
      expect(
        clock(HAZARD_HISTORIES.remedying(), '2026-03-12T14:00:00Z', 'INVESTIGATION')?.status,
      ).toBe('pending');
    });

    it('records the finding with its reasons; preventative work is owed unless said otherwise', () => {
      given(s().events)
        .when(h.conclude(), hazardContextAt('2026-03-12T15:00:00Z'))
        .then([
          {
            type: 'InvestigationConcluded',
            data: {
              at: '2026-03-12T15:00:00.000Z',
              effectiveOn: '2026-03-12',
              finding: 'HAZARD',
              reasons: 'Surveyor found penetrating damp from a failed gutter; mould on two walls',
              preventativeWorkRequired: true,
            },
          },
        ]);
    });

    it('a finding needs its reasons, and cannot predate awareness', () => {
      const ctx = hazardContextAt('2026-03-12T15:00:00Z');
      given(s().events)
        .when(h.conclude({ reasons: ' ' }), ctx)
        .thenThrows('REASONS_REQUIRED');
      given(s().events)
        .when(h.conclude({ at: '2026-03-01T09:00:00Z', backdateReason: 'Typed late' }), ctx)
        .thenThrows('TIME_BEFORE_PREVIOUS_STEP');
    });

    it('work and the summary wait for the finding; a significant hazard is not "made safe" in 24 hours', () => {
      const ctx = hazardContextAt('2026-03-05T12:00:00Z');
      given(s().events).when(h.safetyWork(), ctx).thenThrows('ILLEGAL_TRANSITION');
      given(s().events).when(h.summary(), ctx).thenThrows('ILLEGAL_TRANSITION');
      given(s().events).when(h.makeSafe(), ctx).thenThrows('STEP_NOT_APPLICABLE');
      given(s().events).when(h.close(), ctx).thenThrows('ILLEGAL_TRANSITION');
    });
  });

  describe('closed.noHazard: a finding of no hazard closes the case with its reasons', () => {
    it('closes the case; the tenant is still sent the findings (Reg 9)', () => {
      const s = HAZARD_HISTORIES['closed.noHazard']();
      expect(hazardStatusOf(s.state.lifecycle)).toBe('closed.noHazard');
      expect(s.state.hazard?.investigation?.detail).toEqual({
        finding: 'NO_HAZARD',
        reasons: 'Condensation from drying clothes; no mould',
        preventativeWorkRequired: false,
      });
      const clocks = computeHazardClocks(
        s.state.hazard!,
        '2026-03-06T12:00:00Z',
        defaultCalendar(),
        AWAABS_LAW_PHASE_1,
      );
      expect(clocks.map((c) => [c.step, c.status])).toEqual([
        ['INVESTIGATION', 'met'],
        ['WRITTEN_SUMMARY', 'pending'],
      ]);
      const ctx = hazardContextAt('2026-03-06T12:00:00Z');
      expect(given(s.events).when(h.summary(), ctx).events()[0]?.type).toBe('WrittenSummarySent');
      given(s.events).when(h.safetyWork(), ctx).thenThrows('ILLEGAL_TRANSITION');
      given(s.events).when(h.offerAccommodation(), ctx).thenThrows('ILLEGAL_TRANSITION');
    });
  });

  describe('remedying: Reg 9 summary and Reg 11(2)(a) safety work, from the finding', () => {
    const s = HAZARD_HISTORIES.remedying;

    it('Reg 9: concluded Thu 12 Mar, written summary due Tue 17 Mar; met when sent that day', () => {
      expect(clock(s(), '2026-03-12T15:00:00Z', 'WRITTEN_SUMMARY')).toMatchObject({
        provision: 'SI 2025/1042 Reg 9',
        dueOn: '2026-03-17',
        workingDaysRemaining: 3,
      });
      const sent = s().at('2026-03-17T16:00:00Z', h.summary());
      expect(clock(sent, '2026-03-17T16:00:00Z', 'WRITTEN_SUMMARY')?.status).toBe('met');
    });

    it('Reg 9: missed by 1 working day when sent Wed 18 Mar', () => {
      const sent = s().at('2026-03-18T09:00:00Z', h.summary());
      expect(clock(sent, '2026-03-18T09:00:00Z', 'WRITTEN_SUMMARY')).toMatchObject({
        status: 'missed',
        workingDaysOverdue: 1,
      });
    });

    it('Reg 11(2)(a): relevant safety work due Thu 19 Mar; pending, met, missed', () => {
      expect(clock(s(), '2026-03-16T12:00:00Z', 'SAFETY_WORK')).toMatchObject({
        provision: 'SI 2025/1042 Reg 11(2)(a)',
        dueOn: '2026-03-19',
        status: 'pending',
        workingDaysRemaining: 3,
      });
      const done = s().at('2026-03-19T17:00:00Z', h.safetyWork());
      expect(clock(done, '2026-03-19T17:00:00Z', 'SAFETY_WORK')?.status).toBe('met');
      expect(clock(s(), '2026-03-24T12:00:00Z', 'SAFETY_WORK')).toMatchObject({
        status: 'missed',
        workingDaysOverdue: 3,
      });
    });

    it('records the safety work and the summary in full', () => {
      const ctx = hazardContextAt('2026-03-16T09:00:00Z');
      given(s().events)
        .when(h.summary(), ctx)
        .then([
          {
            type: 'WrittenSummarySent',
            data: {
              at: '2026-03-16T09:00:00.000Z',
              effectiveOn: '2026-03-16',
              method: 'Letter and email',
              summary: 'Damp from a failed gutter; gutter and mould treatment booked',
            },
          },
        ]);
      given(s().events)
        .when(h.safetyWork(), ctx)
        .then([
          {
            type: 'SafetyWorkCompleted',
            data: {
              at: '2026-03-16T09:00:00.000Z',
              effectiveOn: '2026-03-16',
              work: 'Mould washed and treated; gutter cleared',
            },
          },
        ]);
    });

    it('each step is recorded once', () => {
      const sent = s()
        .at('2026-03-16T09:00:00Z', h.summary())
        .at('2026-03-16T10:00:00Z', h.safetyWork());
      const ctx = hazardContextAt('2026-03-16T11:00:00Z');
      given(sent.events).when(h.summary(), ctx).thenThrows('STEP_ALREADY_RECORDED');
      given(sent.events).when(h.safetyWork(), ctx).thenThrows('STEP_ALREADY_RECORDED');
    });

    it('closing is refused while steps are owed, naming them', () => {
      const ctx = hazardContextAt('2026-03-16T11:00:00Z');
      given(s().events).when(h.close(), ctx).thenThrows('STEPS_OUTSTANDING');
    });
  });

  describe('closed.resolved', () => {
    it('closes when the safety work, summary and preventative work are all done', () => {
      const done = HAZARD_HISTORIES.worksDone();
      given(done.events)
        .when(h.close(), hazardContextAt('2026-05-21T10:00:00Z'))
        .then([
          {
            type: 'HazardClosed',
            data: {
              at: '2026-05-21T10:00:00.000Z',
              effectiveOn: '2026-05-21',
              summary: 'Safe; preventative work complete',
            },
          },
        ]);
      const closed = HAZARD_HISTORIES['closed.resolved']();
      expect(hazardStatusOf(closed.state.lifecycle)).toBe('closed.resolved');
      given(closed.events)
        .when(h.summary(), hazardContextAt('2026-05-22T10:00:00Z'))
        .thenThrows('ILLEGAL_TRANSITION');
    });
  });
});
