import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AlertOutbox } from '@redress/alerts';
import type { ReadModelConnection } from '@redress/read-models';
import { AllowRoles } from '../../auth/auth.decorators';
import { READ_MODELS } from '../../read-models/read-models.tokens';
import { DeadLetterView, DeadLettersView } from '../shared/dead-letter.view';

/** The dead-letter list: alerts that failed every attempt, for an admin to put right and replay. */
@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts/dead-letters')
export class ListDeadLettersController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModelConnection) {}

  @Get()
  @AllowRoles('admin')
  @ApiOperation({
    summary: 'Alerts every delivery attempt failed for, newest first (docs/alerts.md)',
  })
  @ApiOkResponse({ type: DeadLettersView })
  async list(): Promise<DeadLettersView> {
    const rows = await new AlertOutbox(this.readModels.db).deadLetters();
    return { items: rows.map((r) => DeadLetterView.of(r)) };
  }
}
