import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CommandResponse } from '../shared/command.response';

/** The words that suggest an Awaab's Law hazard; the officer decides whether to report one. */
export class HazardPromptResponse {
  @ApiProperty({
    type: [String],
    description: 'The damp and mould words found in the description (REDRESS_HAZARD_PROMPT_WORDS)',
    example: ['mould'],
  })
  words!: string[];

  @ApiProperty({
    description: 'What to do: report a hazard case with route COMPLAINT and this complaintId',
    example: 'POST /hazards',
  })
  reportWith!: string;
}

export class LogComplaintResponse extends CommandResponse {
  @ApiPropertyOptional({
    type: HazardPromptResponse,
    description:
      "Present when the description mentions damp or mould and the home's stock type may be in scope of Awaab's Law (SI 2025/1042) on the day of receipt. Nothing is opened automatically",
  })
  hazardPrompt?: HazardPromptResponse;
}
