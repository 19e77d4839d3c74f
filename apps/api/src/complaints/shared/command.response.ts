import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CommandResponse {
  @ApiProperty({
    description: 'The id of the complaint, hazard case or service request',
    format: 'uuid',
  })
  id!: string;

  @ApiProperty({ description: 'The stream revision after the command: send it back in If-Match' })
  revision!: number;

  @ApiPropertyOptional({
    description: 'When a complaint is logged: its reference, usable wherever the id is',
    example: 'C-2025-000123',
  })
  reference?: string;
}
