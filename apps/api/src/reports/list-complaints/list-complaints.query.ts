import { Query } from '@nestjs/cqrs';
import type { ComplaintListPage, ComplaintListRequest } from '@redress/read-models';
import type { FigureParams } from './figure-params';

export class ListComplaintsQuery extends Query<ComplaintListPage> {
  constructor(readonly request: Omit<ComplaintListRequest, 'figure'> & FigureParams) {
    super();
  }
}
