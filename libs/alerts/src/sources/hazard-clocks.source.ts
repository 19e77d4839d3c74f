import type { EventStore } from '@redress/event-store';
import { foldStored } from '@redress/event-store';
import type { HazardEvent } from '@redress/hazards';
import {
  HAZARD_STREAM_PREFIX,
  hazardClocksOf,
  hazardDecider,
  hazardSerializer,
} from '@redress/hazard-stream';
import type { OpenObligation } from '../model/open-obligation';
import type { AlertSource } from './alert-source';

/** What each Awaab's Law step owes, in the words an alert uses. */
const STEP_LABELS: Record<string, string> = {
  EMERGENCY_INVESTIGATION: 'the emergency hazard investigation (24 hours)',
  EMERGENCY_MAKE_SAFE: 'making the emergency hazard safe (24 hours)',
  INVESTIGATION: 'the hazard investigation',
  WRITTEN_SUMMARY: 'the written summary of the investigation to the tenant',
  SAFETY_WORK: 'the relevant safety work',
  PREVENTATIVE_WORK_START: 'starting the supplementary preventative work',
  PREVENTATIVE_WORK_COMPLETION: 'completing the supplementary preventative work',
};

/**
 * Every pending Awaab's Law clock (SI 2025/1042) of every hazard case, read from the hazard
 * streams and judged by the hazard library's own clocks (`hazardClocksOf`). A hazard case has no
 * handler field, so its steps are owned by the person who recorded the report. This reads every
 * hazard event on each round: fine for hundreds of open cases; the hazard read models
 * (`rm_hazard_*`) are the place to read them from once they are there (docs/alerts.md).
 */
export class HazardClocksSource implements AlertSource {
  readonly name = 'hazard';

  constructor(private readonly store: EventStore) {}

  async openObligations(now: Date): Promise<OpenObligation[]> {
    const recorded = await this.store.readAll({
      filter: { streamNamePrefixes: [HAZARD_STREAM_PREFIX] },
    });
    const byStream = new Map<string, typeof recorded>();
    for (const r of recorded) byStream.set(r.stream, [...(byStream.get(r.stream) ?? []), r]);
    const open: OpenObligation[] = [];
    for (const [stream, events] of byStream) {
      const id = stream.slice(HAZARD_STREAM_PREFIX.length);
      const stored = events.map((r) => hazardSerializer.deserialize<HazardEvent>(r));
      const state = foldStored(hazardDecider, stored);
      const owner = (events[0]?.metadata as { actor?: { id?: string } }).actor?.id ?? null;
      for (const clock of hazardClocksOf(state, now.toISOString())) {
        if (clock.status !== 'pending' && clock.status !== 'missed') continue;
        if (clock.completedAt !== undefined) continue;
        open.push({
          source: this.name,
          caseId: id,
          caseRef: `H-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`,
          key: `hazard:${id}:${clock.step}:${clock.dueAt ?? clock.dueOn}`,
          kind: clock.step,
          label: STEP_LABELS[clock.step] ?? clock.step,
          provision: clock.provision,
          owner,
          dueOn: clock.dueOn,
          ...(clock.unit === 'HOURS' && clock.dueAt ? { dueAt: clock.dueAt } : {}),
          path: `/hazards/${id}`,
        });
      }
    }
    return open;
  }
}
