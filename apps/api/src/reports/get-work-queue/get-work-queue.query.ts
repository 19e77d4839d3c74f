import { Query } from '@nestjs/cqrs';
import type { WorkQueue } from '@redress/read-models';

export class GetWorkQueueQuery extends Query<WorkQueue> {
  constructor(
    readonly asOf: string | undefined,
    readonly handler: string | undefined,
  ) {
    super();
  }
}
