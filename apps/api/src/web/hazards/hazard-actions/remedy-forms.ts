import { ACCOMMODATION_ANSWERS } from '@redress/hazards';
import { parseReference } from '@redress/complaint-stream';
import { CloseHazardCommand } from '../../../hazards/close-hazard/close-hazard.command';
import { CloseHazardRequest } from '../../../hazards/close-hazard/close-hazard.request';
import { CompletePreventativeWorkCommand } from '../../../hazards/complete-preventative-work/complete-preventative-work.command';
import { CompletePreventativeWorkRequest } from '../../../hazards/complete-preventative-work/complete-preventative-work.request';
import { DeferPreventativeWorkCommand } from '../../../hazards/defer-preventative-work/defer-preventative-work.command';
import { DeferPreventativeWorkRequest } from '../../../hazards/defer-preventative-work/defer-preventative-work.request';
import { LinkComplaintCommand } from '../../../hazards/link-complaint/link-complaint.command';
import { LinkComplaintRequest } from '../../../hazards/link-complaint/link-complaint.request';
import { OfferAlternativeAccommodationCommand } from '../../../hazards/offer-alternative-accommodation/offer-alternative-accommodation.command';
import { OfferAlternativeAccommodationRequest } from '../../../hazards/offer-alternative-accommodation/offer-alternative-accommodation.request';
import { RecordReasonableEndeavoursCommand } from '../../../hazards/record-reasonable-endeavours/record-reasonable-endeavours.command';
import { RecordReasonableEndeavoursRequest } from '../../../hazards/record-reasonable-endeavours/record-reasonable-endeavours.request';
import { StartPreventativeWorkCommand } from '../../../hazards/start-preventative-work/start-preventative-work.command';
import { StartPreventativeWorkRequest } from '../../../hazards/start-preventative-work/start-preventative-work.request';
import { dateField, lines } from '../../shared/form';
import { ANSWER_LABELS, STEP_LABELS } from '../shared/hazard-labels';
import type { HazardActionKey } from './hazard-action-catalogue';
import {
  text,
  required,
  oneOf,
  timed,
  items,
  textarea,
  simple,
  type HazardActionForm,
} from './hazard-form-kit';

/** Preventative work (Reg 13), the safeguards, linking a complaint and closing. */
export const REMEDY_FORMS = {
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
} satisfies Partial<Record<HazardActionKey, HazardActionForm>>;
