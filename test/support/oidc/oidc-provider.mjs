// A real OpenID Connect provider (the oidc-provider package) for the sign-in tests, run in its
// own process because the package is ESM-only and Jest on Node 20 cannot import it. It reads
// its client and accounts from OIDC_TEST_SETUP (JSON), prints {"issuer":...} once listening,
// takes changed accounts on stdin, and stops when its stdin closes. Sign-in goes through the package's development login form.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const setup = JSON.parse(process.env.OIDC_TEST_SETUP ?? '{}');
const free = createServer();
await new Promise((resolve) => free.listen(0, '127.0.0.1', resolve));
const { port } = free.address();
await new Promise((resolve) => free.close(resolve));

const issuer = `http://127.0.0.1:${port}`;
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: setup.clientId,
      client_secret: setup.clientSecret,
      redirect_uris: [setup.redirectUrl],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'roles', 'groups'] },
  // The profile claims go into the ID token, which is what Redress reads.
  conformIdTokenClaims: false,
  cookies: { keys: ['oidc-test-cookie-key'] },
  findAccount: (_ctx, id) => ({
    accountId: id,
    claims: () => ({ sub: id, ...(setup.accounts?.[id] ?? {}) }),
  }),
});
const server = provider.listen(port, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
// Each line on stdin replaces one account's claims (a role given or taken away at the
// provider); it is acknowledged with a line on stdout.
let pending = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  pending += chunk;
  for (let at = pending.indexOf('\n'); at >= 0; at = pending.indexOf('\n')) {
    const { account, claims } = JSON.parse(pending.slice(0, at));
    pending = pending.slice(at + 1);
    setup.accounts = { ...setup.accounts, [account]: claims };
    process.stdout.write(`${JSON.stringify({ updated: account })}\n`);
  }
});
process.stdin.on('end', () => server.close(() => process.exit(0)));
