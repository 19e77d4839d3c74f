import { HAZARD_EVENT_TYPES } from '@redress/hazards';
import { hazardCommands as h, HAZARD_HISTORIES } from '@redress/hazards/testing';
import { hazardReasonOf, narrateHazard } from './narrate-hazard-event';

/** Every hazard event type, each produced by the real decider (SI 2025/1042 steps). */
function everyHazardEvent() {
  const significant = HAZARD_HISTORIES.remedying()
    .at('2026-03-13T10:00:00Z', h.offerAccommodation())
    .at('2026-03-13T11:00:00Z', h.linkComplaint())
    .at('2026-03-16T09:00:00Z', h.summary())
    .at('2026-03-16T10:00:00Z', h.defer())
    .at('2026-03-24T10:00:00Z', h.reasonableEndeavours())
    .at('2026-03-25T10:00:00Z', h.safetyWork())
    .at('2026-04-20T09:00:00Z', h.startPreventative({ targetCompletionOn: '2026-05-29' }))
    .at('2026-05-20T15:00:00Z', h.completePreventative())
    .at('2026-05-21T10:00:00Z', h.close());
  const emergency = HAZARD_HISTORIES.emergencyInvestigating().at(
    '2026-05-24T18:00:00Z',
    h.makeSafe(),
  );
  return [...significant.events, ...emergency.events];
}

describe('narrating a hazard case for auditors', () => {
  it('narrates every hazard event type in plain words', () => {
    const events = everyHazardEvent();
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(HAZARD_EVENT_TYPES));
    for (const event of events) {
      const words = narrateHazard(event);
      expect(words).not.toMatch(/Unrecognised|undefined/);
      expect(words.length).toBeGreaterThan(10);
    }
  });

  it('says whether the clocks apply, and gives the reasons the steps carry', () => {
    const events = HAZARD_HISTORIES.outOfScope().events;
    expect(narrateHazard(events[1]!)).toMatch(/^Awaab's Law clocks do not apply: SHARED_OWNERSHIP/);
    const [concluded] = HAZARD_HISTORIES.remedying().events.slice(-1);
    expect(concluded!.type).toBe('InvestigationConcluded');
    expect(hazardReasonOf(concluded!)).toBe((concluded!.data as { reasons: string }).reasons);
  });
});
