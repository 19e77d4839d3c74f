/**
 * Every refusal the service request domain can give, with a stable code and the provision
 * behind it. `kind` maps to HTTP as for complaints: not-found → 404, invalid → 400, rule → 409.
 */
export const SERVICE_REQUEST_ERRORS = {
  SERVICE_REQUEST_NOT_FOUND: { kind: 'not-found', provision: null },
  SERVICE_REQUEST_ALREADY_RAISED: { kind: 'rule', provision: null },
  INVALID_COMMAND: { kind: 'invalid', provision: null },
  ILLEGAL_TRANSITION: { kind: 'rule', provision: 'CHC 1.4' },
  DATE_IN_FUTURE: { kind: 'rule', provision: null },
  BACKDATE_REASON_REQUIRED: { kind: 'rule', provision: null },
  DATE_BEFORE_PREVIOUS_STEP: { kind: 'rule', provision: null },
  DISSATISFACTION_REQUIRED: { kind: 'rule', provision: 'CHC 1.3' },
  COMPLAINT_ID_REQUIRED: { kind: 'rule', provision: 'CHC 1.5' },
  UNKNOWN_OFFER: { kind: 'rule', provision: 'CHC 1.3' },
  OFFER_ALREADY_ANSWERED: { kind: 'rule', provision: 'CHC 1.3' },
} as const;

export type ServiceRequestErrorCode = keyof typeof SERVICE_REQUEST_ERRORS;
export type ServiceRequestErrorKind =
  (typeof SERVICE_REQUEST_ERRORS)[ServiceRequestErrorCode]['kind'];

/** A command the rules refuse. Nothing is written when one is thrown. */
export class ServiceRequestError extends Error {
  readonly kind: ServiceRequestErrorKind;
  readonly provision: string | null;

  constructor(
    readonly code: ServiceRequestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceRequestError';
    this.kind = SERVICE_REQUEST_ERRORS[code].kind;
    this.provision = SERVICE_REQUEST_ERRORS[code].provision;
  }
}

export function ensure(
  condition: unknown,
  code: ServiceRequestErrorCode,
  message: string,
): asserts condition {
  if (!condition) throw new ServiceRequestError(code, message);
}
