import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { londonMoment, streamAgainstLatestSeal } from '@redress/audit';
import { verifyStream, type EventStore } from '@redress/event-store';
import type { FastifyReply } from 'fastify';
import { READ_ROLES, STORE_AUDIT_ROLES } from '@redress/users';
import { SealKeyProvider } from '../../../seals/shared/seal-key.provider';
import { EVENT_STORE } from '../../../store/tokens';
import { renderPage } from '../../shared/page';
import { WebController, WebPage, type WebRequest } from '../../shared/web-auth';
import { AuditRecordService, kindOf } from '../shared/audit-record.service';

/**
 * One record's chain, walked now, and compared with the store's latest seal: as
 * `GET /audit/verify?complaint=` and `redress verify --complaint|--hazard`, said in plain words.
 */
@WebController()
@Controller('web/audit')
export class VerifyRecordController {
  constructor(
    private readonly records: AuditRecordService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly keys: SealKeyProvider,
  ) {}

  @Get(['complaints/:id/verify', 'hazards/:id/verify'])
  @WebPage(...READ_ROLES)
  async verify(
    @Param('id') raw: string,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const record = await this.records.load(kindOf(request), raw);
    const chain = verifyStream(record.recorded);
    const seal = await streamAgainstLatestSeal(
      this.store,
      record.stream,
      record.recorded,
      this.keys.trusted(),
    );
    const events = `${chain.events.toLocaleString('en-GB')} event${chain.events === 1 ? '' : 's'}`;
    const intact = chain.ok && (seal?.matches ?? true);
    const headline = !chain.ok
      ? `This record was altered: its chain breaks at event ${chain.firstBreak.revision}.`
      : seal && !seal.matches
        ? `This record no longer matches the seal signed on ${londonMoment(seal.sealedAt)}.`
        : seal
          ? `The chain is unbroken: ${events} match the seal signed on ${londonMoment(seal.sealedAt)}.`
          : `The chain is unbroken: ${events}, each as it was written. The store has no seal yet, so events cut from the end would not show.`;
    return renderPage(request, reply, 'audit/verify-record/verify-record.njk', {
      pageTitle: `Verify ${record.title}`,
      record,
      chain,
      seal,
      intact,
      headline,
      mayVerifyStore: STORE_AUDIT_ROLES.includes(request.webUser!.role),
    });
  }
}
