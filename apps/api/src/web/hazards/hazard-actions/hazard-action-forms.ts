import {
  ACCOMMODATION_ANSWERS,
  FINDINGS,
  HAZARD_CATEGORIES,
  HHSRS_HAZARDS,
} from '@redress/hazards';
import type { FastifyRequest } from 'fastify';
import { parseReference } from '../../../complaints/reference/complaint-reference';
import type { ReferenceIndex } from '../../../complaints/reference/reference-index.service';
import type { RequestContext } from '../../../complaints/shared/complaint-command.service';
import { ClassifyHazardCommand } from '../../../hazards/classify-hazard/classify-hazard.command';
import { ClassifyHazardRequest } from '../../../hazards/classify-hazard/classify-hazard.request';
import { CloseHazardCommand } from '../../../hazards/close-hazard/close-hazard.command';
import { CloseHazardRequest } from '../../../hazards/close-hazard/close-hazard.request';
import { CompletePreventativeWorkCommand } from '../../../hazards/complete-preventative-work/complete-preventative-work.command';
import { CompletePreventativeWorkRequest } from '../../../hazards/complete-preventative-work/complete-preventative-work.request';
import { CompleteSafetyWorkCommand } from '../../../hazards/complete-safety-work/complete-safety-work.command';
import { CompleteSafetyWorkRequest } from '../../../hazards/complete-safety-work/complete-safety-work.request';
import { ConcludeInvestigationCommand } from '../../../hazards/conclude-investigation/conclude-investigation.command';
import { ConcludeInvestigationRequest } from '../../../hazards/conclude-investigation/conclude-investigation.request';
import { DeferPreventativeWorkCommand } from '../../../hazards/defer-preventative-work/defer-preventative-work.command';
import { DeferPreventativeWorkRequest } from '../../../hazards/defer-preventative-work/defer-preventative-work.request';
import type { HazardView } from '../../../hazards/get-hazard/hazard.view';
import { LinkComplaintCommand } from '../../../hazards/link-complaint/link-complaint.command';
import { LinkComplaintRequest } from '../../../hazards/link-complaint/link-complaint.request';
import { MakeSafeCommand } from '../../../hazards/make-safe/make-safe.command';
import { MakeSafeRequest } from '../../../hazards/make-safe/make-safe.request';
import { OfferAlternativeAccommodationCommand } from '../../../hazards/offer-alternative-accommodation/offer-alternative-accommodation.command';
import { OfferAlternativeAccommodationRequest } from '../../../hazards/offer-alternative-accommodation/offer-alternative-accommodation.request';
import { RecordReasonableEndeavoursCommand } from '../../../hazards/record-reasonable-endeavours/record-reasonable-endeavours.command';
import { RecordReasonableEndeavoursRequest } from '../../../hazards/record-reasonable-endeavours/record-reasonable-endeavours.request';
import { SendWrittenSummaryCommand } from '../../../hazards/send-written-summary/send-written-summary.command';
import { SendWrittenSummaryRequest } from '../../../hazards/send-written-summary/send-written-summary.request';
import type { HazardHttpCommand } from '../../../hazards/shared/hazard-http.command';
import { StartPreventativeWorkCommand } from '../../../hazards/start-preventative-work/start-preventative-work.command';
import { StartPreventativeWorkRequest } from '../../../hazards/start-preventative-work/start-preventative-work.request';
import type { FormErrors } from '../../actions/form-errors';
import { dateField, formText, lines } from '../../shared/form';
import {
  ANSWER_LABELS,
  CATEGORY_LABELS,
  FINDING_LABELS,
  STEP_LABELS,
  hazardTypeLabel,
} from '../shared/hazard-labels';
import { hazardTimeFields } from '../shared/hazard-time';
import type { HazardActionKey } from './hazard-action-catalogue';

export interface HazardFormContext {
  readonly request: FastifyRequest;
  readonly view: HazardView;
  readonly now: Date;
  readonly errors: FormErrors;
  readonly references: ReferenceIndex;
}

/** A field as the one hazard form template draws it (GOV.UK components). */
export interface FieldSpec {
  readonly kind: 'textarea' | 'input' | 'radios' | 'select' | 'checkbox' | 'date';
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly items?: readonly { value: string; text: string; hint?: string }[];
}

type CommandFactory = (
  id: string,
  payload: never,
  ctx: RequestContext,
) => HazardHttpCommand<unknown>;

/** How one hazard action's form becomes the API's request body, and the command carrying it. */
export interface HazardActionForm {
  readonly requestType: new () => object;
  readonly command: CommandFactory;
  fields(view: HazardView): FieldSpec[];
  parse(ctx: HazardFormContext): Record<string, unknown> | Promise<Record<string, unknown>>;
}

const text = (ctx: HazardFormContext, name: string) => formText(ctx.request, name);

function required(ctx: HazardFormContext, name: string, message: string): string {
  const value = text(ctx, name);
  if (!value) ctx.errors.add(name, message);
  return value;
}

function oneOf(ctx: HazardFormContext, name: string, values: readonly string[], message: string) {
  const value = text(ctx, name);
  if (!values.includes(value)) ctx.errors.add(name, message);
  return value;
}

const timed = (ctx: HazardFormContext) => hazardTimeFields(ctx.request, ctx.now, ctx.errors);
const items = (values: readonly string[], labels: (v: string) => string) =>
  values.map((value) => ({ value, text: labels(value) }));
const textarea = (name: string, label: string, hint?: string): FieldSpec => ({
  kind: 'textarea',
  name,
  label,
  hint,
});

/** A form with one text field and the step's time: most steps record what was done. */
function simple(
  requestType: new () => object,
  command: CommandFactory,
  name: string,
  label: string,
  message: string,
): HazardActionForm {
  return {
    requestType,
    command,
    fields: () => [textarea(name, label)],
    parse: (ctx) => ({ [name]: required(ctx, name, message), ...timed(ctx) }),
  };
}

export const HAZARD_ACTION_FORMS: Record<HazardActionKey, HazardActionForm> = {
  classify: {
    requestType: ClassifyHazardRequest,
    command: (id, p, c) => new ClassifyHazardCommand(id, p, c),
    fields: () => [
      {
        kind: 'radios',
        name: 'category',
        label: 'Is it an emergency or a significant hazard?',
        items: [
          {
            value: 'EMERGENCY',
            text: CATEGORY_LABELS.EMERGENCY!,
            hint: 'Investigate and make safe within 24 hours',
          },
          {
            value: 'SIGNIFICANT',
            text: CATEGORY_LABELS.SIGNIFICANT!,
            hint: 'Investigate within 10 working days (Reg 6)',
          },
        ],
      },
      {
        kind: 'select',
        name: 'hazardType',
        label: 'Hazard (HHSRS)',
        items: items(HHSRS_HAZARDS, hazardTypeLabel),
      },
      textarea('reason', 'Why it is classified so'),
    ],
    parse: (ctx) => ({
      category: oneOf(ctx, 'category', HAZARD_CATEGORIES, 'Choose emergency or significant'),
      hazardType: oneOf(ctx, 'hazardType', HHSRS_HAZARDS, 'Choose the hazard'),
      reason: required(ctx, 'reason', 'Say why it is classified so'),
      ...timed(ctx),
    }),
  },
  investigation: {
    requestType: ConcludeInvestigationRequest,
    command: (id, p, c) => new ConcludeInvestigationCommand(id, p, c),
    fields: () => [
      {
        kind: 'radios',
        name: 'finding',
        label: 'What did the investigation find?',
        items: items(FINDINGS, (f) => FINDING_LABELS[f]!),
      },
      textarea(
        'reasons',
        'The reasons for the finding',
        'They go into the written summary for the tenant (Reg 9)',
      ),
      {
        kind: 'checkbox',
        name: 'preventativeWorkRequired',
        label: 'Supplementary preventative work',
        hint: 'Work that stops the hazard coming back (Reg 13)',
      },
    ],
    parse: (ctx) => ({
      finding: oneOf(ctx, 'finding', FINDINGS, 'Choose what the investigation found'),
      reasons: required(ctx, 'reasons', 'Give the reasons for the finding (Reg 9)'),
      preventativeWorkRequired: text(ctx, 'preventativeWorkRequired') === 'yes',
      ...timed(ctx),
    }),
  },
  'make-safe': simple(
    MakeSafeRequest,
    (id, p, c) => new MakeSafeCommand(id, p, c),
    'action',
    'The emergency action that made the home safe',
    'Say what made the home safe',
  ),
  'written-summary': {
    requestType: SendWrittenSummaryRequest,
    command: (id, p, c) => new SendWrittenSummaryCommand(id, p, c),
    fields: () => [
      {
        kind: 'input',
        name: 'method',
        label: 'How it was given to the tenant',
        hint: 'For example, letter or email',
      },
      textarea('summary', 'The summary of the findings, as sent'),
    ],
    parse: (ctx) => ({
      method: required(ctx, 'method', 'Say how the summary was given to the tenant'),
      summary: required(ctx, 'summary', 'Enter the summary as sent (Reg 9)'),
      ...timed(ctx),
    }),
  },
  'safety-work': simple(
    CompleteSafetyWorkRequest,
    (id, p, c) => new CompleteSafetyWorkCommand(id, p, c),
    'work',
    'The relevant safety work done',
    'Say what safety work was done (Reg 11(2)(a))',
  ),
  'defer-preventative-work': simple(
    DeferPreventativeWorkRequest,
    (id, p, c) => new DeferPreventativeWorkCommand(id, p, c),
    'notReasonablyPracticableReason',
    'Why beginning within 5 working days is not reasonably practicable',
    'Say why it is not reasonably practicable (Reg 13(3))',
  ),
  'start-preventative-work': {
    requestType: StartPreventativeWorkRequest,
    command: (id, p, c) => new StartPreventativeWorkCommand(id, p, c),
    fields: () => [
      textarea('work', 'The preventative work physically started'),
      {
        kind: 'date',
        name: 'targetCompletionOn',
        label: 'Target date for completing it',
        hint: 'A reasonable time (Reg 13(4)). For example, 30 1 2026',
      },
    ],
    parse: (ctx) => {
      const target = dateField(ctx.request, 'targetCompletionOn');
      if (target === undefined || target === 'invalid')
        ctx.errors.add(
          'targetCompletionOn-day',
          'Enter the target date for completing the work (Reg 13(4))',
        );
      return {
        work: required(ctx, 'work', 'Say what preventative work started'),
        targetCompletionOn: target === 'invalid' ? '' : (target ?? ''),
        ...timed(ctx),
      };
    },
  },
  'complete-preventative-work': simple(
    CompletePreventativeWorkRequest,
    (id, p, c) => new CompletePreventativeWorkCommand(id, p, c),
    'work',
    'The preventative work completed',
    'Say what preventative work was completed',
  ),
  'alternative-accommodation': {
    requestType: OfferAlternativeAccommodationRequest,
    command: (id, p, c) => new OfferAlternativeAccommodationCommand(id, p, c),
    fields: () => [
      textarea('accommodation', 'The accommodation offered'),
      textarea('reason', 'Why the home cannot be made safe in time'),
      {
        kind: 'checkbox',
        name: 'atLandlordsCost',
        label: 'Cost',
        hint: 'The accommodation is at the landlord’s cost',
      },
      {
        kind: 'radios',
        name: 'answer',
        label: 'The resident’s answer',
        items: items(ACCOMMODATION_ANSWERS, (a) => ANSWER_LABELS[a]!),
      },
    ],
    parse: (ctx) => ({
      accommodation: required(ctx, 'accommodation', 'Say what accommodation was offered'),
      reason: required(ctx, 'reason', 'Say why the home cannot be made safe in time'),
      atLandlordsCost: text(ctx, 'atLandlordsCost') === 'yes',
      answer: oneOf(ctx, 'answer', ACCOMMODATION_ANSWERS, 'Choose the resident’s answer'),
      ...timed(ctx),
    }),
  },
  'reasonable-endeavours': {
    requestType: RecordReasonableEndeavoursRequest,
    command: (id, p, c) => new RecordReasonableEndeavoursCommand(id, p, c),
    fields: (view) => [
      {
        kind: 'radios',
        name: 'step',
        label: 'Which clock is it for?',
        items: view.clocks.map((c) => ({
          value: c.step,
          text: `${STEP_LABELS[c.step] ?? c.step} (${c.provision})`,
        })),
      },
      textarea('explanation', 'What the landlord did, and why the clock could not be met'),
      textarea(
        'evidence',
        'The evidence',
        'One item on each line: call logs, letters, visits without access',
      ),
    ],
    parse: (ctx) => {
      const evidence = lines(text(ctx, 'evidence'));
      if (evidence.length === 0)
        ctx.errors.add('evidence', 'List the evidence, one item on each line');
      return {
        step: oneOf(
          ctx,
          'step',
          ctx.view.clocks.map((c) => c.step),
          'Choose the clock the defence is for',
        ),
        explanation: required(ctx, 'explanation', 'Say what the landlord did'),
        evidence,
        ...timed(ctx),
      };
    },
  },
  'link-complaint': {
    requestType: LinkComplaintRequest,
    command: (id, p, c) => new LinkComplaintCommand(id, p, c),
    fields: () => [
      {
        kind: 'input',
        name: 'complaint',
        label: 'The complaint’s reference',
        hint: 'For example, C-2025-000123',
      },
    ],
    parse: async (ctx) => {
      const given = required(ctx, 'complaint', 'Enter the complaint’s reference');
      const complaintId = parseReference(given) ? await ctx.references.complaintIdOf(given) : given;
      if (given && !complaintId)
        ctx.errors.add('complaint', `No complaint has the reference ${given}`);
      return { complaintId: complaintId ?? '', ...timed(ctx) };
    },
  },
  close: simple(
    CloseHazardRequest,
    (id, p, c) => new CloseHazardCommand(id, p, c),
    'summary',
    'How the case ended',
    'Say how the case ended',
  ),
};
