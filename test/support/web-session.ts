import type { ApiHarness, InjectedResponse } from './api-harness';
import { UserDirectory } from '@redress/users';

/**
 * A browser's session against the workbench through Fastify's inject: it keeps the session
 * cookie, reads each page's CSRF token and posts forms urlencoded, as a browser would.
 */
export class WebSession {
  private cookie = '';
  private csrf = '';

  constructor(private readonly api: ApiHarness) {}

  async get(url: string): Promise<InjectedResponse> {
    return this.track(
      await this.api.app
        .getHttpAdapter()
        .getInstance()
        .inject({
          method: 'GET',
          url,
          headers: this.cookie ? { cookie: this.cookie } : {},
        }),
    );
  }

  /** Posts a form with the last page's CSRF token (unless the fields give their own). */
  async post(url: string, fields: Record<string, string | string[]>): Promise<InjectedResponse> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries({ _csrf: this.csrf, ...fields }))
      for (const value of Array.isArray(v) ? v : [v]) body.append(k, value);
    return this.track(
      await this.api.app
        .getHttpAdapter()
        .getInstance()
        .inject({
          method: 'POST',
          url,
          payload: body.toString(),
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            ...(this.cookie ? { cookie: this.cookie } : {}),
          },
        }),
    );
  }

  /** Signs in as a new directory user with a password of their own. */
  async signInAs(
    id: string,
    role: 'officer' | 'manager' | 'auditor' | 'governance' | 'admin',
    name = id,
  ) {
    const directory = this.api.app.get(UserDirectory);
    const { password } = await directory.add({ id, name, role });
    await directory.changePassword(id, `${id}-password-long`);
    await this.get('/');
    const response = await this.post('/web/sign-in', {
      username: id,
      password: `${id}-password-long`,
    });
    if (response.statusCode !== 303) throw new Error(`sign-in failed: ${response.statusCode}`);
    return password;
  }

  private track(response: unknown): InjectedResponse {
    const r = response as InjectedResponse;
    const setCookie = r.headers['set-cookie'];
    const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [String(setCookie)] : [];
    for (const c of cookies) {
      const pair = c.split(';')[0]!;
      if (pair.startsWith('redress-session=')) this.cookie = pair.endsWith('=') ? '' : pair;
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(r.body)?.[1];
    if (token) this.csrf = token;
    return r;
  }
}
