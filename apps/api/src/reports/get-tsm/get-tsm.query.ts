import { Query } from '@nestjs/cqrs';
import type { TsmReport } from '@redress/read-models';
import type { GetTsmRequest } from './get-tsm.request';

export class GetTsmQuery extends Query<TsmReport> {
  constructor(readonly request: GetTsmRequest) {
    super();
  }
}
