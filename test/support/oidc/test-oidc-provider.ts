import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface TestOidcSetup {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUrl: string;
  /** Claims of each account by its `sub`. */
  readonly accounts: Record<string, Record<string, unknown>>;
}

export interface TestOidcProvider {
  readonly issuer: string;
  /** Changes what the provider says about a person from their next sign-in on. */
  setAccount(account: string, claims: Record<string, unknown>): Promise<void>;
  stop(): Promise<void>;
}

/** Starts oidc-provider in a child process on a free port (see oidc-provider.mjs). */
export async function startTestOidcProvider(setup: TestOidcSetup): Promise<TestOidcProvider> {
  const child = spawn(process.execPath, [join(__dirname, 'oidc-provider.mjs')], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, OIDC_TEST_SETUP: JSON.stringify(setup) },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines = createInterface({ input: child.stdout });
  const line = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) =>
      reject(new Error(`the OIDC provider exited (${code}) before it started: ${stderr}`)),
    );
  });
  const { issuer } = JSON.parse(line) as { issuer: string };
  return {
    issuer,
    async setAccount(account, claims) {
      const updated = new Promise<string>((resolve) => lines.once('line', resolve));
      child.stdin.write(`${JSON.stringify({ account, claims })}\n`);
      expectUpdated(await updated, account);
    },
    async stop() {
      child.stdin.end();
      await exited;
    },
  };
}

function expectUpdated(line: string, account: string): void {
  const { updated } = JSON.parse(line) as { updated?: string };
  if (updated !== account) throw new Error(`the OIDC provider answered ${line}`);
}

/**
 * A browser's visit to the provider with plain fetch: keeps its cookies, follows its
 * redirects, and fills in its login and consent forms; stops at the first redirect away from
 * the provider (back to Redress) and returns that URL.
 */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<string> {
  const jar = new Map<string, string>();
  const origin = new URL(authorizationUrl).origin;
  let url = authorizationUrl;
  let method = 'GET';
  let body: string | undefined;
  for (let step = 0; step < 20; step++) {
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      body,
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.origin !== origin) return next.href;
      url = next.href;
      method = 'GET';
      body = undefined;
      continue;
    }
    const html = await response.text();
    const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(html);
    if (!form) throw new Error(`the provider answered ${response.status} with no form: ${html}`);
    const fields = new URLSearchParams();
    for (const input of form[2]!.matchAll(/<input[^>]*>/g)) {
      const name = /name="([^"]+)"/.exec(input[0])?.[1];
      const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
      if (name) fields.set(name, value);
    }
    if (fields.has('login')) fields.set('login', login);
    if (fields.has('password')) fields.set('password', 'any');
    url = new URL(form[1]!, url).href;
    method = 'POST';
    body = fields.toString();
  }
  throw new Error('the provider did not send the browser back');
}
