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
import { jwtVerify, type JWTPayload } from 'jose';
import type { RedressConfig } from '@redress/config';
import { REDRESS_CONFIG } from '../store/tokens';
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
    @Inject(REDRESS_CONFIG) private readonly config: RedressConfig,
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
      // Issuer and audience are an identity provider's: checked when configured for its key.
      const publicKey = this.keys.signingSecret === undefined;
      const { payload } = await jwtVerify(token, this.keys.verifyKey, {
        algorithms: this.keys.algorithms,
        issuer: publicKey ? this.config.jwtIssuer : undefined,
        audience: publicKey ? this.config.jwtAudience : undefined,
      });
      this.checkLifetime(payload);
      const role = payload.role as Role;
      if (typeof payload.sub !== 'string' || !payload.sub || !ROLES.includes(role)) {
        throw new Error('the token needs a subject and a known role');
      }
      const actor: Actor = { id: payload.sub, role };
      if (this.verified.size >= 10_000) this.verified.clear();
      this.verified.set(token, { actor, expiresAt: payload.exp! * 1000 });
      return actor;
    } catch (error) {
      throw new UnauthorizedException(`Invalid token: ${(error as Error).message}`);
    }
  }

  /**
   * A token must expire, and within REDRESS_TOKEN_MAX_LIFETIME of being issued: a stolen token
   * that never expires (or lives for years) would be a standing key to residents' records.
   */
  private checkLifetime(payload: JWTPayload): void {
    const cap = this.config.tokenMaxLifetimeSeconds;
    if (typeof payload.exp !== 'number') {
      throw new Error('the token has no expiry (exp); Redress accepts only tokens that expire');
    }
    const issuedAt = typeof payload.iat === 'number' ? payload.iat : undefined;
    // Without `iat`, the lifetime left is what counts (a minute's leeway for clock skew).
    const lifetime =
      issuedAt !== undefined ? payload.exp - issuedAt : payload.exp - Date.now() / 1000 - 60;
    if (lifetime > cap) {
      throw new Error(
        `the token lives longer than the ${formatSeconds(cap)} allowed (REDRESS_TOKEN_MAX_LIFETIME)`,
      );
    }
  }
}

function formatSeconds(seconds: number): string {
  return seconds % 3600 === 0 ? `${seconds / 3600}h` : `${Math.round(seconds / 60)}m`;
}
