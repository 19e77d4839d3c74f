import { ApiProperty } from '@nestjs/swagger';
import { CommandResponse } from '../../complaints/shared/command.response';

export class OfferComplaintResponse extends CommandResponse {
  @ApiProperty({ description: 'The offer, for the answer: accept or decline', example: 'O1' })
  offerId!: string;
}
