import { ApiProperty } from '@nestjs/swagger';

export class CommandResponse {
  @ApiProperty({ description: 'The complaint id', format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'The stream revision after the command: send it back in If-Match' })
  revision!: number;
}
