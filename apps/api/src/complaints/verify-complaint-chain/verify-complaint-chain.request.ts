import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class VerifyChainRequest {
  @ApiProperty({ description: 'The complaint whose hash chain to walk', format: 'uuid' })
  @IsUUID('all', { message: 'complaint must be a UUID' })
  complaint!: string;
}
