import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { HazardStepRequest } from '../shared/hazard-step.request';

export class LinkComplaintRequest extends HazardStepRequest {
  @ApiProperty({
    description: 'The complaint about the same matter; it must exist',
    format: 'uuid',
  })
  @IsUUID()
  complaintId!: string;
}
