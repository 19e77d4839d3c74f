import { randomUUID } from 'node:crypto';
import { Controller, Get, Inject, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CHANNELS, ComplaintError, TENURES, londonDateOf } from '@redress/complaints';
import type { RedressConfig } from '@redress/config';
import type { FastifyReply } from 'fastify';
import { COMMAND_ROLES } from '@redress/users';
import { LogComplaintCommand } from '../../complaints/log-complaint/log-complaint.command';
import { LogComplaintRequest } from '../../complaints/log-complaint/log-complaint.request';
import type { CommandOutcome } from '../../complaints/shared/complaint-command.service';
import { idFromKey } from '@redress/complaint-stream';
import { CLOCK, REDRESS_CONFIG, type Clock } from '../../store/tokens';
import { datedFields } from '../actions/dated-fields';
import { FormErrors, validateAsApi } from '../actions/form-errors';
import { formText, lines } from '../shared/form';
import { CHANNEL_LABELS, TENURE_LABELS } from '../shared/labels';
import { redirect, renderPage } from '../shared/page';
import { refusalSummary } from '../shared/plain-errors';
import { WebController, WebPage, type WebRequest } from '../shared/web-auth';

/** Log a complaint however it was made (CHC 1.2–1.3, 3.1), back-dated only with a reason. */
@WebController()
@Controller('web/complaints/new')
export class LogComplaintPageController {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REDRESS_CONFIG) private readonly config: RedressConfig,
  ) {}

  @Get()
  @WebPage(...COMMAND_ROLES)
  form(@Req() request: WebRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.render(request, reply, { formKey: randomUUID(), values: {} });
  }

  @Post()
  @WebPage(...COMMAND_ROLES)
  async submit(@Req() request: WebRequest, @Res() reply: FastifyReply): Promise<void> {
    const errors = new FormErrors();
    const today = londonDateOf(this.clock.now());
    const text = (name: string) => formText(request, name);
    const channel = text('channel');
    if (!(CHANNELS as readonly string[]).includes(channel))
      errors.add('channel', 'Choose how the complaint was made');
    // Tenure splits the regulator's complaint measures (TSM CH01/CH02) by LCRA and LCHO.
    // The form always sends one (the configured default is checked); none means that default.
    const tenure = text('tenure') || this.config.reporting.defaultTenure;
    if (!(TENURES as readonly string[]).includes(tenure))
      errors.add('tenure', 'Choose the resident’s tenure');
    if (!text('residentRef')) errors.add('residentRef', 'Enter the resident’s reference');
    if (!text('description'))
      errors.add('description', 'Enter the complaint in the words it was made');
    const payload = {
      channel,
      residentRef: text('residentRef'),
      ...(text('propertyRef') ? { propertyRef: text('propertyRef') } : {}),
      tenure,
      description: text('description'),
      ...(text('representative') ? { representative: text('representative') } : {}),
      vulnerable: text('vulnerable') === 'yes',
      reasonableAdjustments: lines(text('reasonableAdjustments')),
      ...datedFields(request, today, errors),
    };
    const formKey = text('formKey') || randomUUID();
    const values = (request.body ?? {}) as Record<string, unknown>;
    if (!errors.any)
      await validateAsApi(LogComplaintRequest, payload, errors, (p) => p.split('.')[0]!);
    if (errors.any) return this.render(request, reply, { formKey, values, errors }, 400);
    const actor = { id: request.webUser!.id, role: request.webUser!.role };
    // The same form posted twice makes one complaint: its id comes from the form's key.
    const id = idFromKey(actor.id, `web-${formKey}`, 'complaint');
    try {
      const outcome: CommandOutcome = await this.commandBus.execute(
        new LogComplaintCommand(id, payload as never, {
          actor,
          correlationId: String(request.id),
          idempotencyKey: `web-${formKey}`,
        }),
      );
      redirect(reply, `/web/complaints/${outcome.reference ?? id}?done=logged`);
    } catch (error) {
      if (!(error instanceof ComplaintError)) throw error;
      const refusal = refusalSummary(error, '#effectiveOn-day');
      return this.render(request, reply, { formKey, values, refusal }, 409);
    }
  }

  private render(
    request: WebRequest,
    reply: FastifyReply,
    form: {
      formKey: string;
      values: Record<string, unknown>;
      errors?: FormErrors;
      refusal?: ReturnType<typeof refusalSummary>;
    },
    status = 200,
  ): Promise<void> {
    return renderPage(
      request,
      reply,
      'log-complaint/log-complaint.njk',
      {
        pageTitle: 'Log a complaint',
        channels: CHANNELS.map((c) => ({
          value: c,
          text: CHANNEL_LABELS[c] ?? c,
          checked: form.values.channel === c,
        })),
        tenures: TENURES.map((t) => ({
          value: t,
          text: TENURE_LABELS[t] ?? t,
          checked: (form.values.tenure ?? this.config.reporting.defaultTenure) === t,
        })),
        formKey: form.formKey,
        values: form.values,
        errors: form.errors?.byField() ?? {},
        errorSummary: form.refusal
          ? { titleText: form.refusal.titleText, errorList: form.refusal.errorList }
          : form.errors?.summary(),
      },
      status,
    );
  }
}
