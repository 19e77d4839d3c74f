import type { Tenure as StockType } from '@redress/complaints';
import type { HazardPolicy } from '../policy/hazard-policy';
import type { Tenure } from '../model/vocabulary';

/**
 * The words that suggest a complaint describes damp and mould, the phase 1 significant hazard
 * (SI 2025/1042). The one list: a landlord replaces it with REDRESS_HAZARD_PROMPT_WORDS
 * (docs/hazards.md, "The prompt in a complaint"). Phrases match as phrases; each word also
 * matches its plural and common endings ("mouldy", "dampness").
 */
export const DEFAULT_HAZARD_PROMPT_WORDS: readonly string[] = [
  'damp',
  'mould',
  'mold',
  'black spots',
  'condensation',
  'mildew',
  'fungus',
];

/**
 * The Awaab's Law tenures each TSM stock type a complaint records can hold. A complaint knows
 * only the stock type (LCRA, LCHO, OTHER); the hazard case records the tenancy itself.
 */
export const TENURES_BY_STOCK_TYPE: { readonly [S in StockType]: readonly Tenure[] } = {
  LCRA: [
    'SOCIAL_RENT_SECURE',
    'SOCIAL_RENT_ASSURED',
    'SOCIAL_RENT_INTRODUCTORY',
    'SOCIAL_RENT_STARTER',
    'AFFORDABLE_RENT',
    'SUPPORTED_HOUSING',
  ],
  LCHO: ['SHARED_OWNERSHIP'],
  OTHER: ['LONG_LEASEHOLD', 'LICENCE', 'TEMPORARY_ACCOMMODATION'],
};

const ENDINGS = '(?:s|es|y|ness|ed)?';

/** The prompt words found in a text, in the list's order, each once. */
export function hazardWordsIn(text: string, words: readonly string[]): string[] {
  return words.filter((word) => {
    const phrase = word
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    return (
      phrase !== '' &&
      new RegExp(`(?<![\\p{L}\\p{N}])${phrase}${ENDINGS}(?![\\p{L}\\p{N}])`, 'iu').test(text)
    );
  });
}

/**
 * Whether Awaab's Law can reach a home of this stock type under the policy in force: at least
 * one tenure it may hold is in scope (or treated so while unconfirmed). No policy means the
 * landlord became aware before commencement (27 October 2025): the clocks cannot apply.
 */
export function stockTypeMayBeInScope(stock: StockType, policy: HazardPolicy | undefined): boolean {
  if (policy === undefined) return false;
  return TENURES_BY_STOCK_TYPE[stock].some((tenure) => {
    const scope = policy.tenures[tenure];
    return (
      scope === 'IN_SCOPE' ||
      (scope === 'UNCONFIRMED' && policy.unconfirmedTenureTreatedAs === 'IN_SCOPE')
    );
  });
}

/** What leads an officer to open a hazard case: the words that matched. Nothing is opened. */
export interface HazardPrompt {
  readonly words: readonly string[];
}

/**
 * A complaint whose description mentions damp or mould, about a home Awaab's Law may reach,
 * prompts the officer to open a hazard case: the Housing Ombudsman checks that a hazard
 * reported in a complaint "was recognised and recorded". The officer decides.
 */
export function hazardPromptFor(
  complaint: { readonly description: string; readonly tenure: StockType },
  policy: HazardPolicy | undefined,
  words: readonly string[],
): HazardPrompt | undefined {
  if (!stockTypeMayBeInScope(complaint.tenure, policy)) return undefined;
  const found = hazardWordsIn(complaint.description, words);
  return found.length > 0 ? { words: found } : undefined;
}
