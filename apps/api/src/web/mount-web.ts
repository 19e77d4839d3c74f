import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifySecureSession from '@fastify/secure-session';
import fastifyStatic from '@fastify/static';
import fastifyView from '@fastify/view';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import nunjucks from 'nunjucks';
import type { RedressConfig } from '@redress/config';
import { loadSessionKey } from './session-key';
import { addFilters } from './shared/filters';

/** Where GOV.UK Frontend's templates, styles, scripts and assets are installed. */
export const GOVUK_DIST = join(dirname(require.resolve('govuk-frontend/package.json')), 'dist');
export const WEB_DIR = __dirname;
export const SESSION_HOURS = 8;

/**
 * The officers' workbench on the api's Fastify instance: an encrypted session cookie, CSRF
 * tokens, Nunjucks views with GOV.UK Frontend's macros, and GOV.UK Frontend's built styles,
 * scripts and assets. Form bodies are parsed by Nest's own urlencoded parser (registered by its
 * Fastify adapter, within the body limit); the API's routes refuse them before parsing, since
 * only /web routes are exempt from the JSON-only hook in create-app.
 */
export async function mountWeb(app: NestFastifyApplication, config: RedressConfig): Promise<void> {
  await app.register(fastifySecureSession as never, {
    key: loadSessionKey(config.dataDir),
    cookieName: 'redress-session',
    expiry: SESSION_HOURS * 3600,
    cookie: {
      path: '/',
      httpOnly: true,
      // Lax: the cookie goes with a link followed from elsewhere, never with a cross-site post.
      sameSite: 'lax',
      secure: config.web.secureCookies,
    },
  });
  await app.register(fastifyCsrf as never, { sessionPlugin: '@fastify/secure-session' });
  await app.register(fastifyView as never, {
    engine: { nunjucks },
    templates: [WEB_DIR, GOVUK_DIST],
    options: {
      autoescape: true,
      trimBlocks: true,
      lstripBlocks: true,
      throwOnUndefined: false,
      noCache: false,
      onConfigure: (env: nunjucks.Environment) => {
        addFilters(env);
        // The sign-in page offers the landlord's identity provider when one is configured.
        env.addGlobal(
          'oidcSignIn',
          config.web.oidc
            ? {
                providerName: config.web.oidc.providerName,
                localSignIn: config.web.oidc.localSignIn,
              }
            : undefined,
        );
      },
    },
  });
  // GOV.UK Frontend's stylesheet asks for its images under /assets. Its fonts are not served
  // (GDS Transport is for GOV.UK services only; see the stylesheet below).
  await app.register(fastifyStatic as never, {
    root: join(GOVUK_DIST, 'govuk', 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    allowedPath: (path: string) => path.startsWith('/images/'),
    maxAge: '1d',
  });
  await app.register(fastifyStatic as never, {
    root: join(GOVUK_DIST, 'govuk'),
    prefix: '/web/govuk/',
    decorateReply: false,
    allowedPath: (path: string) => /^\/govuk-frontend\.min\.js(\.map)?$/.test(path),
    maxAge: '1d',
  });
  // The stylesheet as built, less its @font-face rules: GDS Transport is licensed for GOV.UK
  // services only, so its name is left unknown and the font stack falls through to Arial.
  const css = readFileSync(join(GOVUK_DIST, 'govuk', 'govuk-frontend.min.css'), 'utf8').replace(
    /@font-face\{[^}]*\}/g,
    '',
  );
  app
    .getHttpAdapter()
    .getInstance()
    .get('/web/govuk/govuk-frontend.min.css', (_request, reply) => {
      void reply
        .type('text/css; charset=utf-8')
        .header('cache-control', 'public, max-age=86400')
        .send(css);
    });
  await app.register(fastifyStatic as never, {
    root: join(WEB_DIR, 'assets'),
    prefix: '/web/assets/',
    decorateReply: false,
  });
}
