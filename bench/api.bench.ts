/**
 * `npm run bench:api`: builds the api, starts it as `npm start` would (durable SQLite, its own
 * process), drives it with autocannon (64 connections) logging and acknowledging complaints,
 * and prints commands/s and latency beside a bare Fastify route that only appends to the same
 * store: the ceiling on this machine. The api runs twice, on fresh data directories: with the
 * projector embedded (the default; caught up before the load) and with it off, and the first
 * run ends by timing how long the projector takes to catch up once the load stops. Beside each
 * run: the server's CPU time per successful command (all its threads, and the main thread's
 * share), which other work on a shared machine disturbs far less than the rates, and the
 * appends each store commit carried (from /metrics). BENCH_CPU_PROF=<dir> writes CPU profiles.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { sqliteFile } from '@redress/event-store';
import { COMPLAINT_PROJECTION, readModelFile } from '@redress/read-models';
import { mintToken } from '../apps/api/src/auth/mint-token';
import { createSecretKey } from 'node:crypto';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 64;
const PRELOAD = Number(process.env.BENCH_PRELOAD ?? 60_000);
const SECRET = 'benchmark-secret-benchmark-secret-benchmark';
/** BENCH_CPU_PROF=<dir>: each api run writes CPU profiles there (main thread and worker). */
const PROFILE = process.env.BENCH_CPU_PROF
  ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
  : [];

function firstLine(child: ChildProcess, match = /^\{/): Promise<string> {
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`process exited with ${code}`)));
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => match.test(line) && resolve(line));
  });
}

function tsx(...args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'bench/support/bench-server.ts', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

/**
 * CPU seconds a process has used, all its threads (Linux's /proc; undefined elsewhere). Per
 * command it says what the request path costs even when other work on the machine slows it.
 */
function cpuSeconds(pid: number | undefined, file = `/proc/${pid}/stat`): number | undefined {
  try {
    const fields = readFileSync(file, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** The main thread's CPU seconds alone (its task id is the process id). */
function mainThreadSeconds(pid: number | undefined): number | undefined {
  return cpuSeconds(pid, `/proc/${pid}/task/${pid}/stat`);
}

async function run(
  title: string,
  options: autocannon.Options,
  server?: ChildProcess,
): Promise<autocannon.Result> {
  const before = cpuSeconds(server?.pid);
  const mainBefore = mainThreadSeconds(server?.pid);
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  const after = cpuSeconds(server?.pid);
  const mainAfter = mainThreadSeconds(server?.pid);
  const rate = Math.round(result['2xx'] / SECONDS).toLocaleString('en-GB');
  const perOk = (from?: number, to?: number) =>
    from === undefined || to === undefined
      ? '?'
      : (((to - from) * 1000) / result['2xx']).toFixed(2);
  // Beside the whole process, the main thread's share: the rest is the store's writer, the
  // background worker (the projector) and V8's helper threads.
  const cpu =
    before === undefined || result['2xx'] === 0
      ? ''
      : `   server CPU ${perOk(before, after)} ms/ok (main thread ${perOk(mainBefore, mainAfter)})`;
  console.log(
    `${title.padEnd(36)} ${rate.padStart(8)} ok/s   p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   non-2xx ${result.non2xx}${cpu}`,
  );
  return result;
}

async function main(): Promise<void> {
  console.log(
    `Redress api benchmark: ${CONNECTIONS} connections, ${SECONDS} s per run, SQLite synchronous=FULL, group commit\n`,
  );
  const build = spawnSync('npx', ['nest', 'build', 'api'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('nest build api failed');

  const bare = tsx('bare', mkdtempSync(join(tmpdir(), 'redress-bench-bare-')));
  const { port: barePort } = JSON.parse(await firstLine(bare)) as { port: number };
  const ceiling = await run(
    'bare route (append only)',
    {
      url: `http://127.0.0.1:${barePort}/append`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    },
    bare,
  );
  bare.kill();

  const embedded = await apiRuns('embedded');
  const off = await apiRuns('off');

  const rate = (r: autocannon.Result) => r['2xx'] / SECONDS;
  console.log(
    '\nTargets (projector embedded): at least 2,000 durable commands/s at p99 under 50 ms, and at least half the bare route.',
  );
  for (const [name, r] of [
    ['log', embedded.log],
    ['acknowledge', embedded.ack],
  ] as const) {
    const share = rate(r) / rate(ceiling);
    console.log(
      `${name.padEnd(12)} ${rate(r) >= 2000 ? 'meets' : 'MISSES'} 2,000/s · p99 ${r.latency.p99 < 50 ? 'meets' : 'MISSES'} 50 ms · ${(share * 100).toFixed(0)}% of the bare route (${share >= 0.5 ? 'meets' : 'MISSES'} 50%) · ${((rate(r) / rate(name === 'log' ? off.log : off.ack)) * 100).toFixed(0)}% of the rate with the projector off`,
    );
  }
  console.log(
    `projector lag at the end of the load: caught up ${(embedded.lagMs / 1000).toFixed(1)} s after the last command (${embedded.behind.toLocaleString('en-GB')} events behind when the load ended)`,
  );
}

/**
 * One api (a fresh data directory, preloaded) with the projector `embedded` (the default) or
 * `off`: logs, then acknowledges, then (embedded) times how long the read models take to catch up.
 */
async function apiRuns(
  projector: 'embedded' | 'off',
): Promise<{ log: autocannon.Result; ack: autocannon.Result; lagMs: number; behind: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'redress-bench-api-'));
  const loader = tsx('preload', dataDir, String(PRELOAD));
  const { ids } = JSON.parse(await firstLine(loader)) as { ids: string[] };
  const port = await freePort();
  const api = spawn(process.execPath, [...PROFILE, 'dist/apps/api/apps/api/src/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      REDRESS_DATA_DIR: dataDir,
      REDRESS_JWT_SECRET: SECRET,
      REDRESS_LOG_LEVEL: 'warn',
      REDRESS_PROJECTOR: projector,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await firstLine(api, /listening/);
  const base = `http://127.0.0.1:${port}`;
  // The preloaded complaints projected first, so the runs measure an api that is caught up.
  if (projector === 'embedded') await caughtUp(dataDir);
  const token = await mintToken(createSecretKey(Buffer.from(SECRET)), 'bench', 'officer');
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const commits = await groupCommitMeter(base);
  const log = await run(
    `POST /complaints, projector ${projector}`,
    {
      url: `${base}/complaints`,
      method: 'POST',
      headers,
      body: JSON.stringify({
        channel: 'EMAIL',
        residentRef: 'R-1',
        description: 'Damp in the bedroom',
      }),
    },
    api,
  );
  await commits.print();
  let next = 0;
  // The first start made "admin" the directory's first user: handlers must be active users.
  const body = JSON.stringify({
    handlerId: 'admin',
    definition: { issues: [{ summary: 'Damp' }], outcomesSought: [] },
  });
  const ack = await run(
    `acknowledge, projector ${projector}`,
    {
      url: base,
      headers,
      requests: [
        {
          method: 'POST',
          setupRequest: (req) => ({
            ...req,
            path: `/complaints/${ids[next++ % ids.length]}/acknowledge`,
            body,
          }),
        },
      ],
    },
    api,
  );
  await commits.print();
  if (next > ids.length)
    console.log(
      `(more acknowledgements were sent than the ${ids.length} preloaded complaints: the excess were refused, not counted)`,
    );
  let lagMs = 0;
  let behind = 0;
  if (projector === 'embedded') {
    const ended = Date.now();
    behind = await caughtUp(dataDir);
    lagMs = Date.now() - ended;
  }
  api.kill();
  await new Promise((r) => api.once('exit', r));
  return { log, ack, lagMs, behind };
}

/**
 * Reads the store's commit counters from /metrics: `print` shows the appends per commit since
 * the last reading (what group commit achieved under the run's load).
 */
async function groupCommitMeter(base: string): Promise<{ print(): Promise<void> }> {
  const token = await mintToken(createSecretKey(Buffer.from(SECRET)), 'admin', 'admin');
  const read = async () => {
    const body = await (
      await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } })
    ).text();
    const value = (name: string) =>
      Number(new RegExp(`^redress_store_${name}_total (\\d+)$`, 'm').exec(body)?.[1] ?? NaN);
    return { commits: value('commits'), appends: value('appends') };
  };
  let last = await read();
  return {
    async print() {
      const now = await read();
      const commits = now.commits - last.commits;
      const appends = now.appends - last.appends;
      last = now;
      console.log(
        `${''.padEnd(36)} ${commits.toLocaleString('en-GB')} commits, ${(appends / commits).toFixed(1)} appends per commit`,
      );
    },
  };
}

/**
 * Waits until the read models' checkpoint has reached the newest complaint event, reading
 * both files as a report would; returns how many events were still to project at the start.
 */
async function caughtUp(dataDir: string): Promise<number> {
  const events = new Database(sqliteFile(dataDir), { readonly: true });
  const readModels = new Database(readModelFile(dataDir), { readonly: true });
  const head = events
    .prepare(`SELECT max(position) FROM events WHERE stream LIKE 'complaint-%'`)
    .pluck()
    .get() as number | null;
  const checkpoint = readModels
    .prepare(`SELECT commit_position FROM rm_checkpoints WHERE name = ?`)
    .pluck();
  const at = () => Number((checkpoint.get(COMPLAINT_PROJECTION) as number | null | undefined) ?? 0);
  const behind =
    head === null
      ? 0
      : Number(
          events
            .prepare(`SELECT count(*) FROM events WHERE stream LIKE 'complaint-%' AND position > ?`)
            .pluck()
            .get(at()),
        );
  while (head !== null && at() < head) await sleep(20);
  events.close();
  readModels.close();
  return behind;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
