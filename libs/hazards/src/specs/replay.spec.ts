import { defaultCalendar } from '@redress/complaints';
import { computeHazardClocks } from '../clocks/compute-hazard-clocks';
import { HAZARD_EVENT_TYPES, isHazardEventType, type HazardEvent } from '../events/hazard-event';
import { hazardStatusOf } from '../lifecycle/lifecycle';
import { AWAABS_LAW_PHASE_1 } from '../policy/awaabs-law-phase1.policy';
import { evolveHazard, foldHazard, initialHazardState } from '../state/evolve';
import { hazardCommands as h } from '../testing/command-builders';
import { HAZARD_HISTORIES } from '../testing/histories';

/** One significant case holding every event type the significant path can produce. */
function significantEverything() {
  return HAZARD_HISTORIES.remedying()
    .at('2026-03-13T10:00:00Z', h.offerAccommodation())
    .at('2026-03-13T11:00:00Z', h.linkComplaint())
    .at('2026-03-16T09:00:00Z', h.summary())
    .at('2026-03-16T10:00:00Z', h.defer())
    .at('2026-03-24T10:00:00Z', h.reasonableEndeavours())
    .at('2026-03-25T10:00:00Z', h.safetyWork())
    .at('2026-04-20T09:00:00Z', h.startPreventative({ targetCompletionOn: '2026-05-29' }))
    .at('2026-05-20T15:00:00Z', h.completePreventative())
    .at('2026-05-21T10:00:00Z', h.close());
}

describe('replaying stored hazard history (architecture decision 2)', () => {
  it('the exhaustive event list matches the union (a missing name fails to compile)', () => {
    expect(HAZARD_EVENT_TYPES).toHaveLength(14);
    expect(isHazardEventType('MadeSafe')).toBe(true);
    expect(isHazardEventType('ComplaintReceived')).toBe(false);
  });

  it('folds a history holding every event type into the record it describes', () => {
    const s = significantEverything();
    const emergency = HAZARD_HISTORIES.emergencyInvestigating().at(
      '2026-05-24T18:00:00Z',
      h.makeSafe(),
    );
    const types = new Set([...s.events, ...emergency.events].map((e) => e.type));
    expect([...types].sort()).toEqual([...HAZARD_EVENT_TYPES].sort());

    let state = initialHazardState();
    for (const event of s.events) {
      const next = evolveHazard(state, event);
      expect(next).not.toBe(state);
      state = next;
    }
    const record = state.hazard!;
    expect(hazardStatusOf(state.lifecycle)).toBe('closed.resolved');
    expect(record).toMatchObject({
      awareAt: '2026-03-02T10:00:00.000Z',
      awareOn: '2026-03-02',
      scope: { inScope: true, policyVersion: 'awaab-2025.1' },
      classification: { detail: { category: 'SIGNIFICANT', hazardType: 'DAMP_AND_MOULD' } },
      investigation: { on: '2026-03-12', detail: { finding: 'HAZARD' } },
      writtenSummary: { on: '2026-03-16' },
      safetyWork: { on: '2026-03-25' },
      preventativeDeferred: { on: '2026-03-16' },
      preventativeStarted: { on: '2026-04-20', detail: { targetCompletionOn: '2026-05-29' } },
      preventativeCompleted: { on: '2026-05-20' },
      complaintIds: ['c-0042'],
      closed: { on: '2026-05-21' },
      lastStepAt: '2026-05-21T10:00:00.000Z',
      version: s.events.length,
    });
    expect(record.accommodationOffers).toHaveLength(1);
    expect(record.reasonableEndeavours).toHaveLength(1);
    expect(foldHazard(emergency.events).hazard?.madeSafe?.at).toBe('2026-05-24T18:00:00.000Z');

    const clocks = computeHazardClocks(
      record,
      '2026-06-30T00:00:00Z',
      defaultCalendar(),
      AWAABS_LAW_PHASE_1,
    );
    expect(clocks.map((c) => [c.step, c.status])).toEqual([
      ['INVESTIGATION', 'met'],
      ['WRITTEN_SUMMARY', 'met'],
      ['SAFETY_WORK', 'missed'],
      ['PREVENTATIVE_WORK_START', 'met'],
      ['PREVENTATIVE_WORK_COMPLETION', 'met'],
    ]);
  });

  it('ends each named history in the state it is named after', () => {
    for (const [name, build] of Object.entries(HAZARD_HISTORIES)) {
      if (['worksDone', 'emergencyReported', 'emergencyInvestigating'].includes(name)) continue;
      expect([name, hazardStatusOf(build().state.lifecycle)]).toEqual([name, name]);
    }
  });

  it('never throws on damaged, unknown or out-of-order history', () => {
    const junk = [
      { type: 'SomethingNew', data: { at: '2026-03-03T00:00:00.000Z' } },
      { type: 'MadeSafe' },
      { type: 'HazardClassified', data: null },
      { type: 'PreventativeWorkCompleted', data: { at: 7 } },
    ] as unknown as HazardEvent[];
    expect(() => foldHazard(junk)).not.toThrow();
    const base = HAZARD_HISTORIES.remedying().events;
    const folded = foldHazard([...base, ...junk, base[0]!]);
    expect(folded.hazard?.version).toBe(base.length + junk.length + 1);
    expect(hazardStatusOf(folded.lifecycle)).toBe('remedying');
  });
});
