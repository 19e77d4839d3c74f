import { Query } from '@nestjs/cqrs';
import type { HazardComplianceReport } from '@redress/read-models';

export class GetHazardComplianceQuery extends Query<HazardComplianceReport> {
  constructor(
    readonly year: string | undefined,
    readonly asOf: string | undefined,
  ) {
    super();
  }
}
