import { SetMetadata } from '@nestjs/common';
import type { Role } from '@redress/users';

export const PUBLIC_ROUTE = 'redress:public';
export const ALLOWED_ROLES = 'redress:roles';

/** No token needed: only /health, /docs and /openapi.json. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The roles allowed on an endpoint; every non-public endpoint must say. */
export const AllowRoles = (...roles: readonly Role[]) => SetMetadata(ALLOWED_ROLES, roles);
