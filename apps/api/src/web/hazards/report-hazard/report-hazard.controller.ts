import { randomUUID } from 'node:crypto';
import { Controller, Get, Inject, NotFoundException, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ComplaintError, londonDateOf } from '@redress/complaints';
import { idFromKey } from '@redress/complaint-stream';
import { AWARENESS_ROUTES, HazardError, TENURES, TENURES_BY_STOCK_TYPE } from '@redress/hazards';
import { COMMAND_ROLES } from '@redress/users';
import type { FastifyReply } from 'fastify';
import { parseReference } from '@redress/complaint-stream';
import { ReferenceIndex } from '../../../complaints/reference/reference-index.service';
import {
  ComplaintReader,
  type LoadedComplaint,
} from '../../../complaints/shared/complaint-reader.service';
import { ReportHazardCommand } from '../../../hazards/report-hazard/report-hazard.command';
import { ReportHazardRequest } from '../../../hazards/report-hazard/report-hazard.request';
import { CLOCK, type Clock } from '../../../store/tokens';
import { FormErrors, validateAsApi } from '../../actions/form-errors';
import { formText } from '../../shared/form';
import { TENURE_LABELS } from '../../shared/labels';
import { redirect, renderPage } from '../../shared/page';
import { refusalSummary } from '../../shared/plain-errors';
import { WebController, WebPage, type WebRequest } from '../../shared/web-auth';
import { HAZARD_TENURE_LABELS, ROUTE_LABELS } from '../shared/hazard-labels';
import { hazardRefusalSummary } from '../shared/hazard-refusal';
import { dateFieldValues, hazardTimeFields, timeFieldValues } from '../shared/hazard-time';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The complaint a hazard is reported from, as the form shows and links it. */
interface FromComplaint {
  readonly id: string;
  readonly reference: string;
  readonly stockType: string;
}

interface FormState {
  formKey: string;
  values: Record<string, unknown>;
  from?: FromComplaint;
  errors?: FormErrors;
  refusal?: {
    titleText: string;
    descriptionText?: string;
    errorList: { text: string; href: string }[];
  };
}

/**
 * Open a hazard case (SI 2025/1042) from the moment the landlord became aware, by any route:
 * from the menu, or from a complaint, whose resident, property and stock type fill the form in
 * and which is linked to the case (both clocks then show on each side).
 */
@WebController()
@Controller('web/hazards/new')
export class ReportHazardPageController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly complaints: ComplaintReader,
    private readonly references: ReferenceIndex,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @WebPage(...COMMAND_ROLES)
  async form(
    @Query('complaint') complaint: string | undefined,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const loaded = complaint ? await this.complaint(complaint) : undefined;
    const from = loaded && (await this.fromComplaint(loaded));
    return this.render(request, reply, {
      formKey: randomUUID(),
      from,
      values: loaded ? this.prefill(loaded) : {},
    });
  }

  @Post()
  @WebPage(...COMMAND_ROLES)
  async submit(@Req() request: WebRequest, @Res() reply: FastifyReply): Promise<void> {
    const errors = new FormErrors();
    const text = (name: string) => formText(request, name);
    const complaintId = text('complaintId');
    const loaded = complaintId ? await this.complaint(complaintId) : undefined;
    const from = loaded && (await this.fromComplaint(loaded));
    if (!(AWARENESS_ROUTES as readonly string[]).includes(text('route')))
      errors.add('route', 'Choose how the landlord became aware');
    if (!(TENURES as readonly string[]).includes(text('tenure')))
      errors.add('tenure', 'Choose the resident’s tenure: it decides whether Awaab’s Law applies');
    if (!text('residentRef')) errors.add('residentRef', 'Enter the resident’s reference');
    if (!text('propertyRef')) errors.add('propertyRef', 'Enter the property reference');
    if (!text('description'))
      errors.add('description', 'Describe the potential hazard in the words it was reported');
    const payload = {
      route: text('route'),
      tenure: text('tenure'),
      residentRef: text('residentRef'),
      propertyRef: text('propertyRef'),
      description: text('description'),
      ...(from ? { complaintId: from.id } : {}),
      ...hazardTimeFields(request, this.clock.now(), errors),
    };
    const state: FormState = {
      formKey: text('formKey') || randomUUID(),
      values: (request.body ?? {}) as Record<string, unknown>,
      from,
    };
    if (!errors.any)
      await validateAsApi(ReportHazardRequest, payload, errors, (p) =>
        p === 'at' ? 'at-day' : p.split('.')[0]!,
      );
    if (errors.any) return this.render(request, reply, { ...state, errors }, 400);
    const actor = { id: request.webUser!.id, role: request.webUser!.role };
    // The same form posted twice opens one case: its id comes from the form's key, as the
    // API's Idempotency-Key does.
    const id = idFromKey(actor.id, `web-${state.formKey}`, 'hazard');
    try {
      await this.commandBus.execute(
        new ReportHazardCommand(id, payload as never, {
          actor,
          correlationId: String(request.id),
          idempotencyKey: `web-${state.formKey}`,
        }),
      );
    } catch (error) {
      if (error instanceof HazardError)
        return this.render(request, reply, { ...state, refusal: hazardRefusalSummary(error) }, 409);
      if (error instanceof ComplaintError)
        return this.render(request, reply, { ...state, refusal: refusalSummary(error) }, 409);
      throw error;
    }
    redirect(reply, `/web/hazards/${id}?done=reported`);
  }

  /** A complaint by reference or id; an unknown one is a page not found. */
  private async complaint(given: string): Promise<LoadedComplaint> {
    const id = parseReference(given)
      ? await this.references.complaintIdOf(given)
      : UUID.test(given)
        ? given.toLowerCase()
        : undefined;
    if (!id) throw new NotFoundException();
    return this.complaints.load(id);
  }

  private async fromComplaint(loaded: LoadedComplaint): Promise<FromComplaint> {
    const c = loaded.state.complaint!;
    const reference =
      (await this.references.referenceOf(c.complaintId, c.receivedOn)) ?? c.complaintId;
    return { id: c.complaintId, reference, stockType: c.tenure };
  }

  /**
   * The complaint fills the form in: resident, property, its words, the route, and the moment
   * the landlord became aware (when the complaint came in). A stock type that can hold only one
   * tenancy (shared ownership) chooses it; otherwise the officer says which tenancy it is.
   */
  private prefill(loaded: LoadedComplaint): Record<string, string> {
    const c = loaded.state.complaint!;
    const tenures = TENURES_BY_STOCK_TYPE[c.tenure];
    const loggedAt = loaded.stored[0]?.metadata.recordedAt;
    const receivedAt =
      c.receivedAt ??
      (loggedAt && londonDateOf(loggedAt) === c.receivedOn
        ? new Date(loggedAt).toISOString()
        : undefined);
    return {
      route: 'COMPLAINT',
      residentRef: c.residentRef,
      propertyRef: c.propertyRef ?? '',
      description: c.description,
      ...(tenures.length === 1 ? { tenure: tenures[0]! } : {}),
      // Received on an earlier day at a time not recorded: the day, and the officer gives the time.
      ...(receivedAt ? timeFieldValues(receivedAt) : dateFieldValues(c.receivedOn)),
    };
  }

  private render(
    request: WebRequest,
    reply: FastifyReply,
    form: FormState,
    status = 200,
  ): Promise<void> {
    const likely = form.from
      ? ((TENURES_BY_STOCK_TYPE as Record<string, readonly string[]>)[form.from.stockType] ?? [])
      : [];
    // The tenancies the complaint's stock type can hold come first.
    const ordered = [...likely, ...TENURES.filter((t) => !likely.includes(t))];
    return renderPage(
      request,
      reply,
      'hazards/report-hazard/report-hazard.njk',
      {
        pageTitle: 'Report a hazard',
        from: form.from,
        stockTypeText: form.from ? TENURE_LABELS[form.from.stockType] : undefined,
        routes: AWARENESS_ROUTES.map((r) => ({
          value: r,
          text: ROUTE_LABELS[r] ?? r,
          checked: form.values.route === r,
        })),
        tenures: ordered.map((t) => ({
          value: t,
          text: HAZARD_TENURE_LABELS[t] ?? t,
          checked: form.values.tenure === t,
        })),
        formKey: form.formKey,
        values: form.values,
        errors: form.errors?.byField() ?? {},
        errorSummary: form.refusal ?? form.errors?.summary(),
      },
      status,
    );
  }
}
