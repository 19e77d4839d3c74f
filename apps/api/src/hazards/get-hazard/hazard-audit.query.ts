import { ApiPropertyOptional } from '@nestjs/swagger';
import { AS_OF_VIEWS, type AsOfViewKind } from '@redress/audit';
import { IsIn, IsOptional } from 'class-validator';
import { AsOfInstantQuery } from '../shared/as-of-instant.query';

/**
 * A hazard case as of a moment, optionally in one of the auditors' views. Its clocks run in
 * hours, so `asOf` is always a moment (a date means the end of that day in England).
 */
export class HazardAuditQuery extends AsOfInstantQuery {
  @ApiPropertyOptional({
    enum: AS_OF_VIEWS,
    description:
      '`recorded`: only the events recorded by `asOf`; `effective`: the steps that had happened by it in business time (their `at`), back-dated entries included. Without it every event is folded and only the clocks are judged at `asOf`',
  })
  @IsOptional()
  @IsIn(AS_OF_VIEWS, { message: 'view must be recorded or effective' })
  view?: AsOfViewKind;
}
