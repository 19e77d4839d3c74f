import { Query } from '@nestjs/cqrs';
import type { TsmReport } from '@redress/read-models';

export class GetTsmQuery extends Query<TsmReport> {
  constructor(
    readonly year: string | undefined,
    readonly homes: number | undefined,
    readonly extensionsInTime: boolean | undefined,
  ) {
    super();
  }
}
