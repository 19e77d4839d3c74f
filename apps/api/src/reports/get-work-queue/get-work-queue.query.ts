import { Query } from '@nestjs/cqrs';
import type { WorkQueue } from '@redress/read-models';
import type { GetWorkQueueRequest } from './get-work-queue.request';

export class GetWorkQueueQuery extends Query<WorkQueue> {
  constructor(readonly request: GetWorkQueueRequest) {
    super();
  }
}
