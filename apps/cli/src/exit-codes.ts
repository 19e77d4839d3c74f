import { USAGE_ERROR } from './usage-error';

/**
 * What the CLI's exit status means, so scripts (a nightly `verify --all`) can tell an altered
 * record from a typo or an outage. Printed by `redress --help` and listed in docs/audit.md.
 */
export const EXIT = {
  OK: 0,
  /**
   * verify found a broken hash chain, a store that no longer matches a seal, or a stored event
   * that could not be read; seal refused to seal over such a store; history read a broken chain.
   */
  ALTERED: 1,
  USAGE: USAGE_ERROR,
  COMPLAINT_NOT_FOUND: 3,
  /** The configuration is wrong, or the store cannot be opened, reached or read (a damaged file). */
  STORE_UNAVAILABLE: 4,
  /** A fault in Redress itself (EX_SOFTWARE). */
  INTERNAL: 70,
} as const;

export const EXIT_CODES_HELP = [
  'Exit codes:',
  '  0   success (verify: every chain intact, every seal holds and matches)',
  '  1   an altered or missing event, or a store that no longer matches a seal',
  '  2   usage error (unknown option, malformed date or id, unreadable seal file)',
  '  3   no such complaint (or no seal) in the store',
  '  4   the event store cannot be reached or read, or the configuration is invalid',
  '  70  internal error',
].join('\n');
