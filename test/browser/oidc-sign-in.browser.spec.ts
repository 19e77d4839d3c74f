import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Browser, Page } from 'playwright-core';
import { UserDirectory } from '@redress/users';
import {
  browserMissing,
  checkPage,
  freePort,
  launchChromium,
  openContext,
  startWebServer,
} from '../support/browser';
import { startTestOidcProvider, type TestOidcProvider } from '../support/oidc/test-oidc-provider';

// Chromium, the api and the provider's process on a busy two-core machine: generous, never timed.
jest.setTimeout(240_000);

const missing = browserMissing();
if (missing) console.warn(`Skipping the OpenID Connect browser journey: ${missing}`);
const describeIfBrowser = missing ? describe.skip : describe;

describeIfBrowser('signing in through the OpenID Connect provider in Chromium', () => {
  let browser: Browser;
  let provider: TestOidcProvider;
  let app: NestFastifyApplication;
  let base: string;
  const violations: string[] = [];

  beforeAll(async () => {
    // The provider must know Redress's callback before Redress knows the provider's address.
    const port = await freePort();
    const redirectUrl = `http://127.0.0.1:${port}/web/sign-in/oidc/callback`;
    provider = await startTestOidcProvider({
      clientId: 'redress',
      clientSecret: 'a-client-secret-for-tests',
      redirectUrl,
      accounts: { 'olu.officer': { name: 'Olu Officer', groups: ['complaints-officers'] } },
    });
    ({ app, url: base } = await startWebServer({
      port,
      env: {
        REDRESS_OIDC_ISSUER: provider.issuer,
        REDRESS_OIDC_CLIENT_ID: 'redress',
        REDRESS_OIDC_CLIENT_SECRET: 'a-client-secret-for-tests',
        REDRESS_OIDC_REDIRECT_URL: redirectUrl,
        REDRESS_OIDC_PROVIDER_NAME: 'Example Homes',
        REDRESS_OIDC_ROLE_CLAIM: 'groups',
        REDRESS_OIDC_ROLE_MAP: 'complaints-officers=officer,complaints-managers=manager',
      },
    }));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await provider?.stop();
  });

  /** A page Redress served: axe-core's WCAG 2.2 AA rules, and a screenshot as an artefact. */
  async function checked(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('load');
    expect(page.url().startsWith(base)).toBe(true);
    await checkPage(page, violations, `oidc-${name}`);
  }

  /** From Redress's sign-in page through the provider's login and consent, back to Redress. */
  async function signInAtProvider(page: Page, login: string): Promise<void> {
    await page.goto(`${base}/`);
    await checked(page, 'sign-in');
    await page.click('a:has-text("Sign in with Example Homes")');
    for (let step = 0; step < 6; step++) {
      await page.waitForLoadState('load');
      if (!page.url().startsWith(provider.issuer)) return;
      // The provider's own development pages: its login form, then its consent form.
      if (await page.$('input[name="login"]')) {
        await page.fill('input[name="login"]', login);
        await page.fill('input[name="password"]', 'any');
      }
      await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
    }
    throw new Error(`the provider did not send the browser back (at ${page.url()})`);
  }

  it('an officer signs in at the provider and lands on My work, named and with their role', async () => {
    const context = await openContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAtProvider(page, 'olu.officer');
    await page.waitForSelector('h1:has-text("My work")');
    await checked(page, 'my-work');
    expect(await page.textContent('.app-signed-in-as')).toContain('Olu Officer (officer)');
    expect(await page.$('a:has-text("Team work")')).toBeNull();
    await context.close();
  });

  it('a promotion at the provider shows at the next sign-in; with every role removed, no access', async () => {
    await provider.setAccount('olu.officer', {
      name: 'Olu Manager',
      groups: ['complaints-managers'],
    });
    const context = await openContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAtProvider(page, 'olu.officer');
    await page.waitForSelector('h1:has-text("My work")');
    expect(await page.textContent('.app-signed-in-as')).toContain('Olu Manager (manager)');
    await page.click('a:has-text("Team work")');
    await page.waitForSelector('h1:has-text("Team work")');
    await checked(page, 'team-work');

    await provider.setAccount('olu.officer', { name: 'Olu Manager', groups: ['residents'] });
    const other = await openContext(browser);
    const refused = await other.newPage();
    await signInAtProvider(refused, 'olu.officer');
    await refused.waitForSelector('h1:has-text("You do not have access")');
    await checked(refused, 'no-access');
    expect((await app.get(UserDirectory).find('olu.officer'))?.disabled).toBe(true);
    // The session still open in the first browser is signed out at its next page.
    await page.goto(`${base}/web/team`);
    await page.waitForSelector('h1:has-text("Sign in")');
    await other.close();
    await context.close();
  });

  it('found no accessibility violations on the pages Redress served', () => {
    expect(violations).toEqual([]);
  });
});
