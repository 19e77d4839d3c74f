import { DEFAULT_HAZARD_PROMPT_WORDS } from '@redress/hazards';

/** Awaab's Law settings the landlord may change (the rules themselves are dated policy). */
export interface HazardConfig {
  /**
   * The words in a complaint that prompt the officer to open a hazard case
   * (`REDRESS_HAZARD_PROMPT_WORDS`, comma-separated; the default list otherwise).
   */
  readonly promptWords: readonly string[];
}

export function loadHazardConfig(env: NodeJS.ProcessEnv, problems: string[]): HazardConfig {
  const raw = env.REDRESS_HAZARD_PROMPT_WORDS;
  if (raw === undefined || raw.trim() === '') return { promptWords: DEFAULT_HAZARD_PROMPT_WORDS };
  const words = raw
    .split(',')
    .map((w) => w.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  if (words.length === 0 || words.some((w) => w.length > 60 || !/^[\p{L}\p{N}' -]+$/u.test(w))) {
    problems.push(
      `REDRESS_HAZARD_PROMPT_WORDS must be words or phrases separated by commas, e.g. damp,mould,black spots (got "${raw}")`,
    );
    return { promptWords: DEFAULT_HAZARD_PROMPT_WORDS };
  }
  return { promptWords: words };
}
