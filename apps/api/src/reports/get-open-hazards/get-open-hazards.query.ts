import { Query } from '@nestjs/cqrs';
import type { OpenHazardsReport } from '@redress/read-models';

export class GetOpenHazardsQuery extends Query<OpenHazardsReport> {
  constructor(readonly asOf: string | undefined) {
    super();
  }
}
