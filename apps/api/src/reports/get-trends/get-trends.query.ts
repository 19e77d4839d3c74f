import { Query } from '@nestjs/cqrs';
import type { Granularity, Trends } from '@redress/read-models';

export class GetTrendsQuery extends Query<Trends> {
  constructor(
    readonly granularity: Granularity,
    readonly from?: string,
    readonly to?: string,
  ) {
    super();
  }
}
