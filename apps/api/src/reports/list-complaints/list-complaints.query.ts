import { Query } from '@nestjs/cqrs';
import type { ComplaintListPage, ComplaintListRequest } from '@redress/read-models';

export class ListComplaintsQuery extends Query<ComplaintListPage> {
  constructor(readonly request: ComplaintListRequest) {
    super();
  }
}
