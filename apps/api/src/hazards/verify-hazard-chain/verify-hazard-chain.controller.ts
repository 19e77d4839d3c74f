import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { readHazardEvents, streamAgainstLatestSeal } from '@redress/audit';
import { verifyStream, type EventStore } from '@redress/event-store';
import { HazardError } from '@redress/hazards';
import { READ_ROLES } from '@redress/users';
import { AllowRoles } from '../../auth/auth.decorators';
import { ComplaintIdPipe as IdPipe } from '../../complaints/shared/complaint-id.pipe';
import { SealKeyProvider } from '../../seals/shared/seal-key.provider';
import { EVENT_STORE } from '../../store/tokens';

export interface HazardChainVerificationView {
  readonly hazardId: string;
  readonly intact: boolean;
  readonly events: number;
  readonly headHash?: string;
  readonly firstBreak?: { revision: number; eventId: string; reason: string; detail: string };
  readonly seal?: {
    readonly digest: string;
    readonly sealedAt: string;
    readonly matches: boolean;
    readonly problem?: string;
  };
}

/**
 * A hazard case's hash chain walked now and compared with the store's latest seal, as
 * `GET /audit/verify?complaint=` does a complaint's and `redress verify --hazard` on the CLI.
 */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('hazards')
export class VerifyHazardChainController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly keys: SealKeyProvider,
  ) {}

  @Get(':id/verify')
  @AllowRoles(...READ_ROLES)
  @ApiOperation({ summary: "Walk a hazard case's hash chain and report its first broken link" })
  @ApiOkResponse({ description: '`intact` with the head hash, or the first broken link' })
  async verify(@Param('id', IdPipe) id: string): Promise<HazardChainVerificationView> {
    const found = await readHazardEvents(this.store, id);
    if (!found) throw new HazardError('HAZARD_NOT_FOUND', `Hazard case ${id} does not exist`);
    const verdict = verifyStream(found.recorded);
    const seal = await streamAgainstLatestSeal(
      this.store,
      found.stream,
      found.recorded,
      this.keys.trusted(),
    );
    if (verdict.ok)
      return {
        hazardId: id,
        intact: seal?.matches ?? true,
        events: verdict.events,
        headHash: verdict.headHash,
        seal,
      };
    const b = verdict.firstBreak;
    return {
      hazardId: id,
      intact: false,
      events: verdict.events,
      firstBreak: {
        revision: Number(b.revision),
        eventId: b.eventId,
        reason: b.reason,
        detail: b.detail,
      },
      seal,
    };
  }
}
