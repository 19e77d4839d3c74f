import { Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import { readSealBook, type EventStore } from '@redress/event-store';
import type { FastifyReply } from 'fastify';
import { STORE_AUDIT_ROLES } from '@redress/users';
import { SealKeyProvider } from '../../../seals/shared/seal-key.provider';
import { StoreVerificationService } from '../../../seals/shared/store-verification.service';
import { EVENT_STORE } from '../../../store/tokens';
import { redirect, renderPage } from '../../shared/page';
import { WebController, WebPage, type WebRequest } from '../../shared/web-auth';

/** Seals listed on the page: the newest first, at most this many. */
const SEALS_SHOWN = 20;

/**
 * The whole store checked against its seals (`redress verify --all`), as a job: a post starts
 * it (one at a time), and this page shows its progress and, when done, the verdict in plain
 * words. Without JavaScript the page has a link to refresh it; with it, the progress updates
 * itself. The same job as `POST /audit/store-verification`, for the same roles.
 */
@WebController()
@Controller('web/audit/verify')
export class VerifyStorePageController {
  constructor(
    private readonly verification: StoreVerificationService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly keys: SealKeyProvider,
  ) {}

  @Get()
  @WebPage(...STORE_AUDIT_ROLES)
  async status(@Req() request: WebRequest, @Res() reply: FastifyReply): Promise<void> {
    // A page view checks each seal's signature and link, and the latest seal's digest; every
    // digest (a pass over the heads per seal) is the job's work, not a request's.
    const book = await readSealBook(this.store, {
      trusted: this.keys.trusted(),
      checkEvery: false,
    });
    const problems = new Map(book.problems.map((p) => [p.revision, p.reason]));
    const seals = [...book.seals]
      .reverse()
      .slice(0, SEALS_SHOWN)
      .map((s) => ({
        ...s.document.statement,
        revision: String(s.revision),
        problem: problems.get(s.revision),
      }));
    const job = this.verification.current();
    const query = request.query as { already?: string };
    return renderPage(request, reply, 'audit/verify-store/verify-store.njk', {
      pageTitle: 'Check the whole store',
      job,
      seals,
      sealCount: book.seals.length,
      notice:
        query.already === '1' ? 'A check was already running: its progress is below.' : undefined,
    });
  }

  @Post()
  @WebPage(...STORE_AUDIT_ROLES)
  start(@Req() request: WebRequest, @Res() reply: FastifyReply): void {
    const { started } = this.verification.start(request.webUser!.id);
    return redirect(reply, started ? '/web/audit/verify' : '/web/audit/verify?already=1');
  }
}
