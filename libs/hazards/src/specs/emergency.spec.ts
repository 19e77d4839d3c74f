import { defaultCalendar } from '@redress/complaints';
import { computeHazardClocks } from '../clocks/compute-hazard-clocks';
import { londonTimeOf } from '../clocks/london-time';
import type { HazardStep } from '../model/hazard-step';
import { AWAABS_LAW_PHASE_1 } from '../policy/awaabs-law-phase1.policy';
import { hazardCommands as h } from '../testing/command-builders';
import { hazardContextAt } from '../testing/context';
import { HAZARD_HISTORIES } from '../testing/histories';
import { HazardScenario } from '../testing/scenario';
import { given } from '../testing/specification';

const gasLeak = h.classify({
  category: 'EMERGENCY',
  hazardType: 'UNCOMBUSTED_FUEL_GAS',
  reason: 'Gas leak',
});
const emergencyFrom = (awareAt: string) =>
  HazardScenario.start().at(awareAt, h.report()).at(awareAt, gasLeak);
const clock = (s: HazardScenario, asOf: string, step: HazardStep) =>
  computeHazardClocks(s.state.hazard!, asOf, defaultCalendar(), AWAABS_LAW_PHASE_1).find(
    (c) => c.step === step,
  );

describe('emergency hazard: investigate and make safe within 24 hours of awareness', () => {
  describe('investigating', () => {
    const history = () => HAZARD_HISTORIES.emergencyInvestigating().events;

    it('the home may be made safe at the first visit, before the findings are written', () => {
      given(history())
        .when(h.makeSafe(), hazardContextAt('2026-05-24T18:00:00Z'))
        .then([
          {
            type: 'MadeSafe',
            data: {
              at: '2026-05-24T18:00:00.000Z',
              effectiveOn: '2026-05-24',
              action: 'Gas supply capped and a Gas Safe engineer attended',
            },
          },
        ]);
    });

    it('relevant safety work (Reg 11(2)(a)) is for significant hazards; an emergency is made safe', () => {
      given(history())
        .when(h.safetyWork(), hazardContextAt('2026-05-24T18:00:00Z'))
        .thenThrows('STEP_NOT_APPLICABLE');
    });

    it('the home is made safe once', () => {
      const made = HAZARD_HISTORIES.emergencyInvestigating().at(
        '2026-05-24T18:00:00Z',
        h.makeSafe(),
      ).events;
      given(made)
        .when(h.makeSafe(), hazardContextAt('2026-05-24T19:00:00Z'))
        .thenThrows('STEP_ALREADY_RECORDED');
    });
  });

  describe('the 24-hour clock runs in hours through nights, weekends and bank holidays', () => {
    it('aware Fri 22 May 2026 18:00 BST: due Sat 23 May 18:00 BST, not after the bank-holiday weekend', () => {
      const s = emergencyFrom('2026-05-22T17:00:00Z');
      const c = clock(s, '2026-05-22T17:00:00Z', 'EMERGENCY_MAKE_SAFE');
      expect(c).toMatchObject({
        unit: 'HOURS',
        startedAt: '2026-05-22T17:00:00.000Z',
        dueAt: '2026-05-23T17:00:00.000Z',
        dueOn: '2026-05-23',
        status: 'pending',
        hoursRemaining: 24,
      });
      expect(londonTimeOf(c!.dueAt!)).toBe('2026-05-23 18:00 BST');
    });

    it('aware Sun 24 May 14:00 BST: due on the spring bank holiday, Mon 25 May 14:00 BST', () => {
      const s = HAZARD_HISTORIES.emergencyInvestigating();
      expect(clock(s, '2026-05-24T19:00:00Z', 'EMERGENCY_MAKE_SAFE')).toMatchObject({
        dueAt: '2026-05-25T13:00:00.000Z',
        status: 'pending',
        hoursRemaining: 18,
      });
      const made = s.at('2026-05-25T12:30:00Z', h.makeSafe());
      expect(clock(made, '2026-05-26T08:00:00Z', 'EMERGENCY_MAKE_SAFE')).toMatchObject({
        status: 'met',
        completedAt: '2026-05-25T12:30:00.000Z',
      });
    });

    it('missed by whole hours: any part of an hour late counts', () => {
      const s = HAZARD_HISTORIES.emergencyInvestigating();
      expect(clock(s, '2026-05-26T08:00:00Z', 'EMERGENCY_MAKE_SAFE')).toMatchObject({
        status: 'missed',
        hoursOverdue: 19,
      });
      const late = s.at('2026-05-25T13:10:00Z', h.makeSafe());
      expect(clock(late, '2026-05-27T00:00:00Z', 'EMERGENCY_MAKE_SAFE')).toMatchObject({
        status: 'missed',
        hoursOverdue: 1,
      });
    });

    it('across the last Sunday of October (25 Oct 2026, BST→GMT): 24 absolute hours, 11:00 GMT not 12:00', () => {
      const s = emergencyFrom('2026-10-24T11:00:00Z'); // Sat 24 Oct 12:00 BST
      const c = clock(s, '2026-10-25T00:30:00Z', 'EMERGENCY_INVESTIGATION');
      expect(c).toMatchObject({ dueAt: '2026-10-25T11:00:00.000Z', hoursRemaining: 10 });
      expect(londonTimeOf('2026-10-24T11:00:00Z')).toBe('2026-10-24 12:00 BST');
      expect(londonTimeOf(c!.dueAt!)).toBe('2026-10-25 11:00 GMT');
    });

    it('across the last Sunday of March (29 Mar 2026, GMT→BST): due at 13:00 BST', () => {
      const s = emergencyFrom('2026-03-28T12:00:00Z'); // Sat 28 Mar 12:00 GMT
      const c = clock(s, '2026-03-28T12:00:00Z', 'EMERGENCY_MAKE_SAFE');
      expect(londonTimeOf(c!.dueAt!)).toBe('2026-03-29 13:00 BST');
    });

    it('the investigation has the same 24 hours; met when the finding is recorded in time', () => {
      const s = HAZARD_HISTORIES.emergencyInvestigating().at(
        '2026-05-25T09:00:00Z',
        h.conclude({ reasons: 'Leak at the meter union' }),
      );
      expect(clock(s, '2026-05-25T09:00:00Z', 'EMERGENCY_INVESTIGATION')).toMatchObject({
        status: 'met',
        completedAt: '2026-05-25T09:00:00.000Z',
      });
    });

    it('Reg 9 for an emergency: the written summary is due 3 working days after the finding (bank holiday skipped)', () => {
      const s = HAZARD_HISTORIES.emergencyInvestigating().at(
        '2026-05-25T09:00:00Z',
        h.conclude({ reasons: 'Leak at the meter union' }),
      );
      expect(clock(s, '2026-05-25T09:00:00Z', 'WRITTEN_SUMMARY')).toMatchObject({
        unit: 'WORKING_DAYS',
        dueOn: '2026-05-28',
        workingDaysRemaining: 3,
      });
      expect(clock(s, '2026-05-25T09:00:00Z', 'SAFETY_WORK')).toBeUndefined();
    });

    it('a finding of no hazard stops the make-safe clock (cancelled, not missed)', () => {
      const s = HAZARD_HISTORIES.emergencyInvestigating().at(
        '2026-05-24T20:00:00Z',
        h.conclude({ finding: 'NO_HAZARD', reasons: 'Smell came from drains outside' }),
      );
      expect(clock(s, '2026-05-30T00:00:00Z', 'EMERGENCY_MAKE_SAFE')?.status).toBe('cancelled');
      expect(clock(s, '2026-05-30T00:00:00Z', 'EMERGENCY_INVESTIGATION')?.status).toBe('met');
    });
  });

  describe('remedying', () => {
    const concluded = () =>
      HAZARD_HISTORIES.emergencyInvestigating()
        .at('2026-05-24T18:00:00Z', h.makeSafe())
        .at('2026-05-24T19:00:00Z', h.conclude({ preventativeWorkRequired: false }));

    it('closes once made safe and the summary is sent (no preventative work needed)', () => {
      const ready = concluded().at('2026-05-26T10:00:00Z', h.summary());
      const [event] = given(ready.events)
        .when(h.close(), hazardContextAt('2026-05-26T11:00:00Z'))
        .events();
      expect(event?.type).toBe('HazardClosed');
    });

    it('refuses to close while the summary is owed (Reg 9)', () => {
      given(concluded().events)
        .when(h.close(), hazardContextAt('2026-05-26T11:00:00Z'))
        .thenThrows('STEPS_OUTSTANDING');
    });
  });
});
