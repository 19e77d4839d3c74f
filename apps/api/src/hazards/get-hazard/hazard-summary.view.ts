import type { HazardCategory, HazardClock, HazardType } from '@redress/hazards';
import { hazardClocksOf, hazardStatus, type LoadedHazardCase } from '@redress/hazard-stream';

/** A hazard case as the complaint it is linked to shows it: its status and every clock. */
export interface HazardSummaryView {
  readonly id: string;
  readonly status: string;
  readonly awareAt: string;
  /** Whether the Awaab's Law clocks apply (the recorded scope decision). */
  readonly inScope: boolean | null;
  readonly category: HazardCategory | null;
  readonly hazardType: HazardType | null;
  readonly clocks: readonly HazardClock[];
}

export function hazardSummary(loaded: LoadedHazardCase, asOf: Date | string): HazardSummaryView {
  const record = loaded.state.hazard!;
  return {
    id: record.hazardId,
    status: hazardStatus(loaded.state),
    awareAt: record.awareAt,
    inScope: record.scope?.inScope ?? null,
    category: record.classification?.detail.category ?? null,
    hazardType: record.classification?.detail.hazardType ?? null,
    clocks: hazardClocksOf(loaded.state, asOf),
  };
}
