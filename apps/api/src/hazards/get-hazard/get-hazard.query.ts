import { Query } from '@nestjs/cqrs';
import type { HazardView } from './hazard.view';

export class GetHazardQuery extends Query<HazardView> {
  constructor(
    readonly hazardId: string,
    /** The instant every clock is judged at. */
    readonly asOf: Date,
  ) {
    super();
  }
}
