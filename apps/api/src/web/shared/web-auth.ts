import {
  ForbiddenException,
  Injectable,
  SetMetadata,
  applyDecorators,
  UseFilters,
  UseGuards,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../auth/auth.decorators';
import type { Actor, Role } from '@redress/users';
import { UserDirectory } from '@redress/users';
import { WebExceptionFilter } from './web-exception.filter';

export const WEB_ROLES = 'redress:web-roles';

/** A signed-in person, from the session and the directory. */
export interface WebUser extends Actor {
  readonly name: string;
  readonly team?: string;
}

export type WebRequest = FastifyRequest & { webUser?: WebUser };

/** Not signed in (or the session ended): the filter sends the browser to sign in. */
export class SignInRequired extends Error {}

/** A form posted without the token its page gave (or an old page): shown as a plain page. */
export class FormExpired extends ForbiddenException {}

/**
 * A page or form for people signed in with one of `roles` (the API's role matrix, decision
 * 10). With no roles the route is open, e.g. sign-in. Every post must carry the page's CSRF
 * token. The JWT guard lets web routes through (they are @Public to it); this guard decides.
 */
export function WebPage(...roles: readonly Role[]) {
  return applyDecorators(
    Public(),
    SetMetadata(WEB_ROLES, roles),
    UseGuards(WebGuard),
    UseFilters(WebExceptionFilter),
  );
}

/** Web controllers are HTML, not part of the API's OpenAPI document. */
export const WebController = () => ApiExcludeController();

@Injectable()
export class WebGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly directory: UserDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<WebRequest>();
    if (request.method !== 'GET' && request.method !== 'HEAD') await checkCsrf(request);
    const roles = this.reflector.getAllAndOverride<readonly Role[]>(WEB_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    const userId = request.session.get('userId') as string | undefined;
    const user = userId ? await this.directory.find(userId) : undefined;
    if (user && !user.disabled && !user.mustChangePassword) {
      request.webUser = { id: user.id, role: user.role, name: user.name, team: user.team };
    }
    // Signed in through OpenID Connect: the provider vouched for the person at sign-in, and the
    // directory holds their role and name as the provider last gave them (a later sign-in
    // elsewhere may have changed them). A person disabled in the directory is signed out here.
    const oidcUser = request.session.get('oidcUser') as WebUser | undefined;
    const recorded = !userId && oidcUser ? await this.directory.find(oidcUser.id) : undefined;
    if (oidcUser && recorded && !recorded.disabled)
      request.webUser = {
        id: recorded.id,
        role: recorded.role,
        name: recorded.name,
        team: recorded.team,
      };
    if (!roles || roles.length === 0) return true;
    if (!request.webUser) {
      if (user?.mustChangePassword && !user.disabled) throw new PasswordChangeRequired();
      request.session.delete();
      throw new SignInRequired();
    }
    if (!roles.includes(request.webUser.role))
      throw new ForbiddenException(`The ${request.webUser.role} role may not do this`);
    return true;
  }
}

/** Signed in with a one-time password: the only page open is the one that replaces it. */
export class PasswordChangeRequired extends Error {}

/**
 * @fastify/csrf-protection's check, answering through this guard rather than sending its own
 * reply: a bad or missing token becomes a page that says what to do.
 */
function checkCsrf(request: FastifyRequest): Promise<void> {
  const fastify = request.server as unknown as {
    csrfProtection: (req: FastifyRequest, rep: unknown, done: () => void) => void;
  };
  return new Promise((resolve, reject) => {
    const refuse = {
      send: () =>
        reject(new FormExpired('This form has expired. Go back, reload the page and try again.')),
    };
    fastify.csrfProtection(request, refuse, () => resolve());
  });
}

declare module '@fastify/secure-session' {
  interface SessionData {
    /** The directory user signed in on this session. */
    userId: string;
    /** A person signed in through OpenID Connect (not in the directory). */
    oidcUser: WebUser;
    /** The PKCE verifier, state and nonce of a sign-in under way with the provider. */
    oidcFlow: { verifier: string; state: string; nonce: string };
    _csrf: string;
  }
}
