import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '../../auth/auth.decorators';
import { READ_ROLES } from '@redress/users';
import { ComplaintIdPipe as IdPipe } from '../../complaints/shared/complaint-id.pipe';
import { GetHazardHistoryQuery, type HazardHistoryView } from './get-hazard-history.query';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('hazards')
export class GetHazardHistoryController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/history')
  @AllowRoles(...READ_ROLES)
  @ApiOperation({
    summary:
      "Every hazard case event in order: when recorded, the instant's business date, actor and role, reasons, and what changed in plain words",
  })
  @ApiOkResponse({ description: 'The history, oldest first; back-dated entries are flagged' })
  history(@Param('id', IdPipe) id: string): Promise<HazardHistoryView> {
    return this.queryBus.execute(new GetHazardHistoryQuery(id));
  }
}
