import { Query } from '@nestjs/cqrs';
import type { RepeatIssuesReport } from '@redress/read-models';
import type { RepeatOptionsRequest } from '../shared/repeat-options.request';

export class GetRepeatHazardsQuery extends Query<RepeatIssuesReport> {
  constructor(readonly request: RepeatOptionsRequest) {
    super();
  }
}
