import { ApiPropertyOptional } from '@nestjs/swagger';
import { MOMENT_HELP, parseMoment } from '@redress/audit';
import { IsOptional, registerDecorator } from 'class-validator';

function IsMoment(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isMoment',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `asOf must be ${MOMENT_HELP}` },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseMoment(value) !== undefined,
      },
    });
}

/** Hazard clocks run in hours, so they are judged as of an instant (a date means its end). */
export class AsOfInstantQuery {
  @ApiPropertyOptional({
    description:
      'Judge the clocks as of this moment: a date (the end of that day in England) or an ISO 8601 date-time with a zone; now by default',
    example: '2025-11-10T09:00:00Z',
  })
  @IsOptional()
  @IsMoment()
  asOf?: string;
}
