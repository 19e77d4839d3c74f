import { runCli } from '../../apps/cli/src/run-cli';

/**
 * The CLI in this process against a SQLite data directory, capturing what it prints. The
 * commands read their configuration from the environment, so it is set for the call and restored.
 */
export async function cliIn(dataDir: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const saved = { ...process.env };
  Object.assign(process.env, { REDRESS_STORE: 'sqlite', REDRESS_DATA_DIR: dataDir });
  try {
    const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    process.env = saved;
  }
}
