/**
 * A bank-holiday file that cannot be trusted. Loading fails loudly rather than falling back to
 * the built-in list: a silently wrong calendar would move every open deadline (CHC 6.2–6.3).
 * The stable `code` lets the edge map it once (named domain errors, habit 9).
 */
export class CalendarFileError extends Error {
  readonly code = 'CALENDAR_FILE_INVALID' as const;
  override readonly name = 'CalendarFileError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
