import { COMPLAINT_ERRORS, type ComplaintErrorCode, type ComplaintErrorKind } from './error-codes';
import { illegalTransitionMessage } from './plain-words';

/** A command the rules refuse. Nothing is written when one is thrown. */
export class ComplaintError extends Error {
  readonly kind: ComplaintErrorKind;
  readonly provision: string | null;

  constructor(
    readonly code: ComplaintErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ComplaintError';
    this.kind = COMPLAINT_ERRORS[code].kind;
    this.provision = COMPLAINT_ERRORS[code].provision;
  }

  static notFound(complaintId: string): ComplaintError {
    return new ComplaintError('COMPLAINT_NOT_FOUND', `Complaint ${complaintId} does not exist`);
  }

  static illegalTransition(command: string, status: string): ComplaintError {
    return new ComplaintError('ILLEGAL_TRANSITION', illegalTransitionMessage(command, status));
  }
}

/** Refuse unless `condition` holds. */
export function ensure(
  condition: unknown,
  code: ComplaintErrorCode,
  message: string,
): asserts condition {
  if (!condition) throw new ComplaintError(code, message);
}
