import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PolicyRegistry } from '@redress/complaints';

const repoRoot = join(__dirname, '..', '..');

/**
 * Runs the real CLI entry in a child process, as an operator would. tsx loads the TypeScript and
 * honours the tsconfig path aliases, so the test needs no build step; using the same Node binary
 * as Jest keeps it independent of shell shims.
 */
function redress(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'apps/cli/src/main.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('redress CLI', () => {
  it('prints the current Code policy as JSON', () => {
    const result = redress('policy');

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(PolicyRegistry.default().current());
  });

  it('lists its commands on --help', () => {
    const result = redress('--help');

    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\s+policy\s+/m);
  });

  it('exits 2 with a message on stderr for an unknown command', () => {
    const result = redress('frobnicate');

    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("unknown command 'frobnicate'");
  });

  it('shows the worked example: received Fri 20 Dec 2024, acknowledged Tue 31 Dec (CHC 6.2–6.4)', () => {
    const result = redress('deadlines', '--from', '2024-12-20', '--acknowledged', '2024-12-31');

    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Stage 1 acknowledgement\s+CHC 6.2\s+2024-12-31/);
    expect(result.stdout).toMatch(/Stage 1 response\s+CHC 6.3\s+2025-01-15/);
    expect(result.stdout).toMatch(/without a good reason\s+CHC 6.4\s+2025-01-29/);
  });

  it('refuses an impossible date with exit code 2 and says why', () => {
    const result = redress('deadlines', '--from', '2023-02-29');

    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--from must be a date written YYYY-MM-DD');
  });
});
