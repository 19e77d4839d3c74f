import { DEFAULT_HAZARD_PROMPT_WORDS } from '@redress/hazards';
import { ConfigError, loadConfig } from './redress-config';

describe('the damp and mould prompt words', () => {
  it('default to the one list, and take a landlord’s own', () => {
    expect(loadConfig({}).hazards.promptWords).toEqual(DEFAULT_HAZARD_PROMPT_WORDS);
    expect(
      loadConfig({ REDRESS_HAZARD_PROMPT_WORDS: 'damp, mould ,wet  patch' }).hazards.promptWords,
    ).toEqual(['damp', 'mould', 'wet patch']);
  });

  it('refuses a list that is not words', () => {
    expect(() => loadConfig({ REDRESS_HAZARD_PROMPT_WORDS: ',,' })).toThrow(ConfigError);
    expect(() => loadConfig({ REDRESS_HAZARD_PROMPT_WORDS: 'mould|damp' })).toThrow(
      /REDRESS_HAZARD_PROMPT_WORDS must be words or phrases/,
    );
  });
});
