/**
 * The steps Awaab's Law puts a clock on. Each clock (clocks/) and each reasonable endeavours
 * record names one of them.
 */
export const HAZARD_STEPS = [
  /** Emergency hazard: investigate within 24 hours of awareness. */
  'EMERGENCY_INVESTIGATION',
  /** Emergency hazard: make safe within the same 24 hours. */
  'EMERGENCY_MAKE_SAFE',
  /** Reg 6: significant hazard, investigate within 10 working days of awareness. */
  'INVESTIGATION',
  /** Reg 9: written summary within 3 working days of the investigation concluding. */
  'WRITTEN_SUMMARY',
  /** Reg 11(2)(a): relevant safety work within 5 working days of the investigation concluding. */
  'SAFETY_WORK',
  /** Reg 13(2), 13(3)(b): preventative work begun within 5 working days, or by 12 weeks. */
  'PREVENTATIVE_WORK_START',
  /** Reg 13(4): preventative work completed within a reasonable time (the recorded target). */
  'PREVENTATIVE_WORK_COMPLETION',
] as const;
export type HazardStep = (typeof HAZARD_STEPS)[number];

export function isHazardStep(value: unknown): value is HazardStep {
  return (HAZARD_STEPS as readonly unknown[]).includes(value);
}
