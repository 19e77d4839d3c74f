import { FINDINGS, HAZARD_CATEGORIES, HHSRS_HAZARDS } from '@redress/hazards';
import { ClassifyHazardCommand } from '../../../hazards/classify-hazard/classify-hazard.command';
import { ClassifyHazardRequest } from '../../../hazards/classify-hazard/classify-hazard.request';
import { CompleteSafetyWorkCommand } from '../../../hazards/complete-safety-work/complete-safety-work.command';
import { CompleteSafetyWorkRequest } from '../../../hazards/complete-safety-work/complete-safety-work.request';
import { ConcludeInvestigationCommand } from '../../../hazards/conclude-investigation/conclude-investigation.command';
import { ConcludeInvestigationRequest } from '../../../hazards/conclude-investigation/conclude-investigation.request';
import { MakeSafeCommand } from '../../../hazards/make-safe/make-safe.command';
import { MakeSafeRequest } from '../../../hazards/make-safe/make-safe.request';
import { SendWrittenSummaryCommand } from '../../../hazards/send-written-summary/send-written-summary.command';
import { SendWrittenSummaryRequest } from '../../../hazards/send-written-summary/send-written-summary.request';
import { CATEGORY_LABELS, FINDING_LABELS, hazardTypeLabel } from '../shared/hazard-labels';
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

/** Triage, the investigation and the steps due after it (SI 2025/1042 Regs 6–11). */
export const INVESTIGATION_FORMS = {
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
} satisfies Partial<Record<HazardActionKey, HazardActionForm>>;
