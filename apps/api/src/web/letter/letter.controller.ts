import { Controller, Get, Inject, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { londonDateOf } from '@redress/complaints';
import type { FastifyReply } from 'fastify';
import { READ_ROLES } from '@redress/users';
import type { RedressConfig } from '@redress/config';
import { ReferenceIndex } from '../../complaints/reference/reference-index.service';
import { ComplaintIdPipe } from '../../complaints/shared/complaint-id.pipe';
import { CLOCK, REDRESS_CONFIG, type Clock } from '../../store/tokens';
import { GetComplaintPageQuery, type ComplaintPage } from '../complaint/get-complaint-page.query';
import { DECISION_LABELS, REMEDY_LABELS } from '../shared/labels';
import { renderPage } from '../shared/page';
import { peopleNames } from '../shared/people';
import { WebController, WebPage, type WebRequest } from '../shared/web-auth';
import { UserDirectory } from '@redress/users';

/**
 * The response letter, printable, built only from what was recorded: the stage, the complaint
 * definition, the decision on each issue with reasons, the remedy, the outstanding actions and
 * how to escalate or go to the Ombudsman (CHC 6.7, 6.19, 7.1–7.3).
 */
@WebController()
@Controller('web/complaints')
export class LetterController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly references: ReferenceIndex,
    private readonly directory: UserDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REDRESS_CONFIG) private readonly config: RedressConfig,
  ) {}

  @Get(':id/letter/:stage')
  @WebPage(...READ_ROLES)
  async letter(
    @Param('id', ComplaintIdPipe) id: string,
    @Param('stage') stageParam: string,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const today = londonDateOf(this.clock.now());
    const page: ComplaintPage = await this.queryBus.execute(new GetComplaintPageQuery(id, today));
    const stage =
      stageParam === '1' ? page.view.stage1 : stageParam === '2' ? page.view.stage2 : undefined;
    if (!stage?.response) throw new NotFoundException();
    const reference = (await this.references.referenceOf(id, page.view.receivedOn)) ?? id;
    const actions = page.view.actions.filter((a) => a.setOn === stage.response!.respondedOn);
    return renderPage(request, reply, 'letter/letter.njk', {
      pageTitle: `${stageParam === '1' ? 'Stage 1 response' : 'Final response'} – ${reference}`,
      reference,
      c: page.view,
      stageNumber: stageParam,
      s: stage,
      remedies: actions.filter((a) => a.kind === 'remedy'),
      outstanding: actions.filter((a) => a.kind === 'outstanding'),
      remedyTypes: Object.fromEntries(stage.response.remedies.map((r) => [r.actionId, r])),
      escalationWindow: page.policy.escalationRequestWindow,
      landlord: this.config.web,
      people: await peopleNames(this.directory),
      decisionLabels: DECISION_LABELS,
      remedyLabels: REMEDY_LABELS,
    });
  }
}
