import { Query } from '@nestjs/cqrs';
import type { HistoryRow } from '@redress/audit';
import type { HazardLifecycleSnapshot } from '@redress/hazards';
import type { HazardView } from '../../../hazards/get-hazard/hazard.view';

/** Everything a hazard case's page shows, from one read of its stream and its complaints'. */
export interface HazardPage {
  readonly view: HazardView;
  readonly lifecycle: HazardLifecycleSnapshot;
  readonly history: readonly HistoryRow[];
  /** Each linked complaint's reference, by id (its id when it has none). */
  readonly references: Readonly<Record<string, string>>;
}

export class GetHazardPageQuery extends Query<HazardPage> {
  constructor(
    readonly hazardId: string,
    /** The instant the clocks are judged at: hazard clocks run in hours too. */
    readonly asOf: Date,
  ) {
    super();
  }
}
