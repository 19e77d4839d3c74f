import type { HazardCommandOfType, HazardCommandType } from '../commands/hazard-command';

export const HAZARD_ID = 'h-0001';

type Builder<T extends HazardCommandType> = (
  overrides?: Partial<Omit<HazardCommandOfType<T>, 'type'>>,
) => HazardCommandOfType<T>;

function builder<T extends HazardCommandType>(
  type: T,
  defaults: Omit<HazardCommandOfType<T>, 'type' | 'hazardId'>,
): Builder<T> {
  return (overrides = {}) =>
    ({ type, hazardId: HAZARD_ID, ...defaults, ...overrides }) as HazardCommandOfType<T>;
}

/** A valid command of each type, to be adjusted per test. */
export const hazardCommands = {
  report: builder('ReportHazard', {
    route: 'CALL',
    tenure: 'SOCIAL_RENT_SECURE',
    residentRef: 'R-100',
    propertyRef: 'P-200',
    description: 'Black mould spreading across the bedroom ceiling; child with asthma',
  }),
  classify: builder('ClassifyHazard', {
    category: 'SIGNIFICANT',
    hazardType: 'DAMP_AND_MOULD',
    reason: 'Mould over 1m² in a bedroom used by a child with asthma',
  }),
  conclude: builder('ConcludeInvestigation', {
    finding: 'HAZARD',
    reasons: 'Surveyor found penetrating damp from a failed gutter; mould on two walls',
  }),
  makeSafe: builder('MakeSafe', { action: 'Gas supply capped and a Gas Safe engineer attended' }),
  summary: builder('SendWrittenSummary', {
    method: 'Letter and email',
    summary: 'Damp from a failed gutter; gutter and mould treatment booked',
  }),
  safetyWork: builder('CompleteSafetyWork', { work: 'Mould washed and treated; gutter cleared' }),
  defer: builder('DeferPreventativeWork', {
    notReasonablyPracticableReason: 'Scaffold needs a highways licence (applied for)',
  }),
  startPreventative: builder('StartPreventativeWork', {
    work: 'Replace gutter and install extractor fan',
    targetCompletionOn: '2099-01-01',
  }),
  completePreventative: builder('CompletePreventativeWork', { work: 'Gutter and fan installed' }),
  offerAccommodation: builder('OfferAlternativeAccommodation', {
    accommodation: 'Two-bedroom flat at 4 Elm Road, furnished',
    reason: 'The home cannot be made safe within the time allowed',
    atLandlordsCost: true,
    answer: 'ACCEPTED',
  }),
  reasonableEndeavours: builder('RecordReasonableEndeavours', {
    step: 'SAFETY_WORK',
    explanation: 'The tenant refused access on three booked visits',
    evidence: ['Call log 2026-03-10 09:05', 'Card left 2026-03-11', 'Letter of 2026-03-12'],
  }),
  linkComplaint: builder('LinkComplaint', { complaintId: 'c-0042' }),
  close: builder('CloseHazard', { summary: 'Safe; preventative work complete' }),
};
