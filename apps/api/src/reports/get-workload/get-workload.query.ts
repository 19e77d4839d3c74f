import { Query } from '@nestjs/cqrs';
import type { LocalDate } from '@redress/complaints';
import type { OwnerWorkload } from '@redress/read-models';

/** Open obligations counted per owner and colour (the workbench's Team work). */
export class GetWorkloadQuery extends Query<OwnerWorkload[]> {
  constructor(readonly asOf: LocalDate) {
    super();
  }
}
