import {
  hazardLifecycleAccepts,
  type HazardEvent,
  type HazardEventType,
  type HazardLifecycleSnapshot,
} from '@redress/hazards';
import { COMMAND_ROLES, type Role } from '@redress/users';

export type HazardActionKey =
  | 'classify'
  | 'investigation'
  | 'make-safe'
  | 'written-summary'
  | 'safety-work'
  | 'defer-preventative-work'
  | 'start-preventative-work'
  | 'complete-preventative-work'
  | 'alternative-accommodation'
  | 'reasonable-endeavours'
  | 'link-complaint'
  | 'close';

/** One thing an officer can do to a hazard case, with what the regulations say beside it. */
export interface HazardActionSpec {
  readonly key: HazardActionKey;
  readonly label: string;
  /** The event the hazard machine must accept now (`can()`) for the action to be offered. */
  readonly event: HazardEventType;
  /** Data the machine's guards read, e.g. a finding (either finding is a way forward). */
  readonly probe?: Record<string, unknown>;
  readonly roles: readonly Role[];
  /** The regulation (SI 2025/1042) or rule the step answers to; [UNCONFIRMED] where unread. */
  readonly regulation: string;
  /** The guidance shown beside the form, paragraph by paragraph. */
  readonly guidance: readonly string[];
}

/** In the order a case usually meets them. Roles are the API's (decision 10). */
export const HAZARD_ACTIONS: readonly HazardActionSpec[] = [
  {
    key: 'classify',
    label: 'Classify the hazard',
    event: 'HazardClassified',
    roles: COMMAND_ROLES,
    regulation: 'SI 2025/1042 Reg 6',
    guidance: [
      'An emergency hazard must be investigated and the home made safe within 24 hours of the landlord becoming aware. That regulation’s number is [UNCONFIRMED].',
      'A significant hazard (in phase 1, damp and mould) must be investigated within 10 working days of the landlord becoming aware (Reg 6).',
      'The clocks run from the moment the landlord became aware, not from this classification: time spent on triage is already used.',
    ],
  },
  {
    key: 'investigation',
    label: 'Record the investigation’s findings',
    event: 'InvestigationConcluded',
    probe: { finding: 'HAZARD' },
    roles: COMMAND_ROLES,
    regulation: 'SI 2025/1042 Regs 6–9',
    guidance: [
      'Record what the investigation found, with the reasons (Reg 9).',
      'The tenant must then be given a written summary of the findings within 3 working days (Reg 9).',
      'For a significant hazard, the relevant safety work is due within 5 working days (Reg 11(2)(a)), and supplementary preventative work must begin within 5 working days (Reg 13(2)).',
      'A finding of no hazard closes the case; the tenant is still told the findings.',
    ],
  },
  {
    key: 'make-safe',
    label: 'Record that the home was made safe',
    event: 'MadeSafe',
    roles: COMMAND_ROLES,
    regulation: 'Emergency hazard: 24 hours [UNCONFIRMED reg.]',
    guidance: [
      'An emergency hazard must be made safe within 24 hours of the landlord becoming aware, through nights, weekends and bank holidays.',
      'If the home cannot be made safe in time, offer suitable alternative accommodation.',
    ],
  },
  {
    key: 'written-summary',
    label: 'Record the written summary sent to the tenant',
    event: 'WrittenSummarySent',
    roles: COMMAND_ROLES,
    regulation: 'SI 2025/1042 Reg 9',
    guidance: [
      'Give the tenant a written summary of the investigation’s findings within 3 working days of the investigation concluding (Reg 9).',
      'Say what was found, what the landlord will do and by when.',
    ],
  },
  {
    key: 'safety-work',
    label: 'Record the relevant safety work',
    event: 'SafetyWorkCompleted',
    roles: COMMAND_ROLES,
    regulation: 'SI 2025/1042 Reg 11(2)(a)',
    guidance: [
      'For a significant hazard, the relevant safety work must be done within 5 working days of the investigation concluding (Reg 11(2)(a)).',
    ],
  },
  {
    key: 'defer-preventative-work',
    label: 'Record why preventative work cannot begin within 5 working days',
    event: 'PreventativeWorkDeferred',
    roles: COMMAND_ROLES,
    regulation: 'SI 2025/1042 Reg 13(3)',
    guidance: [
      'Supplementary preventative work must begin within 5 working days of the investigation concluding (Reg 13(2)).',
      'Where that is not reasonably practicable, it must begin as soon as it is, and physically start within 12 weeks (Reg 13(3)(b)). Record why: it is the evidence.',
    ],
  },
  {
    key: 'start-preventative-work',
    label: 'Record that preventative work has started',
    event: 'PreventativeWorkStarted',
    roles: COMMAND_ROLES,
    regulation: 'SI 2025/1042 Reg 13(2)–(4)',
    guidance: [
      'Record the preventative work physically started (Reg 13(2)–(3)).',
      'It must be completed within a reasonable time (Reg 13(4)): set the target date the landlord will be held to.',
    ],
  },
  {
    key: 'complete-preventative-work',
    label: 'Record that preventative work is complete',
    event: 'PreventativeWorkCompleted',
    roles: COMMAND_ROLES,
    regulation: 'SI 2025/1042 Reg 13(4)',
    guidance: [
      'Preventative work is completed within a reasonable time: the target recorded when it started (Reg 13(4)).',
    ],
  },
  {
    key: 'alternative-accommodation',
    label: 'Offer suitable alternative accommodation',
    event: 'AlternativeAccommodationOffered',
    roles: COMMAND_ROLES,
    regulation: 'Awaab’s Law: alternative accommodation [UNCONFIRMED reg.]',
    guidance: [
      'Where the home cannot be made safe in time, the landlord offers suitable alternative accommodation, at its own cost, until it is safe to return.',
      'Record the resident’s answer; the regulation’s number is [UNCONFIRMED].',
    ],
  },
  {
    key: 'reasonable-endeavours',
    label: 'Record reasonable endeavours',
    event: 'ReasonableEndeavoursRecorded',
    roles: COMMAND_ROLES,
    regulation: 'Awaab’s Law: reasonable endeavours defence [UNCONFIRMED reg.]',
    guidance: [
      'Where a clock could not be met despite the landlord’s reasonable endeavours (for example, no access), record what was done and the evidence.',
      'A missed clock stays missed: the defence is shown beside it.',
    ],
  },
  {
    key: 'link-complaint',
    label: 'Link a complaint about the same matter',
    event: 'ComplaintLinked',
    roles: COMMAND_ROLES,
    regulation: 'Housing Ombudsman: both timescales run concurrently',
    guidance: [
      'The Housing Ombudsman expects landlords to comply with the timescales for Awaab’s Law and with their complaints policy concurrently.',
      'Linking shows each clock on the other’s page; neither clock stops.',
    ],
  },
  {
    key: 'close',
    label: 'Close the hazard case',
    event: 'HazardClosed',
    roles: COMMAND_ROLES,
    regulation: 'SI 2025/1042 Regs 9, 11, 13',
    guidance: [
      'A case closes once every step it owes is done: the home made safe or the safety work completed (Reg 11), the written summary sent (Reg 9), and any preventative work completed (Reg 13).',
    ],
  },
];

export function hazardActionSpec(key: string): HazardActionSpec | undefined {
  return HAZARD_ACTIONS.find((a) => a.key === key);
}

/**
 * What the hazard machine allows now (`can()`, guards included) and the role permits. Nothing
 * here repeats the machine's rules; the decider still checks everything on submit.
 */
export function availableHazardActions(
  lifecycle: HazardLifecycleSnapshot,
  role: Role,
): HazardActionSpec[] {
  return HAZARD_ACTIONS.filter((action) => {
    if (!action.roles.includes(role)) return false;
    const probe = { type: action.event, data: { at: '', effectiveOn: '', ...action.probe } };
    return hazardLifecycleAccepts(lifecycle, probe as unknown as HazardEvent);
  });
}
