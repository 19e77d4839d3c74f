import { AWAABS_LAW_PHASE_1 } from '../policy/awaabs-law-phase1.policy';
import {
  DEFAULT_HAZARD_PROMPT_WORDS,
  hazardPromptFor,
  hazardWordsIn,
  stockTypeMayBeInScope,
} from './hazard-prompt';

/** The damp and mould prompt: SI 2025/1042 phase 1's significant hazard, in a complaint. */
describe('the damp and mould prompt on a complaint', () => {
  const words = DEFAULT_HAZARD_PROMPT_WORDS;

  it('finds the words, their common endings and phrases, in any case', () => {
    expect(hazardWordsIn('Black MOULD in the bedroom', words)).toEqual(['mould']);
    expect(hazardWordsIn('The walls are mouldy and the dampness is worse', words)).toEqual([
      'damp',
      'mould',
    ]);
    expect(hazardWordsIn('Black\nspots on the ceiling', words)).toEqual(['black spots']);
    expect(hazardWordsIn('Mold by the window; condensation every morning', words)).toEqual([
      'mold',
      'condensation',
    ]);
  });

  it('does not match inside other words', () => {
    expect(hazardWordsIn('The gate was damaged and the handler was rude', words)).toEqual([]);
    expect(hazardWordsIn('Service charge moldova error', words)).toEqual([]);
  });

  it('takes a landlord’s own list, phrases and all', () => {
    expect(hazardWordsIn('A wet patch on the wall', ['wet patch'])).toEqual(['wet patch']);
    expect(hazardWordsIn('Mould', ['(mould'])).toEqual([]);
  });

  it('prompts for a low cost rental home under phase 1, not for shared ownership or others', () => {
    const description = 'Black mould in the bedroom';
    expect(hazardPromptFor({ description, tenure: 'LCRA' }, AWAABS_LAW_PHASE_1, words)).toEqual({
      words: ['mould'],
    });
    // Awaab's Law reaches social rented tenancies only (s.10A LTA 1985).
    expect(hazardPromptFor({ description, tenure: 'LCHO' }, AWAABS_LAW_PHASE_1, words)).toBe(
      undefined,
    );
    expect(hazardPromptFor({ description, tenure: 'OTHER' }, AWAABS_LAW_PHASE_1, words)).toBe(
      undefined,
    );
  });

  it('does not prompt before commencement (no policy in force) or without the words', () => {
    expect(stockTypeMayBeInScope('LCRA', undefined)).toBe(false);
    expect(
      hazardPromptFor(
        { description: 'Rude call handler', tenure: 'LCRA' },
        AWAABS_LAW_PHASE_1,
        words,
      ),
    ).toBe(undefined);
  });
});
