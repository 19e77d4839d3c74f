import { startApi, type ApiHarness } from '../support/api-harness';
import { WebSession } from '../support/web-session';
import { UserDirectory } from '@redress/users';

// argon2 hashing is deliberately slow, and a busy machine slower still.
jest.setTimeout(60_000);

describe('web sign-in', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('shows sign-in at the root, and My work once signed in', async () => {
    const browser = new WebSession(api);
    const root = await browser.get('/');
    expect(root.statusCode).toBe(200);
    expect(root.headers['content-type']).toMatch(/text\/html/);
    expect(root.body).toContain('Sign in to the complaints workbench');
    await browser.signInAs('olivia', 'officer', 'Olivia Officer');
    const work = await browser.get('/');
    expect(work.body).toContain('<h1 class="govuk-heading-l">My work</h1>');
    expect(work.body).toContain('Olivia Officer');
  });

  it('refuses a wrong password with an error summary, and a form without its CSRF token', async () => {
    const browser = new WebSession(api);
    await api.app.get(UserDirectory).add({ id: 'wrongpw', name: 'W', role: 'officer' });
    await browser.get('/');
    const wrong = await browser.post('/web/sign-in', { username: 'wrongpw', password: 'nope' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('govuk-error-summary');
    expect(wrong.body).toContain('The user name or password is not right');
    const forged = await browser.post('/web/sign-in', {
      username: 'wrongpw',
      password: 'x',
      _csrf: 'forged',
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.body).toContain('This form has expired');
  });

  it('makes a one-time password be replaced before anything else', async () => {
    const directory = api.app.get(UserDirectory);
    const { password } = await directory.add({ id: 'newbie', name: 'New Person', role: 'officer' });
    const browser = new WebSession(api);
    await browser.get('/');
    const signedIn = await browser.post('/web/sign-in', { username: 'newbie', password });
    expect(signedIn.headers.location).toBe('/web/password');
    expect((await browser.get('/web/find')).headers.location).toBe('/web/password');
    await browser.get('/web/password');
    const short = await browser.post('/web/password', {
      password: 'short',
      confirmPassword: 'short',
    });
    expect(short.body).toContain('at least 12 characters');
    const ok = await browser.post('/web/password', {
      password: 'a-much-longer-password',
      confirmPassword: 'a-much-longer-password',
    });
    expect(ok.headers.location).toBe('/');
    expect(await directory.verify('newbie', password)).toBeUndefined();
    expect(await directory.verify('newbie', 'a-much-longer-password')).toBeDefined();
  });

  it('keeps the API JSON-only: a urlencoded post to an API route is refused', async () => {
    const response = await api.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/complaints',
        payload: 'channel=EMAIL',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: `Bearer ${await api.token('officer')}`,
        },
      });
    expect(response.statusCode).toBe(415);
  });
});
