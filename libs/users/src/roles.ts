/** The roles a token may carry (architecture decision 10). */
export const ROLES = ['officer', 'manager', 'auditor', 'governance', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may do what. Auditors and governance read only; every command needs a role that works
 * cases. Documented in docs/api.md; the e2e role matrix tests every endpoint against it.
 */
export const COMMAND_ROLES: readonly Role[] = ['officer', 'manager', 'admin'];
export const READ_ROLES: readonly Role[] = ROLES;
/** Reports for the Member Responsible for Complaints, the governing body and audit. */
export const REPORT_ROLES: readonly Role[] = ['manager', 'governance', 'auditor', 'admin'];
/** The caseload (list and work queue): report readers, and officers, whose day's work it is. */
export const CASELOAD_ROLES: readonly Role[] = ['officer', ...REPORT_ROLES];
/**
 * Walking the whole store (every chain, every seal) is audit work, and a load on the server:
 * auditors and administrators start it and read its verdict, over HTTP and on the web alike.
 */
export const STORE_AUDIT_ROLES: readonly Role[] = ['auditor', 'admin'];

export interface Actor {
  readonly id: string;
  readonly role: Role;
}
