import { randomUUID } from 'node:crypto';
import { Controller, Get, Inject, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ComplaintError,
  ESCALATION_REFUSAL_CODES,
  londonDateOf,
  nameOf,
} from '@redress/complaints';
import { ConcurrencyError } from '@redress/event-store';
import type { FastifyReply } from 'fastify';
import { COMMAND_ROLES } from '@redress/users';
import { ReferenceIndex } from '../../complaints/reference/reference-index.service';
import { ComplaintIdPipe } from '../../complaints/shared/complaint-id.pipe';
import { ValidationFailedException } from '../../problem-details/validation-failed.exception';
import { CLOCK, type Clock } from '../../store/tokens';
import { GetComplaintPageQuery, type ComplaintPage } from '../complaint/get-complaint-page.query';
import { formText } from '../shared/form';
import {
  DECISION_LABELS,
  FINDING_LABELS,
  ORDER_TYPE_LABELS,
  REMEDY_LABELS,
  TENURE_LABELS,
} from '../shared/labels';
import { redirect, renderPage } from '../shared/page';
import { caseworkers, peopleNames } from '../shared/people';
import { refusalSummary } from '../shared/plain-errors';
import { WebController, WebPage, type WebRequest } from '../shared/web-auth';
import { UserDirectory } from '@redress/users';
import { actionSpec, availableActions, type ActionSpec } from './action-catalogue';
import { ACTION_FORMS } from './action-forms';
import { EXTRA_FINDING_ROWS, MAX_FINDING_ROWS } from './follow-through-forms';
import { FormErrors, validateAsApi } from './form-errors';

/** The field a refusal is about, so its error summary link lands on it. */
const REFUSAL_FIELDS: Record<string, string> = {
  STAGE2_HANDLER_CONFLICT: 'handlerId',
  HANDLER_UNCHANGED: 'handlerId',
  EXTENSION_EXCEEDS_CAP: 'goodReason',
  EXTENSION_NOT_LATER: 'newDueOn-day',
  OMBUDSMAN_DETAILS_REQUIRED: 'ombudsmanDetailsGiven',
  EXTENSION_REASON_REQUIRED: 'reason',
  ROOT_CAUSE_REQUIRED: 'rootCause',
  CATEGORY_REQUIRED: 'category',
  LEARNING_REQUIRED: 'learning',
  REMEDY_REQUIRED: 'remedyType',
  BACKDATE_REASON_REQUIRED: 'backdateReason',
  DATE_IN_FUTURE: 'effectiveOn-day',
  DATE_BEFORE_PREVIOUS_STEP: 'effectiveOn-day',
  DEFINITION_REQUIRED: 'issues',
  UNKNOWN_ACTION: 'actionId',
  ACTION_ALREADY_COMPLETED: 'actionId',
  FINDINGS_REQUIRED: 'issue-0',
  ORDER_AMOUNT_REQUIRED: 'amount',
  UNKNOWN_ORDER: 'orderId',
  ORDER_ALREADY_COMPLIED: 'orderId',
  EVIDENCE_REQUIRED: 'evidence',
  EXCLUSION_REASON_REQUIRED: 'explanation',
  EXCLUSION_NOT_APPLICABLE: 'issueOccurredOn-day',
  DISCRETION_NOT_CONSIDERED: 'discretionConsidered',
  COURT_CLAIM_DATE_REQUIRED: 'claimFiledAtCourtOn-day',
  OMBUDSMAN_RIGHTS_REQUIRED: 'ombudsmanRightsGiven',
  TENURE_UNCHANGED: 'tenure',
  ADDITIONAL_ISSUE_NEEDS_NEW_COMPLAINT: 'related',
};

/**
 * One form per action, offered only when the lifecycle allows it and the role permits. A post
 * goes through the CommandBus exactly as the API's would: the page's revision as If-Match, and a
 * key per form as Idempotency-Key, so a double submit records once.
 */
@WebController()
@Controller('web/complaints')
export class ActionController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
    private readonly references: ReferenceIndex,
    private readonly directory: UserDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':id/:action')
  @WebPage(...COMMAND_ROLES)
  async form(
    @Param('id', ComplaintIdPipe) id: string,
    @Param('action') key: string,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { page, spec } = await this.load(id, key, request);
    return this.render(request, reply, id, page, spec, {
      formKey: randomUUID(),
      revision: String(page.view.revision),
      values: this.defaults(spec, page, request),
    });
  }

  @Post(':id/:action')
  @WebPage(...COMMAND_ROLES)
  async submit(
    @Param('id', ComplaintIdPipe) id: string,
    @Param('action') key: string,
    @Req() request: WebRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { page, spec } = await this.load(id, key, request);
    const form = ACTION_FORMS[spec.key];
    const errors = new FormErrors();
    const today = londonDateOf(this.clock.now());
    const payload = form.parse({ request, view: page.view, today, errors });
    const values = (request.body ?? {}) as Record<string, unknown>;
    const formKey = formText(request, 'formKey') || randomUUID();
    const revision = formText(request, 'revision');
    if (!errors.any)
      await validateAsApi(
        form.requestType,
        payload,
        errors,
        form.fieldOf ?? ((p) => p.split('.')[0]!),
      );
    if (errors.any)
      return this.render(
        request,
        reply,
        id,
        page,
        spec,
        { formKey, revision, values, errors },
        400,
      );
    try {
      await this.commandBus.execute(
        form.command(id, payload as never, {
          actor: { id: request.webUser!.id, role: request.webUser!.role },
          correlationId: String(request.id),
          idempotencyKey: `web-${formKey}`,
          expectedRevision: /^\d+$/.test(revision) ? BigInt(revision) : undefined,
        }),
      );
    } catch (error) {
      if (error instanceof ComplaintError && error.code !== 'COMPLAINT_NOT_FOUND') {
        const refusal = refusalSummary(error, `#${REFUSAL_FIELDS[error.code] ?? 'main-content'}`);
        return this.render(
          request,
          reply,
          id,
          page,
          spec,
          { formKey, revision, values, refusal },
          409,
        );
      }
      if (error instanceof ValidationFailedException) {
        const invalid = new FormErrors();
        for (const f of error.fields)
          for (const m of f.messages) invalid.add((form.fieldOf ?? ((p) => p))(f.field), m);
        return this.render(
          request,
          reply,
          id,
          page,
          spec,
          { formKey, revision, values, errors: invalid },
          400,
        );
      }
      if (error instanceof ConcurrencyError) {
        const stale = new FormErrors();
        stale.add(
          'main-content',
          'Someone else changed this complaint after you opened this page. Go back to the complaint, check what changed, and try again.',
        );
        return this.render(
          request,
          reply,
          id,
          page,
          spec,
          { formKey, revision, values, errors: stale },
          409,
        );
      }
      throw error;
    }
    const reference = (await this.references.referenceOf(id, page.view.receivedOn)) ?? id;
    redirect(reply, `/web/complaints/${reference}?done=${spec.key}`);
  }

  private async load(id: string, key: string, request: WebRequest) {
    const spec = actionSpec(key);
    if (!spec) throw new NotFoundException();
    const today = londonDateOf(this.clock.now());
    const page: ComplaintPage = await this.queryBus.execute(new GetComplaintPageQuery(id, today));
    const allowed = availableActions(page.lifecycle, page.view, request.webUser!.role);
    // Offered only when the machine accepts it now; an old link lands on the complaint instead.
    if (!allowed.some((a) => a.key === spec.key)) throw new NotFoundException();
    return { page, spec };
  }

  private defaults(
    spec: ActionSpec,
    page: ComplaintPage,
    request: WebRequest,
  ): Record<string, unknown> {
    if (spec.key === 'acknowledge-stage1') return { handlerId: request.webUser!.id };
    if (spec.key === 'acknowledge-stage2') {
      const s1 = page.view.stage1.definition;
      return {
        issues: (s1?.issues ?? []).map((i) => i.summary).join('\n'),
        outcomesSought: (s1?.outcomesSought ?? []).join('\n'),
      };
    }
    if (spec.key === 'respond-stage1' || spec.key === 'respond-stage2')
      return { remedyOwner: request.webUser!.id, actionOwner: request.webUser!.id };
    if (spec.key === 'ombudsman-determination') {
      // The Ombudsman usually determines the complaint as the landlord defined it last.
      const record = page.view.stage2?.definition ? page.view.stage2 : page.view.stage1;
      const issues = record.definition?.issues ?? [];
      return {
        ombudsmanReference: page.view.ombudsman?.ombudsmanReference ?? '',
        ...Object.fromEntries(issues.map((issue, i) => [`issue-${i}`, issue.summary])),
      };
    }
    if (spec.key === 'ombudsman-referral')
      return { ombudsmanReference: page.view.ombudsman?.ombudsmanReference ?? '' };
    return {};
  }

  private async render(
    request: WebRequest,
    reply: FastifyReply,
    id: string,
    page: ComplaintPage,
    spec: ActionSpec,
    form: {
      formKey: string;
      revision: string;
      values: Record<string, unknown>;
      errors?: FormErrors;
      refusal?: ReturnType<typeof refusalSummary>;
    },
    status = 200,
  ): Promise<void> {
    const reference = (await this.references.referenceOf(id, page.view.receivedOn)) ?? id;
    const stage = page.view.stage;
    const record = stage === 1 ? page.view.stage1 : page.view.stage2;
    return renderPage(
      request,
      reply,
      `actions/${spec.key}.njk`,
      {
        pageTitle: `${spec.label} – ${reference}`,
        spec,
        reference,
        c: page.view,
        stage,
        issues: record?.definition?.issues ?? [],
        currentDue: page.view.deadlines.find(
          (d) =>
            d.kind === (stage === 1 ? 'STAGE1_RESPONSE' : 'STAGE2_RESPONSE') &&
            d.status === 'pending',
        ),
        policy: page.policy,
        caseworkers: await caseworkers(this.directory),
        people: await peopleNames(this.directory),
        decisionLabels: DECISION_LABELS,
        remedyLabels: REMEDY_LABELS,
        findingLabels: FINDING_LABELS,
        orderTypeLabels: ORDER_TYPE_LABELS,
        tenureLabels: TENURE_LABELS,
        codeNames: Object.fromEntries(ESCALATION_REFUSAL_CODES.map((code) => [code, nameOf(code)])),
        findingRows: findingRows(page, form.values),
        formKey: form.formKey,
        revision: form.revision,
        values: form.values,
        errors: form.errors?.byField() ?? {},
        errorSummary: form.refusal
          ? {
              titleText: form.refusal.titleText,
              descriptionText: provisionText(form.refusal.provision),
              errorList: form.refusal.errorList,
            }
          : form.errors?.summary(),
        provision: form.refusal?.provision,
      },
      status,
    );
  }
}

/** The rule a refusal enforces, in words: a Code provision, or the Ombudsman's own guidance. */
function provisionText(provision: string | null | undefined): string | undefined {
  if (!provision) return undefined;
  if (provision.startsWith('CHC '))
    return `This is required by the Housing Ombudsman’s Complaint Handling Code, ${provision.replace(/^CHC /, 'provision ')}.`;
  return `This is required by ${provision.replace(/^HOS /, 'the Housing Ombudsman’s ')}.`;
}

/** Findings rows: one per issue defined (or already typed in), and room for more. */
function findingRows(page: ComplaintPage, values: Record<string, unknown>): number[] {
  const record = page.view.stage2?.definition ? page.view.stage2 : page.view.stage1;
  const typed = Object.keys(values).filter((k) => /^issue-\d+$/.test(k) && values[k]).length;
  const count = Math.min(
    MAX_FINDING_ROWS,
    Math.max(record.definition?.issues.length ?? 0, typed) + EXTRA_FINDING_ROWS,
  );
  return Array.from({ length: count }, (_, i) => i);
}
