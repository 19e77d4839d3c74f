import { computeHazardClocks } from '../clocks/compute-hazard-clocks';
import { hazardStatusOf } from '../lifecycle/lifecycle';
import { AWAABS_LAW_PHASE_1 } from '../policy/awaabs-law-phase1.policy';
import { HazardPolicyRegistry } from '../policy/hazard-policy-registry';
import { defaultCalendar } from '@redress/complaints';
import { hazardCommands as h } from '../testing/command-builders';
import { hazardContextAt } from '../testing/context';
import { HAZARD_HISTORIES } from '../testing/histories';
import { HazardScenario } from '../testing/scenario';
import { given } from '../testing/specification';

const NOW = '2026-03-02T10:00:00Z';
const ctx = hazardContextAt(NOW);

describe('new: reporting a hazard (awareness by any route; SI 2025/1042)', () => {
  it('records the instant of awareness and decides scope from the tenure in the same step', () => {
    given([])
      .when(h.report(), ctx)
      .then([
        {
          type: 'HazardReported',
          data: {
            at: '2026-03-02T10:00:00.000Z',
            effectiveOn: '2026-03-02',
            hazardId: 'h-0001',
            route: 'CALL',
            tenure: 'SOCIAL_RENT_SECURE',
            residentRef: 'R-100',
            propertyRef: 'P-200',
            description: 'Black mould spreading across the bedroom ceiling; child with asthma',
            complaintId: undefined,
            recordedAt: '2026-03-02T10:00:00.000Z',
          },
        },
        {
          type: 'ScopeDecided',
          data: {
            at: '2026-03-02T10:00:00.000Z',
            effectiveOn: '2026-03-02',
            inScope: true,
            basis: 'TENURE_IN_SCOPE',
            tenure: 'SOCIAL_RENT_SECURE',
            policyVersion: 'awaab-2025.1',
            explanation: 'SOCIAL_RENT_SECURE is a social housing tenancy under policy awaab-2025.1',
          },
        },
      ]);
  });

  it('a contractor’s note from yesterday starts the clock then: an earlier day needs a reason', () => {
    const note = h.report({ route: 'CONTRACTOR_NOTE', at: '2026-03-01T16:20:00Z' });
    given([]).when(note, ctx).thenThrows('BACKDATE_REASON_REQUIRED');
    const [reported, scope] = given([])
      .when({ ...note, backdateReason: 'Contractor’s job sheet handed in this morning' }, ctx)
      .events();
    expect(reported?.data).toMatchObject({
      at: '2026-03-01T16:20:00.000Z',
      effectiveOn: '2026-03-01',
      recordedAt: '2026-03-02T10:00:00.000Z',
      backdateReason: 'Contractor’s job sheet handed in this morning',
    });
    expect(scope?.data.at).toBe('2026-03-02T10:00:00.000Z');
  });

  it('refuses an awareness instant in the future, or without a zone', () => {
    given([])
      .when(h.report({ at: '2026-03-02T10:00:01Z' }), ctx)
      .thenThrows('TIME_IN_FUTURE');
    given([])
      .when(h.report({ at: '2026-03-02T09:00:00' }), ctx)
      .thenThrows('INVALID_COMMAND');
  });

  it('a hazard raised inside a complaint names that complaint (HOS: "recognised and recorded")', () => {
    given([])
      .when(h.report({ route: 'COMPLAINT' }), ctx)
      .thenThrows('COMPLAINT_ID_REQUIRED');
    const s = HazardScenario.start().at(NOW, h.report({ route: 'COMPLAINT', complaintId: 'c-7' }));
    expect(s.state.hazard?.complaintIds).toEqual(['c-7']);
  });

  it('refuses a second report on the same case, and unknown routes or tenures', () => {
    given(HAZARD_HISTORIES.awaitingClassification().events)
      .when(h.report(), ctx)
      .thenThrows('HAZARD_ALREADY_REPORTED');
    given([])
      .when(h.report({ route: 'PIGEON' as never }), ctx)
      .thenThrows('INVALID_COMMAND');
    given([])
      .when(h.report({ tenure: 'FREEHOLD' as never }), ctx)
      .thenThrows('INVALID_COMMAND');
    given([])
      .when(h.report({ propertyRef: ' ' }), ctx)
      .thenThrows('INVALID_COMMAND');
  });
});

describe('scope: social rented tenancies only (s.10A Landlord and Tenant Act 1985)', () => {
  it('shared ownership is out of scope: the case is kept, the decision recorded, no clock runs', () => {
    const [, scope] = given([])
      .when(h.report({ tenure: 'SHARED_OWNERSHIP' }), ctx)
      .events();
    expect(scope).toEqual({
      type: 'ScopeDecided',
      data: {
        at: '2026-03-02T10:00:00.000Z',
        effectiveOn: '2026-03-02',
        inScope: false,
        basis: 'TENURE_OUT_OF_SCOPE',
        tenure: 'SHARED_OWNERSHIP',
        policyVersion: 'awaab-2025.1',
        explanation:
          'SHARED_OWNERSHIP is outside Awaab’s Law (social rented tenancies only) under policy awaab-2025.1',
      },
    });
    const out = HAZARD_HISTORIES.outOfScope();
    expect(hazardStatusOf(out.state.lifecycle)).toBe('outOfScope');
    given(out.events).when(h.classify(), ctx).thenThrows('OUT_OF_SCOPE');
    expect(
      computeHazardClocks(
        out.state.hazard!,
        '2026-06-01T00:00:00Z',
        defaultCalendar(),
        AWAABS_LAW_PHASE_1,
      ),
    ).toEqual([]);
  });

  it.each(['LONG_LEASEHOLD', 'LICENCE', 'TEMPORARY_ACCOMMODATION'] as const)(
    '%s is out of scope',
    (tenure) => {
      const [, scope] = given([]).when(h.report({ tenure }), ctx).events();
      expect(scope?.data).toMatchObject({ inScope: false, basis: 'TENURE_OUT_OF_SCOPE' });
    },
  );

  it('supported housing is [UNCONFIRMED]: treated as in scope by the policy default, and says so', () => {
    const [, scope] = given([])
      .when(h.report({ tenure: 'SUPPORTED_HOUSING' }), ctx)
      .events();
    expect(scope?.data).toMatchObject({ inScope: true, basis: 'TENURE_UNCONFIRMED' });
    expect(scope?.data).toMatchObject({ explanation: expect.stringMatching(/unconfirmed/) });
  });

  it('awareness before 27 October 2025 (commencement) is recorded, with no clocks', () => {
    const before = hazardContextAt('2025-10-26T23:30:00Z'); // 23:30 GMT on Sun 26 Oct
    const [, scope] = given([]).when(h.report(), before).events();
    expect(scope?.data).toMatchObject({ inScope: false, basis: 'BEFORE_COMMENCEMENT' });
    expect(scope?.data).not.toHaveProperty('policyVersion');
    const first = hazardContextAt('2025-10-27T00:00:00Z'); // midnight GMT: 27 Oct in London
    expect(given([]).when(h.report(), first).events()[1]?.data).toMatchObject({
      inScope: true,
      policyVersion: 'awaab-2025.1',
    });
  });
});

describe('awaitingClassification: emergency or significant, by dated hazard type', () => {
  const history = () => HAZARD_HISTORIES.awaitingClassification().events;
  const later = hazardContextAt('2026-03-02T11:00:00Z');

  it('phase 1: damp and mould is a significant hazard', () => {
    given(history())
      .when(h.classify(), later)
      .then([
        {
          type: 'HazardClassified',
          data: {
            at: '2026-03-02T11:00:00.000Z',
            effectiveOn: '2026-03-02',
            category: 'SIGNIFICANT',
            hazardType: 'DAMP_AND_MOULD',
            reason: 'Mould over 1m² in a bedroom used by a child with asthma',
          },
        },
      ]);
  });

  it('phase 1: an emergency hazard of any HHSRS type, here electrical', () => {
    const [event] = given(history())
      .when(h.classify({ category: 'EMERGENCY', hazardType: 'ELECTRICAL_HAZARDS' }), later)
      .events();
    expect(event?.data).toMatchObject({ category: 'EMERGENCY' });
  });

  it('phase 1: excess cold is not yet a significant hazard; crowding is not an emergency one [UNCONFIRMED]', () => {
    given(history())
      .when(h.classify({ hazardType: 'EXCESS_COLD' }), later)
      .thenThrows('HAZARD_TYPE_NOT_IN_FORCE');
    given(history())
      .when(h.classify({ category: 'EMERGENCY', hazardType: 'CROWDING_AND_SPACE' }), later)
      .thenThrows('HAZARD_TYPE_NOT_IN_FORCE');
  });

  it('refuses a type outside the HHSRS list, an unknown category and a missing reason', () => {
    given(history())
      .when(h.classify({ hazardType: 'DRAGONS' as never }), later)
      .thenThrows('INVALID_COMMAND');
    given(history())
      .when(h.classify({ category: 'URGENT' as never }), later)
      .thenThrows('INVALID_COMMAND');
    given(history())
      .when(h.classify({ reason: '' }), later)
      .thenThrows('INVALID_COMMAND');
  });

  it('refuses classifying twice, and classifying a case that does not exist', () => {
    given(HAZARD_HISTORIES.investigating().events)
      .when(h.classify(), later)
      .thenThrows('ILLEGAL_TRANSITION');
    given([]).when(h.classify(), later).thenThrows('HAZARD_NOT_FOUND');
  });
});

describe('later phases as dated policy data (no code change)', () => {
  // A later phase, dated for this test only: the real phase 2 date is [UNCONFIRMED].
  const phase2 = {
    ...AWAABS_LAW_PHASE_1,
    version: 'awaab-phase2-test',
    inForceFrom: '2026-10-01',
    source: 'test fixture: a later phase of SI 2025/1042',
    significant: { investigateWithin: 10, types: ['DAMP_AND_MOULD', 'EXCESS_COLD'] },
  };
  const registry = HazardPolicyRegistry.fromJson(JSON.stringify([phase2]));
  const policies = { policies: registry };
  const coldCase = (awareAt: string) =>
    HazardScenario.start().at(awareAt, h.report(), policies).events;

  it('a later phase’s hazard type is refused when awareness is before its in-force date', () => {
    given(coldCase('2026-09-30T10:00:00Z'))
      .when(
        h.classify({ hazardType: 'EXCESS_COLD' }),
        hazardContextAt('2026-10-02T10:00:00Z', 'o', policies),
      )
      .thenThrows('HAZARD_TYPE_NOT_IN_FORCE');
  });

  it('and accepted when awareness is on or after it, under the new version', () => {
    const history = coldCase('2026-10-01T10:00:00Z');
    expect(history[1]?.data).toMatchObject({ policyVersion: 'awaab-phase2-test' });
    const [event] = given(history)
      .when(
        h.classify({ hazardType: 'EXCESS_COLD' }),
        hazardContextAt('2026-10-01T11:00:00Z', 'o', policies),
      )
      .events();
    expect(event?.data).toMatchObject({ category: 'SIGNIFICANT', hazardType: 'EXCESS_COLD' });
  });
});

describe('linking complaints: both clocks run side by side', () => {
  const later = hazardContextAt('2026-03-03T09:00:00Z');

  it('links a complaint to an open case, once', () => {
    const history = HAZARD_HISTORIES.investigating().events;
    given(history)
      .when(h.linkComplaint(), later)
      .then([
        {
          type: 'ComplaintLinked',
          data: {
            at: '2026-03-03T09:00:00.000Z',
            effectiveOn: '2026-03-03',
            complaintId: 'c-0042',
          },
        },
      ]);
    const linked = HazardScenario.start().at(
      NOW,
      h.report({ route: 'COMPLAINT', complaintId: 'c-0042' }),
    ).events;
    given(linked).when(h.linkComplaint(), later).thenThrows('COMPLAINT_ALREADY_LINKED');
  });

  it('a complaint can be linked after closure and to an out-of-scope case (evidence for the Ombudsman)', () => {
    const closedAt = hazardContextAt('2026-06-01T09:00:00Z');
    expect(
      given(HAZARD_HISTORIES['closed.resolved']().events)
        .when(h.linkComplaint(), closedAt)
        .events(),
    ).toHaveLength(1);
    expect(
      given(HAZARD_HISTORIES.outOfScope().events).when(h.linkComplaint(), later).events(),
    ).toHaveLength(1);
  });
});
