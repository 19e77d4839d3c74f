import { HAZARD_ERRORS, type HazardErrorCode, type HazardErrorKind } from './hazard-error-codes';

/** A hazard command the rules refuse. Nothing is written when one is thrown. */
export class HazardError extends Error {
  readonly kind: HazardErrorKind;
  readonly rule: string | null;

  constructor(
    readonly code: HazardErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HazardError';
    this.kind = HAZARD_ERRORS[code].kind;
    this.rule = HAZARD_ERRORS[code].rule;
  }
}

/** Refuse unless `condition` holds. */
export function ensure(
  condition: unknown,
  code: HazardErrorCode,
  message: string,
): asserts condition {
  if (!condition) throw new HazardError(code, message);
}
