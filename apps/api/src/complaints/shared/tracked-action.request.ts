import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsLocalDate } from './local-date.validator';

/** Something the landlord will do: what, by whom and by when (CHC 7.3, 6.6). */
export class TrackedActionRequest {
  @ApiProperty({ description: 'What will be done', maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  description!: string;

  @ApiProperty({ description: 'Who is responsible for doing it', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  owner!: string;

  @ApiProperty({
    description: 'When it will be done by (YYYY-MM-DD); its deadline is tracked (CHC 7.3)',
    format: 'date',
    example: '2025-05-21',
  })
  @IsLocalDate()
  dueOn!: string;
}
