import { Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { SealDocument } from '@redress/event-store';
import { AllowRoles } from '../../auth/auth.decorators';
import { CurrentActor } from '../../auth/current-actor.decorator';
import type { Actor } from '@redress/users';
import { SealScheduler } from '../shared/seal-scheduler.service';

/** Seals the store on demand (as `redress seal`): an operation for administrators. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/seals')
export class SealNowController {
  constructor(private readonly seals: SealScheduler) {}

  @Post()
  @HttpCode(201)
  @AllowRoles('admin')
  @ApiOperation({
    summary:
      "Seal the store now: sign every stream's head at this position and append the seal (docs/audit.md)",
  })
  @ApiCreatedResponse({ description: 'The seal, as `redress seal --out` exports it' })
  @ApiConflictResponse({
    description: 'SEAL_REFUSED: the store does not follow on from its latest seal; nothing written',
  })
  async seal(@CurrentActor() actor: Actor): Promise<SealDocument> {
    return (await this.seals.sealNow(actor)).document;
  }
}
