import type { KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Role } from '@redress/users';

/** Signs a local HS256 token (for `npm run token` and tests). */
export function mintToken(
  secret: KeyObject,
  sub: string,
  role: Role,
  expiresIn = '12h',
): Promise<string> {
  return new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(secret);
}
