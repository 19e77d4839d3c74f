import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { HomesByYear } from '@redress/read-models';
import { YearRequest } from './year.request';

/** The TSM choices a request may override: homes at the year end and the beyond-cap switch. */
export class TsmOptionsRequest extends YearRequest {
  @ApiPropertyOptional({
    description:
      'LCRA dwelling units owned at the year end, overriding REDRESS_HOMES for this request (0: not applicable)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'homes must be a whole number' })
  @Min(0)
  @Max(10_000_000)
  homes?: number;

  @ApiPropertyOptional({
    description:
      'LCHO (shared ownership) dwelling units owned at the year end, overriding REDRESS_HOMES for this request',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'homesLcho must be a whole number' })
  @Min(0)
  @Max(10_000_000)
  homesLcho?: number;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description:
      'Whether an extension beyond the Code cap (recorded with a good reason) counts as in time (REDRESS_TSM_BEYOND_CAP_IN_TIME by default, false)',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'beyondCapInTime must be true or false' })
  beyondCapInTime?: 'true' | 'false';
}

/** The configured homes with this request's overrides for the year asked about. */
export function homesWithOverrides(
  configured: HomesByYear,
  year: string,
  request: Pick<TsmOptionsRequest, 'homes' | 'homesLcho'>,
): HomesByYear {
  if (request.homes === undefined && request.homesLcho === undefined) return configured;
  const own = { ...configured[year] };
  if (request.homes !== undefined) own.LCRA = request.homes;
  if (request.homesLcho !== undefined) own.LCHO = request.homesLcho;
  return { ...configured, [year]: own };
}

export const switchOf = (value: 'true' | 'false' | undefined): boolean | undefined =>
  value === undefined ? undefined : value === 'true';
