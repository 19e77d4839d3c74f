import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { AlertOutbox } from '@redress/alerts';
import type { ReadModelConnection } from '@redress/read-models';
import { AllowRoles } from '../../auth/auth.decorators';
import { RequestRefusedException } from '../../problem-details/request-refused.exception';
import { READ_MODELS } from '../../read-models/read-models.tokens';
import { DeadLetterView } from '../shared/dead-letter.view';

const ALERT_ID = /^[0-9a-f]{32}$/;

/**
 * Puts a dead letter back in the outbox with its attempts reset: the notifier sends it on its
 * next round, with the same Message-ID or webhook-id as before (a receiver can still dedupe).
 */
@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts/dead-letters')
export class ReplayDeadLetterController {
  constructor(@Inject(READ_MODELS) private readonly readModels: ReadModelConnection) {}

  @Post(':alertId/replay')
  @HttpCode(200)
  @AllowRoles('admin')
  @ApiOperation({ summary: 'Send a dead letter again on the notifier’s next round' })
  @ApiParam({ name: 'alertId', description: '32 hexadecimal characters, from the list' })
  @ApiOkResponse({ type: DeadLetterView, description: 'The alert, pending again' })
  @ApiBadRequestResponse({ description: 'INVALID_ALERT_ID: not an alert id' })
  @ApiNotFoundResponse({ description: 'NOT_A_DEAD_LETTER: no dead letter with that id' })
  async replay(@Param('alertId') alertId: string): Promise<DeadLetterView> {
    if (!ALERT_ID.test(alertId))
      throw new RequestRefusedException(
        400,
        'INVALID_ALERT_ID',
        'Not an alert id',
        'An alert id is 32 lower-case hexadecimal characters, as the dead-letter list gives it',
      );
    const outbox = new AlertOutbox(this.readModels.db);
    if (!(await outbox.replay(alertId, new Date())))
      throw new RequestRefusedException(
        404,
        'NOT_A_DEAD_LETTER',
        'No such dead letter',
        `There is no dead letter ${alertId}: it may have been replayed already`,
      );
    return DeadLetterView.of((await outbox.find(alertId))!);
  }
}
