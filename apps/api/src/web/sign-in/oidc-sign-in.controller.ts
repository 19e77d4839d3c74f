import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import * as oidc from 'openid-client';
import type { OidcConfig, RedressConfig } from '@redress/config';
import { DirectoryError, USER_ID, UserDirectory, type Role } from '@redress/users';
import { REDRESS_CONFIG } from '../../store/tokens';
import { redirect, renderPage } from '../shared/page';
import { WebController, WebPage, type WebRequest } from '../shared/web-auth';
import { mapOidcRole } from './oidc-roles';

/**
 * Sign in through the landlord's OpenID Connect provider: the authorization code flow with
 * PKCE, its verifier, state and nonce kept in the encrypted session until the provider sends
 * the browser back. The role comes from a claim (decision "Sign-in through OpenID Connect").
 */
@WebController()
@Controller()
export class OidcSignInController {
  private discovery?: Promise<oidc.Configuration>;

  constructor(
    @Inject(REDRESS_CONFIG) private readonly config: RedressConfig,
    private readonly directory: UserDirectory,
  ) {}

  @Get('web/sign-in/oidc')
  @WebPage()
  async start(@Req() request: WebRequest, @Res() reply: FastifyReply): Promise<void> {
    const settings = this.settings();
    const client = await this.client(settings);
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    request.session.set('oidcFlow', { verifier, state, nonce });
    const url = oidc.buildAuthorizationUrl(client, {
      redirect_uri: redirectUrl(settings, request),
      scope: 'openid profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    redirect(reply, url.href);
  }

  @Get('web/sign-in/oidc/callback')
  @WebPage()
  async callback(@Req() request: WebRequest, @Res() reply: FastifyReply): Promise<void> {
    const settings = this.settings();
    const flow = request.session.get('oidcFlow');
    request.session.set('oidcFlow', undefined);
    if (!flow)
      return refuse(
        request,
        reply,
        'Your sign-in took too long or was started elsewhere. Sign in again.',
        400,
      );
    const client = await this.client(settings);
    const current = new URL(redirectUrl(settings, request));
    current.search = new URL(request.url, 'http://callback').search;
    let claims: oidc.IDToken | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(client, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
      });
      claims = tokens.claims();
    } catch {
      return refuse(request, reply, 'The sign-in could not be completed. Sign in again.', 400);
    }
    const role = claims ? mapOidcRole(claims[settings.roleClaim], settings.roleMap) : undefined;
    const rawId = claims?.[settings.userClaim];
    const id = typeof rawId === 'string' ? rawId.trim().toLowerCase() : '';
    const name = typeof claims?.name === 'string' && claims.name.trim() ? claims.name.trim() : id;
    if (!role) {
      // Every role taken away at the provider: someone already in the directory loses access
      // there too, so they are no longer offered as a handler or accepted as one by the API.
      if (id) await this.directory.syncFromProvider(id, name, undefined);
      return refuse(
        request,
        reply,
        'You do not have access to the complaints workbench. Ask your administrator to give you a role.',
        403,
      );
    }
    if (!id || !(await this.recordInDirectory(id, name, role)))
      return refuse(
        request,
        reply,
        'Your account cannot be used here: it is disabled, or its user name is not one Redress can use. Ask your administrator.',
        403,
      );
    // A new session on sign-in, so a session fixed before it is worth nothing after.
    request.session.regenerate();
    request.session.set('oidcUser', { id, role, name });
    redirect(reply, '/');
  }

  /**
   * Handlers are people from the directory (CHC 6.13's independence test compares ids), so a
   * person's first sign-in through the provider records them there, with a password nobody is
   * told; at every later sign-in their name and role follow the provider's. A person disabled
   * in the directory stays out. False when they may not sign in.
   */
  private async recordInDirectory(id: string, name: string, role: Role): Promise<boolean> {
    if (!USER_ID.test(id)) return false;
    if (await this.directory.find(id)) return this.directory.syncFromProvider(id, name, role);
    try {
      await this.directory.add({ id, name, role }, { id, role });
    } catch (error) {
      // Signed in twice at the same moment: the other sign-in recorded them.
      if (!(error instanceof DirectoryError && error.code === 'USER_EXISTS')) throw error;
    }
    return true;
  }

  private settings(): OidcConfig {
    const settings = this.config.web.oidc;
    if (!settings)
      throw new OidcNotConfigured('Sign-in through an identity provider is not set up');
    return settings;
  }

  /** The provider's metadata, discovered once; tried again after a failure. */
  private client(settings: OidcConfig): Promise<oidc.Configuration> {
    this.discovery ??= oidc
      .discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
        // Plain HTTP only for a provider on this machine (development and tests).
        execute: isLoopbackHttp(settings.issuer) ? [oidc.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        this.discovery = undefined;
        throw error;
      });
    return this.discovery;
  }
}

class OidcNotConfigured extends Error {}

function isLoopbackHttp(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

function redirectUrl(settings: OidcConfig, request: WebRequest): string {
  return settings.redirectUrl ?? `${request.protocol}://${request.host}/web/sign-in/oidc/callback`;
}

function refuse(
  request: WebRequest,
  reply: FastifyReply,
  text: string,
  status: number,
): Promise<void> {
  return renderPage(
    request,
    reply,
    'shared/message.njk',
    { pageTitle: 'You do not have access', heading: 'You do not have access', body: text },
    status,
  );
}
