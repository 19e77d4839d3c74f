import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AllowRoles } from '../../auth/auth.decorators';
import { READ_ROLES } from '@redress/users';
import { ComplaintIdPipe } from '../shared/complaint-id.pipe';
import { GetComplaintHistoryQuery, type ComplaintHistoryView } from './get-complaint-history.query';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('complaints')
export class GetComplaintHistoryController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':id/history')
  @AllowRoles(...READ_ROLES)
  @ApiOperation({
    summary:
      'Every event in order: when recorded, the business date, actor and role, reasons, and what changed in plain words',
  })
  @ApiOkResponse({
    description:
      'The history, oldest first; back-dated entries are flagged; `chain` says whether the hash chain holds',
  })
  history(@Param('id', ComplaintIdPipe) id: string): Promise<ComplaintHistoryView> {
    return this.queryBus.execute(new GetComplaintHistoryQuery(id));
  }
}
