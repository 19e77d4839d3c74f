import { randomUUID } from 'node:crypto';
import {
  Controller,
  Get,
  Inject,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ComplaintError } from '@redress/complaints';
import { ConcurrencyError } from '@redress/event-store';
import { HazardError } from '@redress/hazards';
import { COMMAND_ROLES } from '@redress/users';
import type { FastifyReply } from 'fastify';
import { ReferenceIndex } from '../../../complaints/reference/reference-index.service';
import { ValidationFailedException } from '../../../problem-details/validation-failed.exception';
import { CLOCK, type Clock } from '../../../store/tokens';
import { FormErrors, validateAsApi } from '../../actions/form-errors';
import { formText } from '../../shared/form';
import { redirect, renderPage } from '../../shared/page';
import { refusalSummary } from '../../shared/plain-errors';
import { WebController, WebPage, type WebRequest } from '../../shared/web-auth';
import { GetHazardPageQuery, type HazardPage } from '../hazard-page/get-hazard-page.query';
import { hazardRefusalSummary } from '../shared/hazard-refusal';
import {
  availableHazardActions,
  hazardActionSpec,
  type HazardActionSpec,
} from './hazard-action-catalogue';
import { HAZARD_ACTION_FORMS } from './hazard-action-forms';

/** Hazard ids are UUIDs; anything else is a page that does not exist. */
export const hazardIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException() });

/** The form field an API field path belongs to, for inline errors. */
const fieldOf = (path: string): string => {
  const root = path.split('.')[0]!;
  if (root === 'at' || root === 'targetCompletionOn') return `${root}-day`;
  if (root === 'complaintId') return 'complaint';
  return root;
};

interface FormState {
  formKey: string;
  revision: string;
  values: Record<string, unknown>;
  errors?: FormErrors;
  refusal?: ReturnType<typeof hazardRefusalSummary>;
}

/**
 * One form per hazard step, offered only when the hazard machine accepts it now and the role
 * permits. A post goes through the CommandBus as the API's would: the page's revision as
 * If-Match and a key per form as Idempotency-Key, so a double submit records once.
 */
@WebController()
@Controller('web/hazards')
export class HazardActionController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    private readonly references: ReferenceIndex,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':id/:action')
  @WebPage(...COMMAND_ROLES)
  async form(
    @Param('id', hazardIdPipe) id: string,
    @Param('action') key: string,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { page, spec } = await this.load(id.toLowerCase(), key, request);
    return this.render(request, reply, page, spec, {
      formKey: randomUUID(),
      revision: String(page.view.revision),
      values: spec.key === 'classify' ? { hazardType: 'DAMP_AND_MOULD' } : {},
    });
  }

  @Post(':id/:action')
  @WebPage(...COMMAND_ROLES)
  async submit(
    @Param('id', hazardIdPipe) rawId: string,
    @Param('action') key: string,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const id = rawId.toLowerCase();
    // Posted whether or not the step is still offered: a double submit replays (its form's key
    // is the Idempotency-Key) and anything else is refused by the decider, on the form.
    const { page, spec } = await this.load(id, key, request, { offeredOnly: false });
    const form = HAZARD_ACTION_FORMS[spec.key];
    const errors = new FormErrors();
    const now = this.clock.now();
    const payload = await form.parse({
      request,
      view: page.view,
      now,
      errors,
      references: this.references,
    });
    const state: FormState = {
      formKey: formText(request, 'formKey') || randomUUID(),
      revision: formText(request, 'revision'),
      values: (request.body ?? {}) as Record<string, unknown>,
    };
    if (!errors.any) await validateAsApi(form.requestType, payload, errors, fieldOf);
    if (errors.any) return this.render(request, reply, page, spec, { ...state, errors }, 400);
    try {
      await this.commandBus.execute(
        form.command(id, payload as never, {
          actor: { id: request.webUser!.id, role: request.webUser!.role },
          correlationId: String(request.id),
          idempotencyKey: `web-${state.formKey}`,
          expectedRevision: /^\d+$/.test(state.revision) ? BigInt(state.revision) : undefined,
        }),
      );
    } catch (error) {
      const failed = this.failure(error);
      if (!failed) throw error;
      return this.render(request, reply, page, spec, { ...state, ...failed.form }, failed.status);
    }
    redirect(reply, `/web/hazards/${id}?done=${spec.key}`);
  }

  /** A refusal, bad input or a stale page, shown on the form; anything else is not ours. */
  private failure(
    error: unknown,
  ): { form: Pick<FormState, 'errors' | 'refusal'>; status: number } | undefined {
    if (error instanceof HazardError && error.code !== 'HAZARD_NOT_FOUND')
      return { form: { refusal: hazardRefusalSummary(error) }, status: 409 };
    if (error instanceof ComplaintError && error.code !== 'COMPLAINT_NOT_FOUND') {
      const summary = refusalSummary(error, '#complaint');
      return { form: { refusal: { ...summary, descriptionText: undefined } }, status: 409 };
    }
    if (error instanceof ComplaintError) {
      const missing = new FormErrors();
      missing.add('complaint', 'No complaint has that reference or id');
      return { form: { errors: missing }, status: 400 };
    }
    if (error instanceof ValidationFailedException) {
      const invalid = new FormErrors();
      for (const f of error.fields) for (const m of f.messages) invalid.add(fieldOf(f.field), m);
      return { form: { errors: invalid }, status: 400 };
    }
    if (error instanceof ConcurrencyError) {
      const stale = new FormErrors();
      stale.add(
        'main-content',
        'Someone else changed this hazard case after you opened this page. Go back to the case, check what changed, and try again.',
      );
      return { form: { errors: stale }, status: 409 };
    }
    return undefined;
  }

  private async load(
    id: string,
    key: string,
    request: WebRequest,
    options = { offeredOnly: true },
  ) {
    const spec = hazardActionSpec(key);
    if (!spec || !spec.roles.includes(request.webUser!.role)) throw new NotFoundException();
    const page: HazardPage = await this.queryBus.execute(
      new GetHazardPageQuery(id, this.clock.now()),
    );
    // A form is offered only when the machine accepts it now; an old link is a page not found.
    const offered = availableHazardActions(page.lifecycle, request.webUser!.role);
    if (options.offeredOnly && !offered.some((a) => a.key === key)) throw new NotFoundException();
    return { page, spec };
  }

  private render(
    request: WebRequest,
    reply: FastifyReply,
    page: HazardPage,
    spec: HazardActionSpec,
    form: FormState,
    status = 200,
  ): Promise<void> {
    return renderPage(
      request,
      reply,
      'hazards/hazard-actions/hazard-action.njk',
      {
        pageTitle: `${spec.label} – hazard case`,
        spec,
        h: page.view,
        formFields: HAZARD_ACTION_FORMS[spec.key].fields(page.view),
        formKey: form.formKey,
        revision: form.revision,
        values: form.values,
        errors: form.errors?.byField() ?? {},
        errorSummary: form.refusal ?? form.errors?.summary(),
      },
      status,
    );
  }
}
