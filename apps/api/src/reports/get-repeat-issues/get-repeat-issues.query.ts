import { Query } from '@nestjs/cqrs';
import type { RepeatIssuesReport } from '@redress/read-models';
import type { GetRepeatIssuesRequest } from './get-repeat-issues.request';

export class GetRepeatIssuesQuery extends Query<RepeatIssuesReport> {
  constructor(readonly request: GetRepeatIssuesRequest) {
    super();
  }
}
