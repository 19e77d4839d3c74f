/**
 * Mints a local bearer token signed with the api's secret (REDRESS_JWT_SECRET, or the one kept in
 * the data directory): `npm run token -- --sub alice --role officer [--expires 12h]`.
 */
import { parseArgs } from 'node:util';
import { loadTokenKeys } from './auth/token-keys';
import { mintToken } from './auth/mint-token';
import { ROLES, type Role } from '@redress/users';
import { ConfigError, loadConfig, parseDuration } from '@redress/config';

const USAGE = `Usage: npm run token -- --sub <user id> --role <${ROLES.join('|')}> [--expires 12h]`;

async function main(): Promise<number> {
  let values: { sub?: string; role?: string; expires?: string };
  try {
    ({ values } = parseArgs({
      options: {
        sub: { type: 'string' },
        role: { type: 'string' },
        expires: { type: 'string' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.sub || !/^[\w.@-]{1,100}$/.test(values.sub) || !ROLES.includes(values.role as Role)) {
    console.error(
      `Give a user id (--sub) and one of the roles ${ROLES.join(', ')} (--role).\n${USAGE}`,
    );
    return 2;
  }
  const config = loadConfig();
  // Within the lifetime the api accepts (REDRESS_TOKEN_MAX_LIFETIME), 12 hours by default.
  const cap = config.tokenMaxLifetimeSeconds;
  const lifetime =
    values.expires === undefined ? Math.min(12 * 3600, cap) : parseDuration(values.expires);
  if (lifetime === undefined) {
    console.error(`--expires must look like 30m, 12h or 7d.\n${USAGE}`);
    return 2;
  }
  if (lifetime > cap) {
    console.error(
      `--expires ${values.expires} is longer than the api accepts (REDRESS_TOKEN_MAX_LIFETIME, ${cap / 3600}h).`,
    );
    return 2;
  }
  const keys = await loadTokenKeys(config);
  if (!keys.signingSecret) {
    console.error(
      'Tokens come from your identity provider when REDRESS_JWT_PUBLIC_KEY is set; Redress cannot mint them.',
    );
    return 1;
  }
  if (keys.generatedAt) console.error(`Generated a token signing secret in ${keys.generatedAt}`);
  console.log(await mintToken(keys.signingSecret, values.sub, values.role as Role, `${lifetime}s`));
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exitCode = 1;
  },
);
