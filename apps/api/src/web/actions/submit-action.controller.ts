import { randomUUID } from 'node:crypto';
import { Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ComplaintError, londonDateOf } from '@redress/complaints';
import { ConcurrencyError } from '@redress/event-store';
import { COMMAND_ROLES } from '@redress/users';
import type { FastifyReply } from 'fastify';
import { ComplaintIdPipe } from '../../complaints/shared/complaint-id.pipe';
import { ValidationFailedException } from '../../problem-details/validation-failed.exception';
import { CLOCK, type Clock } from '../../store/tokens';
import { formText } from '../shared/form';
import { redirect } from '../shared/page';
import { refusalSummary } from '../shared/plain-errors';
import { WebController, WebPage, type WebRequest } from '../shared/web-auth';
import { ACTION_FORMS } from './action-forms';
import { ActionPageService, type ActionFormState } from './action-page.service';
import { FormErrors, validateAsApi } from './form-errors';
import { refusalTarget } from './refusal-fields';

const STALE =
  'Someone else changed this complaint after you opened this page. Go back to the complaint, check what changed, and try again.';

/**
 * A posted action form goes through the CommandBus exactly as the API's request would: checked
 * by the API's own request class, the page's revision as If-Match and the form's key as
 * Idempotency-Key. What is wrong is shown on the form again, as a GOV.UK error summary.
 */
@WebController()
@Controller('web/complaints')
export class SubmitActionController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly pages: ActionPageService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':id/:action')
  @WebPage(...COMMAND_ROLES)
  async submit(
    @Param('id', ComplaintIdPipe) id: string,
    @Param('action') key: string,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const target = await this.pages.load(id, key, request);
    const form = ACTION_FORMS[target.spec.key];
    const fieldOf = form.fieldOf ?? ((p: string) => p.split('.')[0]!);
    const errors = new FormErrors();
    const today = londonDateOf(this.clock.now());
    const payload = form.parse({ request, view: target.page.view, today, errors });
    const state: ActionFormState = {
      formKey: formText(request, 'formKey') || randomUUID(),
      revision: formText(request, 'revision'),
      values: (request.body ?? {}) as Record<string, unknown>,
    };
    if (!errors.any) await validateAsApi(form.requestType, payload, errors, fieldOf);
    if (errors.any) return this.pages.render(request, reply, target, { ...state, errors }, 400);
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
      const shown = failure(error, form.fieldOf ?? ((p) => p));
      if (!shown) throw error;
      return this.pages.render(request, reply, target, { ...state, ...shown.form }, shown.status);
    }
    redirect(reply, `${await this.pages.complaintPath(target)}?done=${target.spec.key}`);
  }
}

/**
 * A refusal by the rules (409, with the provision it enforces), a field the API's validation
 * refused (400), or a change by someone else since the page was opened (409); anything else
 * (a complaint that has gone, a fault) is not the form's to show.
 */
function failure(
  error: unknown,
  fieldOf: (path: string) => string,
): { form: Pick<ActionFormState, 'errors' | 'refusal'>; status: number } | undefined {
  if (error instanceof ComplaintError && error.code !== 'COMPLAINT_NOT_FOUND')
    return { form: { refusal: refusalSummary(error, refusalTarget(error.code)) }, status: 409 };
  if (error instanceof ValidationFailedException) {
    const invalid = new FormErrors();
    for (const f of error.fields) for (const m of f.messages) invalid.add(fieldOf(f.field), m);
    return { form: { errors: invalid }, status: 400 };
  }
  if (error instanceof ConcurrencyError) {
    const stale = new FormErrors();
    stale.add('main-content', STALE);
    return { form: { errors: stale }, status: 409 };
  }
  return undefined;
}
