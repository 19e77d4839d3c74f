import { Query } from '@nestjs/cqrs';
import type { AsOfViewKind, Moment } from '@redress/audit';
import type { HazardView } from './hazard.view';

export class GetHazardQuery extends Query<HazardView> {
  constructor(
    readonly hazardId: string,
    /** The instant every clock is judged at. */
    readonly asOf: Date,
    /** An audit view: replay only what was recorded (or had happened) at `moment`. */
    readonly audit?: { readonly view: AsOfViewKind; readonly moment: Moment },
  ) {
    super();
  }
}
