import { Query } from '@nestjs/cqrs';
import type { HazardLinksReport } from '@redress/read-models';

export class GetHazardComplaintLinksQuery extends Query<HazardLinksReport> {
  constructor(readonly year: string | undefined) {
    super();
  }
}
