import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ComplaintError } from '@redress/complaints';
import { readComplaintEvents, streamAgainstLatestSeal } from '@redress/audit';
import { verifyStream, type EventStore } from '@redress/event-store';
import { AllowRoles } from '../../auth/auth.decorators';
import { READ_ROLES } from '@redress/users';
import { EVENT_STORE } from '../../store/tokens';
import { SealKeyProvider } from '../../seals/shared/seal-key.provider';
import { VerifyChainRequest } from './verify-complaint-chain.request';

export interface ChainVerificationView {
  readonly complaintId: string;
  readonly intact: boolean;
  readonly events: number;
  readonly headHash?: string;
  readonly firstBreak?: { revision: number; eventId: string; reason: string; detail: string };
  /** The stream against the store's latest seal: a cut-back tail or a recomputed chain shows here. */
  readonly seal?: {
    readonly digest: string;
    readonly sealedAt: string;
    readonly matches: boolean;
    readonly problem?: string;
  };
}

/**
 * One complaint's chain over HTTP. The whole store (`verify --all`) is a long walk that belongs
 * in the CLI, next to the file, not in a request.
 */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class VerifyComplaintChainController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly keys: SealKeyProvider,
  ) {}

  @Get('verify')
  @AllowRoles(...READ_ROLES)
  @ApiOperation({ summary: "Walk a complaint's hash chain and report its first broken link" })
  @ApiOkResponse({ description: '`intact` with the head hash, or the first broken link' })
  async verify(@Query() query: VerifyChainRequest): Promise<ChainVerificationView> {
    const id = query.complaint.toLowerCase();
    const found = await readComplaintEvents(this.store, id);
    if (!found) throw ComplaintError.notFound(id);
    const verdict = verifyStream(found.recorded);
    const seal = await streamAgainstLatestSeal(
      this.store,
      found.stream,
      found.recorded,
      this.keys.trusted(),
    );
    if (verdict.ok) {
      return {
        complaintId: id,
        intact: seal?.matches ?? true,
        events: verdict.events,
        headHash: verdict.headHash,
        seal,
      };
    }
    const b = verdict.firstBreak;
    return {
      complaintId: id,
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
