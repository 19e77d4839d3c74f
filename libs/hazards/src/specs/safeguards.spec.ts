import { defaultCalendar } from '@redress/complaints';
import { computeHazardClocks } from '../clocks/compute-hazard-clocks';
import { AWAABS_LAW_PHASE_1 } from '../policy/awaabs-law-phase1.policy';
import { hazardCommands as h } from '../testing/command-builders';
import { hazardContextAt } from '../testing/context';
import { HAZARD_HISTORIES } from '../testing/histories';
import { given } from '../testing/specification';

describe('suitable alternative accommodation when the home cannot be made safe in time', () => {
  const ctx = hazardContextAt('2026-03-13T10:00:00Z');

  it('is offered at the landlord’s cost and the answer recorded', () => {
    given(HAZARD_HISTORIES.remedying().events)
      .when(h.offerAccommodation(), ctx)
      .then([
        {
          type: 'AlternativeAccommodationOffered',
          data: {
            at: '2026-03-13T10:00:00.000Z',
            effectiveOn: '2026-03-13',
            accommodation: 'Two-bedroom flat at 4 Elm Road, furnished',
            reason: 'The home cannot be made safe within the time allowed',
            atLandlordsCost: true,
            answer: 'ACCEPTED',
          },
        },
      ]);
  });

  it('may be offered during the investigation, and a refusal is kept as a fact', () => {
    const declined = given(HAZARD_HISTORIES.emergencyInvestigating().events)
      .when(h.offerAccommodation({ answer: 'DECLINED' }), hazardContextAt('2026-05-24T15:00:00Z'))
      .events();
    expect(declined[0]?.data).toMatchObject({ answer: 'DECLINED' });
  });

  it('refuses an offer the tenant would pay for, or without saying what and why', () => {
    const history = HAZARD_HISTORIES.remedying().events;
    given(history)
      .when(h.offerAccommodation({ atLandlordsCost: false }), ctx)
      .thenThrows('ACCOMMODATION_AT_LANDLORDS_COST');
    given(history)
      .when(h.offerAccommodation({ accommodation: '' }), ctx)
      .thenThrows('INVALID_COMMAND');
    given(history)
      .when(h.offerAccommodation({ answer: 'MAYBE' as never }), ctx)
      .thenThrows('INVALID_COMMAND');
  });

  it('is not recorded on a closed or out-of-scope case', () => {
    given(HAZARD_HISTORIES['closed.resolved']().events)
      .when(h.offerAccommodation(), hazardContextAt('2026-06-01T10:00:00Z'))
      .thenThrows('ILLEGAL_TRANSITION');
    given(HAZARD_HISTORIES.outOfScope().events)
      .when(h.offerAccommodation(), ctx)
      .thenThrows('ILLEGAL_TRANSITION');
  });
});

describe('the reasonable endeavours defence, with its evidence', () => {
  const late = hazardContextAt('2026-03-24T10:00:00Z'); // safety work was due Thu 19 Mar

  it('is recorded for a clocked step and shown beside the clock, which stays missed', () => {
    const history = HAZARD_HISTORIES.remedying().events;
    const command = h.reasonableEndeavours();
    given(history)
      .when(command, late)
      .then([
        {
          type: 'ReasonableEndeavoursRecorded',
          data: {
            at: '2026-03-24T10:00:00.000Z',
            effectiveOn: '2026-03-24',
            step: 'SAFETY_WORK',
            explanation: 'The tenant refused access on three booked visits',
            evidence: ['Call log 2026-03-10 09:05', 'Card left 2026-03-11', 'Letter of 2026-03-12'],
          },
        },
      ]);
    const s = HAZARD_HISTORIES.remedying().at('2026-03-24T10:00:00Z', command);
    const safety = computeHazardClocks(
      s.state.hazard!,
      '2026-03-24T10:00:00Z',
      defaultCalendar(),
      AWAABS_LAW_PHASE_1,
    ).find((c) => c.step === 'SAFETY_WORK');
    expect(safety).toMatchObject({
      status: 'missed',
      workingDaysOverdue: 3,
      reasonableEndeavours: {
        explanation: 'The tenant refused access on three booked visits',
        evidence: ['Call log 2026-03-10 09:05', 'Card left 2026-03-11', 'Letter of 2026-03-12'],
      },
    });
  });

  it('needs evidence: an empty list or blank entries are refused', () => {
    const history = HAZARD_HISTORIES.remedying().events;
    given(history)
      .when(h.reasonableEndeavours({ evidence: [] }), late)
      .thenThrows('EVIDENCE_REQUIRED');
    given(history)
      .when(h.reasonableEndeavours({ evidence: [' '] }), late)
      .thenThrows('EVIDENCE_REQUIRED');
  });

  it('names a step with a clock on this case: a significant hazard has no 24-hour make-safe clock', () => {
    given(HAZARD_HISTORIES.remedying().events)
      .when(h.reasonableEndeavours({ step: 'EMERGENCY_MAKE_SAFE' }), late)
      .thenThrows('STEP_NOT_APPLICABLE');
    given(HAZARD_HISTORIES.remedying().events)
      .when(h.reasonableEndeavours({ step: 'LUCK' as never }), late)
      .thenThrows('INVALID_COMMAND');
  });

  it('for an emergency, against the 24-hour clock', () => {
    const [event] = given(HAZARD_HISTORIES.emergencyInvestigating().events)
      .when(
        h.reasonableEndeavours({ step: 'EMERGENCY_MAKE_SAFE' }),
        hazardContextAt('2026-05-26T10:00:00Z'),
      )
      .events();
    expect(event?.data).toMatchObject({ step: 'EMERGENCY_MAKE_SAFE' });
  });
});
