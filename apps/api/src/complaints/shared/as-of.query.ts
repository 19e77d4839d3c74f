import { ApiPropertyOptional } from '@nestjs/swagger';
import { AS_OF_VIEWS, parseMoment, type AsOfViewKind } from '@redress/audit';
import { isLocalDate } from '@redress/complaints';
import { IsIn, IsOptional, registerDecorator, type ValidationArguments } from 'class-validator';
import { EARLIEST_DATE, LATEST_DATE } from './local-date.validator';

/**
 * `asOf` is a date for the officers' view; with an audit `view` it may also be an exact
 * date-time with a zone, since "what was recorded by 14:30 on 17 June" is an auditor's question.
 */
function IsAsOf(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isAsOf',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: (args: ValidationArguments) =>
          (args.object as AsOfQuery).view === undefined
            ? 'asOf must be a real date written YYYY-MM-DD'
            : 'asOf must be a date (YYYY-MM-DD) or an ISO 8601 date-time with Z or an offset',
      },
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          (args.object as AsOfQuery).view === undefined
            ? isLocalDate(value) && value >= EARLIEST_DATE && value <= LATEST_DATE
            : typeof value === 'string' && parseMoment(value) !== undefined,
      },
    });
}

export class AsOfQuery {
  @ApiPropertyOptional({
    description:
      'Judge deadlines as of this date (YYYY-MM-DD; today by default). With `view`: a date (the end of that day in England) or a date-time with a zone',
    example: '2025-05-01',
  })
  @IsOptional()
  @IsAsOf()
  asOf?: string;

  @ApiPropertyOptional({
    enum: AS_OF_VIEWS,
    description:
      '`recorded`: only the events recorded by `asOf`; `effective`: the events whose business date is on or before it. Without it every event is folded and only the deadlines are judged as of the date',
  })
  @IsOptional()
  @IsIn(AS_OF_VIEWS, { message: 'view must be recorded or effective' })
  view?: AsOfViewKind;
}
