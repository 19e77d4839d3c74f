import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

const repoRoot = join(__dirname, '..', '..', '..');

/** A Redress process started by a test, with its output kept line by line (time-stamped). */
export interface RedressProcess {
  readonly child: ChildProcess;
  readonly lines: { readonly at: number; readonly text: string }[];
  /** Resolves with the time of the first line matching `pattern` (already printed or to come). */
  waitForLine(pattern: RegExp, ms?: number): Promise<number>;
  exited(): Promise<number | null>;
}

function track(child: ChildProcess): RedressProcess {
  const lines: { at: number; text: string }[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    if (stream)
      createInterface({ input: stream }).on('line', (text) => lines.push({ at: Date.now(), text }));
  }
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    async waitForLine(pattern, ms = 60_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const line = lines.find((l) => pattern.test(l.text));
        if (line) return line.at;
        if (Date.now() > deadline || child.exitCode !== null) {
          throw new Error(
            `no line matching ${pattern} (exit ${child.exitCode}):\n${lines.map((l) => l.text).join('\n')}`,
          );
        }
        await sleep(20);
      }
    },
    exited: () => exit,
  };
}

/** The api from its sources (compiled by swc on load, with Nest's decorator metadata). */
export function startApiProcess(env: NodeJS.ProcessEnv): RedressProcess {
  return track(
    spawn(
      process.execPath,
      ['-r', './test/support/processes/swc-register.cjs', 'apps/api/src/main.ts'],
      { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    ),
  );
}

/** `npm run start:projector`, from its sources. */
export function startProjectorProcess(env: NodeJS.ProcessEnv): RedressProcess {
  return track(
    spawn(process.execPath, ['--import', 'tsx', 'apps/projector/src/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

/** `npm run start:notifier`, from its sources. */
export function startNotifierProcess(env: NodeJS.ProcessEnv): RedressProcess {
  return track(
    spawn(process.execPath, ['--import', 'tsx', 'apps/notifier/src/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
