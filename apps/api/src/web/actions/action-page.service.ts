import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ESCALATION_REFUSAL_CODES, londonDateOf, nameOf } from '@redress/complaints';
import { UserDirectory } from '@redress/users';
import type { FastifyReply } from 'fastify';
import { ReferenceIndex } from '../../complaints/reference/reference-index.service';
import { CLOCK, type Clock } from '../../store/tokens';
import { GetComplaintPageQuery, type ComplaintPage } from '../complaint/get-complaint-page.query';
import {
  DECISION_LABELS,
  FINDING_LABELS,
  ORDER_TYPE_LABELS,
  REMEDY_LABELS,
  TENURE_LABELS,
} from '../shared/labels';
import { renderPage } from '../shared/page';
import { caseworkers, peopleNames } from '../shared/people';
import type { refusalSummary } from '../shared/plain-errors';
import type { WebRequest } from '../shared/web-auth';
import { actionSpec, availableActions, type ActionSpec } from './action-catalogue';
import { EXTRA_FINDING_ROWS, MAX_FINDING_ROWS } from './follow-through-forms';
import type { FormErrors } from './form-errors';
import { provisionText } from './refusal-fields';

/** An action's form as it is shown: fresh, or again with what was typed and what is wrong. */
export interface ActionFormState {
  readonly formKey: string;
  readonly revision: string;
  readonly values: Record<string, unknown>;
  readonly errors?: FormErrors;
  readonly refusal?: ReturnType<typeof refusalSummary>;
}

/** The complaint an action form is about, and which action: what both the form and its post need. */
export interface ActionTarget {
  readonly id: string;
  readonly page: ComplaintPage;
  readonly spec: ActionSpec;
}

/** Finds the action a page asks for and renders its form: shared by showing it and posting it. */
@Injectable()
export class ActionPageService {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly references: ReferenceIndex,
    private readonly directory: UserDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The complaint and the action; "page not found" for an action the lifecycle does not allow now. */
  async load(id: string, key: string, request: WebRequest): Promise<ActionTarget> {
    const spec = actionSpec(key);
    if (!spec) throw new NotFoundException();
    const today = londonDateOf(this.clock.now());
    const page: ComplaintPage = await this.queryBus.execute(new GetComplaintPageQuery(id, today));
    const allowed = availableActions(page.lifecycle, page.view, request.webUser!.role);
    // Offered only when the machine accepts it now; an old link lands on the complaint instead.
    if (!allowed.some((a) => a.key === spec.key)) throw new NotFoundException();
    return { id, page, spec };
  }

  /** Where the complaint's page is: by its reference when it has one. */
  async complaintPath(target: ActionTarget): Promise<string> {
    const { id, page } = target;
    return `/web/complaints/${(await this.references.referenceOf(id, page.view.receivedOn)) ?? id}`;
  }

  async render(
    request: WebRequest,
    reply: FastifyReply,
    { id, page, spec }: ActionTarget,
    form: ActionFormState,
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
