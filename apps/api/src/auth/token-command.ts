import { resolve } from 'node:path';
import type { RedressConfig } from '@redress/config';

/**
 * The exact command that mints a token this api accepts, for the start banner: the token is
 * signed with the secret in *this* data directory, so a different REDRESS_DATA_DIR must be named
 * (issue 11: the banner's bare command signed with a new secret in ./data and got 401).
 */
export function tokenCommand(config: RedressConfig, env: NodeJS.ProcessEnv = process.env): string {
  const dataDir =
    config.dataDir === resolve('data') ? '' : `REDRESS_DATA_DIR=${shellQuote(config.dataDir)} `;
  const command = `TOKEN=$(${dataDir}npm run -s token -- --sub alice --role officer)`;
  return env.REDRESS_JWT_SECRET ? `${command}   (with the same REDRESS_JWT_SECRET set)` : command;
}

function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
