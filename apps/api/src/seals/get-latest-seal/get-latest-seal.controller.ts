import { Controller, Get, Inject, NotFoundException } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { readLatestSeal, type EventStore, type SealDocument } from '@redress/event-store';
import { AllowRoles } from '../../auth/auth.decorators';
import { READ_ROLES } from '@redress/users';
import { EVENT_STORE } from '../../store/tokens';

/** The latest seal as a document an auditor keeps outside the store (`verify --against`). */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/seals')
export class GetLatestSealController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('latest')
  @AllowRoles(...READ_ROLES)
  @ApiOperation({ summary: 'The latest seal of the store, to keep outside it' })
  @ApiOkResponse({ description: '{ statement, signature, publicKey }' })
  @ApiNotFoundResponse({ description: 'The store has not been sealed yet' })
  async latest(): Promise<SealDocument> {
    const latest = await readLatestSeal(this.store);
    if (!latest) throw new NotFoundException('The store has not been sealed yet');
    return latest;
  }
}
