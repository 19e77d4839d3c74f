import { ROLES, type Role } from '@redress/users';

/**
 * The Redress role a claim grants: the claim may be a string or an array (roles or groups);
 * each value maps through the configured map, or names a role itself. Where several map, the
 * first wins, so a provider lists the role it means first.
 */
export function mapOidcRole(
  claim: unknown,
  map: Readonly<Record<string, string>>,
): Role | undefined {
  const values =
    typeof claim === 'string' ? claim.split(/[\s,]+/) : Array.isArray(claim) ? claim : [];
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const role = map[value] ?? value;
    if ((ROLES as readonly string[]).includes(role)) return role as Role;
  }
  return undefined;
}
