import { startApi, type ApiHarness } from '../support/api-harness';
import { WebSession } from '../support/web-session';
import { UserDirectory } from '@redress/users';
import {
  signInAtProvider,
  startTestOidcProvider,
  type TestOidcProvider,
} from '../support/oidc/test-oidc-provider';

// Two processes talking over real HTTP on a busy machine.
jest.setTimeout(60_000);

const REDIRECT = 'http://127.0.0.1:3000/web/sign-in/oidc/callback';

describe('web sign-in through OpenID Connect (a real oidc-provider)', () => {
  let provider: TestOidcProvider;
  let api: ApiHarness;
  beforeAll(async () => {
    provider = await startTestOidcProvider({
      clientId: 'redress',
      clientSecret: 'a-client-secret-for-tests',
      redirectUrl: REDIRECT,
      accounts: {
        'Olu.Officer': { name: 'Olu Officer', groups: ['staff', 'complaints-officers'] },
        'mina.manager': { name: 'Mina Manager', roles: 'manager' },
        'tom.tenant': { name: 'Tom Tenant', groups: ['residents'] },
        'rita.roles': { name: 'Rita Roles', groups: ['complaints-officers'] },
      },
    });
    api = await startApi({
      env: {
        REDRESS_OIDC_ISSUER: provider.issuer,
        REDRESS_OIDC_CLIENT_ID: 'redress',
        REDRESS_OIDC_CLIENT_SECRET: 'a-client-secret-for-tests',
        REDRESS_OIDC_REDIRECT_URL: REDIRECT,
        REDRESS_OIDC_PROVIDER_NAME: 'Example Homes',
        REDRESS_OIDC_ROLE_CLAIM: 'groups',
        REDRESS_OIDC_ROLE_MAP:
          'complaints-officers=officer,complaints-managers=manager,complaints-auditors=auditor',
      },
    });
  });
  afterAll(async () => {
    await api?.close();
    await provider?.stop();
  });

  /** Follows the whole flow: Redress → provider's login and consent → Redress's callback. */
  async function signIn(browser: WebSession, login: string) {
    const start = await browser.get('/web/sign-in/oidc');
    expect(start.statusCode).toBe(303);
    const authorization = new URL(String(start.headers.location));
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    const back = new URL(await signInAtProvider(authorization.href, login));
    expect(back.origin + back.pathname).toBe(REDIRECT);
    return browser.get(back.pathname + back.search);
  }

  it('offers the provider beside the local form', async () => {
    const page = await new WebSession(api).get('/');
    expect(page.body).toContain('Sign in with Example Homes');
    expect(page.body).toContain('action="/web/sign-in"');
  });

  it('signs an officer in with the role their group maps to, and lands on My work', async () => {
    const browser = new WebSession(api);
    await browser.get('/');
    const callback = await signIn(browser, 'Olu.Officer');
    expect(callback.statusCode).toBe(303);
    expect(callback.headers.location).toBe('/');
    const work = await browser.get('/');
    expect(work.body).toContain('<h1 class="govuk-heading-l">My work</h1>');
    expect(work.body).toContain('Olu Officer');
    // An officer's page: Team work is for managers.
    expect((await browser.get('/web/team')).statusCode).toBe(403);
    // Recorded in the directory, so forms offer them as a handler and the API accepts their id.
    const directory = api.app.get(UserDirectory);
    expect(await directory.find('olu.officer')).toMatchObject({
      name: 'Olu Officer',
      role: 'officer',
    });
    // Disabled in the directory: signed out at the next page.
    await directory.disable('olu.officer');
    expect((await browser.get('/')).body).toContain('Sign in to the complaints workbench');
    expect((await signIn(new WebSession(api), 'Olu.Officer')).statusCode).toBe(403);
  });

  it('follows the provider at each sign-in: a new role and name reach the directory, and no role means no access', async () => {
    const directory = api.app.get(UserDirectory);
    const complaint = await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: { channel: 'EMAIL', residentRef: 'R-7', description: 'Leaking roof' },
    });
    const acknowledge = (handlerId: string) =>
      api.request({
        method: 'POST',
        url: `/complaints/${complaint.json().id}/acknowledge`,
        role: 'officer',
        headers: { 'idempotency-key': `ack-${handlerId}-${Math.random()}` },
        body: { handlerId, definition: { issues: [{ summary: 'Roof' }], outcomesSought: [] } },
      });

    const first = new WebSession(api);
    await first.get('/');
    expect((await signIn(first, 'rita.roles')).statusCode).toBe(303);
    expect((await first.get('/web/team')).statusCode).toBe(403);

    // Promoted and renamed at the provider: her next sign-in records both.
    await provider.setAccount('rita.roles', {
      name: 'Rita Manager',
      groups: ['complaints-managers'],
    });
    const second = new WebSession(api);
    await second.get('/');
    expect((await signIn(second, 'rita.roles')).statusCode).toBe(303);
    expect(await directory.find('rita.roles')).toMatchObject({
      name: 'Rita Manager',
      role: 'manager',
      disabled: false,
    });
    expect((await second.get('/web/team')).statusCode).toBe(200);
    // Her older session reads the directory too: the manager's pages open there as well.
    expect((await first.get('/web/team')).statusCode).toBe(200);
    const offered = await second.get(`/web/complaints/${complaint.json().id}/acknowledge-stage1`);
    expect(offered.body).toContain('Rita Manager');

    // Made an auditor: no longer someone a complaint can be handed to.
    await provider.setAccount('rita.roles', {
      name: 'Rita Manager',
      groups: ['complaints-auditors'],
    });
    expect((await signIn(new WebSession(api), 'rita.roles')).statusCode).toBe(303);
    expect((await directory.find('rita.roles'))?.role).toBe('auditor');
    expect((await first.get('/web/team')).statusCode).toBe(403);
    const refusedHandler = await acknowledge('rita.roles');
    expect(refusedHandler.statusCode).toBe(400);
    expect(refusedHandler.body).toContain('active officer, manager or admin');

    // Every role taken away: refused, disabled in the directory, and signed out everywhere.
    await provider.setAccount('rita.roles', { name: 'Rita Manager', groups: ['residents'] });
    expect((await signIn(new WebSession(api), 'rita.roles')).statusCode).toBe(403);
    expect(await directory.find('rita.roles')).toMatchObject({ disabled: true });
    expect((await first.get('/')).body).toContain('Sign in to the complaints workbench');
    expect((await second.get('/web/team')).statusCode).not.toBe(200);

    // A role again at the provider gives access back, as an officer the API accepts.
    await provider.setAccount('rita.roles', {
      name: 'Rita Roles',
      groups: ['complaints-officers'],
    });
    const back = new WebSession(api);
    await back.get('/');
    expect((await signIn(back, 'rita.roles')).statusCode).toBe(303);
    expect(await directory.find('rita.roles')).toMatchObject({ role: 'officer', disabled: false });
    expect((await acknowledge('rita.roles')).statusCode).toBe(200);
  });

  it('keeps out a person an administrator disabled, whatever roles the provider gives', async () => {
    const directory = api.app.get(UserDirectory);
    await provider.setAccount('ada.disabled', { name: 'Ada', groups: ['complaints-officers'] });
    expect((await signIn(new WebSession(api), 'ada.disabled')).statusCode).toBe(303);
    await directory.disable('ada.disabled');
    expect((await signIn(new WebSession(api), 'ada.disabled')).statusCode).toBe(403);
    await provider.setAccount('ada.disabled', { name: 'Ada', groups: ['residents'] });
    expect((await signIn(new WebSession(api), 'ada.disabled')).statusCode).toBe(403);
    await provider.setAccount('ada.disabled', { name: 'Ada', groups: ['complaints-managers'] });
    expect((await signIn(new WebSession(api), 'ada.disabled')).statusCode).toBe(403);
    expect(await directory.find('ada.disabled')).toMatchObject({ disabled: true, role: 'officer' });
  });

  it('reads only the configured claim: a role in another claim grants nothing', async () => {
    // mina's provider sends `roles`, not `groups`: with groups configured she has no role.
    const browser = new WebSession(api);
    const refused = await signIn(browser, 'mina.manager');
    expect(refused.statusCode).toBe(403);
  });

  it('refuses a person with no recognised role, and signs nobody in', async () => {
    const browser = new WebSession(api);
    await browser.get('/');
    const refused = await signIn(browser, 'tom.tenant');
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('You do not have access');
    const root = await browser.get('/');
    expect(root.body).toContain('Sign in to the complaints workbench');
    expect(await api.app.get(UserDirectory).find('tom.tenant')).toBeUndefined();
  });

  it('refuses a callback that no sign-in started (state kept in the session)', async () => {
    const browser = new WebSession(api);
    const forged = await browser.get('/web/sign-in/oidc/callback?code=abc&state=forged');
    expect(forged.statusCode).toBe(400);
    expect(forged.body).toContain('Sign in again');
  });
});

describe('web sign-in through OpenID Connect only', () => {
  it('offers no local form and refuses a local sign-in when REDRESS_LOCAL_SIGN_IN=false', async () => {
    const api = await startApi({
      env: {
        REDRESS_OIDC_ISSUER: 'https://id.example.org',
        REDRESS_OIDC_CLIENT_ID: 'redress',
        REDRESS_LOCAL_SIGN_IN: 'false',
      },
    });
    try {
      const browser = new WebSession(api);
      const page = await browser.get('/');
      expect(page.body).toContain('Sign in with your organisation');
      expect(page.body).not.toContain('action="/web/sign-in"');
      // No page hands out a sign-in form's token, so a local post is refused before it is read.
      const local = await browser.post('/web/sign-in', { username: 'admin', password: 'x' });
      expect(local.statusCode).toBe(403);
      expect(local.headers['set-cookie']).toBeUndefined();
    } finally {
      await api.close();
    }
  });
});
