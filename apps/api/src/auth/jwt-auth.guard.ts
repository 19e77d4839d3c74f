import {
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { jwtVerify } from 'jose';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './auth.decorators';
import { ROLES, type Actor, type Role } from '@redress/users';
import type { TokenKeys } from './token-keys';

export const TOKEN_KEYS = Symbol('TOKEN_KEYS');

export type AuthenticatedRequest = FastifyRequest & { actor?: Actor };

/**
 * Every request needs a valid bearer token whose role the endpoint allows (least privilege,
 * decision 10). An endpoint that names no roles is closed to everyone: forgetting is safe.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_KEYS) private readonly keys: TokenKeys,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor = await this.authenticate(request.headers.authorization);
    request.actor = actor;
    const allowed = this.reflector.getAllAndOverride<readonly Role[]>(ALLOWED_ROLES, targets) ?? [];
    if (!allowed.includes(actor.role)) {
      throw new ForbiddenException(`The ${actor.role} role may not do this`);
    }
    return true;
  }

  /**
   * Tokens already verified, until they expire: an officer's client sends the same token on
   * every request, and verifying its signature each time costs more than the rest of the guard.
   */
  private readonly verified = new Map<string, { actor: Actor; expiresAt: number }>();

  private async authenticate(header: string | undefined): Promise<Actor> {
    const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token) throw new UnauthorizedException('A bearer token is required');
    const known = this.verified.get(token);
    if (known && known.expiresAt > Date.now()) return known.actor;
    return this.verify(token);
  }

  private async verify(token: string): Promise<Actor> {
    try {
      const { payload } = await jwtVerify(token, this.keys.verifyKey, {
        algorithms: this.keys.algorithms,
      });
      const role = payload.role as Role;
      if (typeof payload.sub !== 'string' || !payload.sub || !ROLES.includes(role)) {
        throw new Error('the token needs a subject and a known role');
      }
      const actor: Actor = { id: payload.sub, role };
      // Tokens without an expiry are verified every time rather than trusted for ever.
      if (this.verified.size >= 10_000) this.verified.clear();
      if (typeof payload.exp === 'number')
        this.verified.set(token, { actor, expiresAt: payload.exp * 1000 });
      return actor;
    } catch (error) {
      throw new UnauthorizedException(`Invalid token: ${(error as Error).message}`);
    }
  }
}
