import { ApiProperty } from '@nestjs/swagger';
import { CommandResponse } from '../../complaints/shared/command.response';

export class AcceptComplaintOfferResponse extends CommandResponse {
  @ApiProperty({ description: 'The complaint the accepted offer logged (CHC 1.5)', format: 'uuid' })
  complaintId!: string;
}
