import type { FigureName } from '@redress/read-models';

const LABELS: Record<FigureName, (stage: string, value?: string) => string> = {
  received: (s) => `Stage ${s} complaints received`,
  escalated: () => 'Stage 1 complaints taken to Stage 2',
  acknowledged: (s) => `Stage ${s} complaints acknowledged`,
  'acknowledged-late': (s) => `Stage ${s} complaints acknowledged late`,
  responded: (s) => `Stage ${s} responses`,
  'responded-late': (s) => `Stage ${s} responses not in time`,
  'ch02-cohort': (s) => `Stage ${s} complaints in the CH02 cohort`,
  'ch02-in-time': (s) => `Stage ${s} complaints answered in time (CH02)`,
  'ch02-not-in-time': (s) => `Stage ${s} complaints not answered in time (CH02)`,
  'ch02-not-yet-due': (s) => `Stage ${s} complaints awaiting a response not yet due (CH02)`,
  'ombudsman-determined': () => 'Complaints the Ombudsman determined',
  'ombudsman-finding': (_s, v) => `Complaints with an Ombudsman finding of ${v ?? ''}`,
  'order-open': () => 'Complaints with Ombudsman orders open',
  'order-complied': () => 'Complaints with Ombudsman orders complied with',
  'order-overdue': () => 'Complaints with Ombudsman orders overdue',
  'learning-open': () => 'Complaints with learning actions open',
  'learning-overdue': () => 'Complaints with learning actions overdue',
  shortfall: (_s, v) => `Complaints falling short of CHC ${v ?? ''}`,
};

/** A figure's name in plain words, for the list of the complaints behind it. */
export function figureLabel(figure: FigureName, stage: number, value?: string): string {
  return LABELS[figure](String(stage), value);
}
