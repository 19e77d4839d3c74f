/**
 * `npm run bench:dashboard`: server-side render time of the MRC / governance dashboard over
 * 100,000 complaints, through Fastify's inject (session, query handlers, Observable Plot's
 * charts, Nunjucks). The complaints are the demo data set (full lifecycles over two reporting
 * years and the current one, Ombudsman cases and learning among them), decided by the real
 * decider with the demo loader's command ids, clocks and order and appended in bulk (bulkLoadDemo:
 * the command path's re-read of each stream is what made 100,000 take half an hour) to the
 * embedded SQLite store in a fresh data directory, as `npm start` runs it, then projected into
 * the read-model file beside it by the bulk rebuild `projections rebuild` runs; the api's
 * embedded projector carries on from there. Prints p50 / p95 per view: its first view (which waits
 * for its count), a view after a new complaint moved the read models on (the count runs on its
 * thread; the view waits 100 ms for it, then shows the last count), how long until a view shows
 * the new count, and the view asked again unchanged, with the machine's load; figures, not
 * assertions. `npm run bench:dashboard -- --complaints 20000` for a smaller store.
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { calendar, policies, serializer } from '@redress/complaint-stream';
import { rebuildReadModels } from '@redress/read-models';
import {
  bulkLoadDemo,
  executeComplaintCommand,
  EmbeddedProjector,
  UserDirectory,
  percentile,
  startBuiltApi,
} from './support/built-api';

const { values } = parseArgs({
  options: {
    complaints: { type: 'string', default: '100000' },
    samples: { type: 'string', default: '60' },
    'cold-samples': { type: 'string', default: '10' },
  },
});
const COMPLAINTS = Number(values.complaints);
const SAMPLES = Number(values.samples);
const COLD_SAMPLES = Number(values['cold-samples']);
// Half way through 2025/26: two whole years and half of this one, 2.5 years of complaints.
const TODAY = '2025-10-01';
const FIRST_YEAR = 2023;

async function main(): Promise<void> {
  const loadStarted = performance.now();
  let summary: Awaited<ReturnType<typeof bulkLoadDemo>> | undefined;
  let appendSeconds = 0;
  const { app, store, clock, dataDir, fastify } = await startBuiltApi({
    today: TODAY,
    name: 'dashboard',
    store: 'sqlite',
    env: { REDRESS_HOMES: '2023/24=LCRA:40000,LCHO:2500; 2024/25=LCRA:40500,LCHO:2600' },
    seed: async (events, connection) => {
      summary = await bulkLoadDemo(events, {
        perYear: Math.round(COMPLAINTS / 2.5),
        firstYear: FIRST_YEAR,
        today: TODAY,
      });
      appendSeconds = (performance.now() - loadStarted) / 1000;
      await rebuildReadModels({ store: events, connection, serializer, calendar, policies });
    },
  });
  // Nothing is left to project, but the api's own projector must have caught up before timing.
  await app.get(EmbeddedProjector).settled(600_000);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  if (!summary) throw new Error('the demo data set was not loaded');

  const directory = app.get(UserDirectory);
  await directory.add({ id: 'gill', name: 'Gill Governor', role: 'governance' });
  await directory.changePassword('gill', 'benchmark-password');
  const page = await fastify.inject({ method: 'GET', url: '/' });
  let cookie = String(page.headers['set-cookie']).split(';')[0]!;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
  const signedIn = await fastify.inject({
    method: 'POST',
    url: '/web/sign-in',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({
      _csrf: csrf,
      username: 'gill',
      password: 'benchmark-password',
    }).toString(),
  });
  cookie = String(signedIn.headers['set-cookie']).split(';')[0]!;

  const views: [string, string][] = [
    ['Dashboard, 2024/25 beside 2023/24', '/web/dashboard?period=year&year=2024%2F25'],
    ['Dashboard, this year so far', '/web/dashboard'],
    ['Dashboard, a quarter', '/web/dashboard?period=quarter&year=2024%2F25&quarter=3'],
    ['Dashboard, a month', '/web/dashboard?period=month&year=2024%2F25&month=1'],
    [
      'A figure’s complaints (Find, 25)',
      '/web/find?figure=ch02-not-in-time&figureFrom=2024-04-01&figureTo=2025-03-31&tenure=LCRA',
    ],
  ];
  console.log(
    `Dashboard render times: ${summary.complaints.toLocaleString('en-GB')} complaints, ${summary.commands.toLocaleString('en-GB')} commands, ${summary.appendedEvents.toLocaleString('en-GB')} events (appended in ${appendSeconds.toFixed(0)} s, projected by ${loadSeconds.toFixed(0)} s); ${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  /** A new complaint moves the read models on, so the next view counts every figure again. */
  let logged = 0;
  const moveOn = async () => {
    await executeComplaintCommand(
      {
        type: 'LogComplaint',
        complaintId: randomUUID(),
        channel: 'EMAIL',
        residentRef: `R-bench-${logged++}`,
        description: 'A complaint logged between samples',
      },
      {
        store,
        now: clock.now,
        actor: { id: 'bench', role: 'officer' },
        commandId: randomUUID(),
        correlationId: 'bench',
      },
    );
    await app.get(EmbeddedProjector).settled(60_000);
  };
  const timeOf = async (name: string, url: string) => {
    const started = performance.now();
    const response = await fastify.inject({ method: 'GET', url, headers: { cookie } });
    const ms = performance.now() - started;
    if (response.statusCode !== 200) throw new Error(`${name}: ${response.statusCode}`);
    return { ms, body: response.body };
  };
  const line = (name: string, times: number[], note: string) => {
    times.sort((a, b) => a - b);
    console.log(
      `${name.padEnd(56)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(7)} ms   ${note}`,
    );
  };
  const NOT_UP_TO_DATE = 'the figures are being counted again';
  for (const [name, url] of views) {
    // The first view of a period waits for its count.
    const first = await timeOf(name, url);
    line(
      `${name}, first view`,
      [first.ms],
      '(1 view: waits for its count, unless it was counted as the api started)',
    );
    // After a change: the view starts a new count and waits up to REDRESS_DASHBOARD_WAIT_MS
    // (100 ms) for it, showing the last count (and saying so) past that; how long until a view
    // shows the new count is the count's own time, on the counting thread.
    const shown: number[] = [];
    const upToDate: number[] = [];
    let current = 0;
    for (let i = 0; i < COLD_SAMPLES; i++) {
      await moveOn();
      const started = performance.now();
      const view = await timeOf(name, url);
      shown.push(view.ms);
      let fresh = !view.body.includes(NOT_UP_TO_DATE);
      if (fresh) current++;
      while (!fresh) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        fresh = !(await timeOf(name, url)).body.includes(NOT_UP_TO_DATE);
      }
      upToDate.push(performance.now() - started);
    }
    line(
      `${name}, after a change`,
      shown,
      `(${COLD_SAMPLES} views, each after a new complaint; ${current} of them already up to date)`,
    );
    line(`${name}, new count shown after`, upToDate, '(from that view to one up to date)');
    // Asked again before anything changed.
    const warm: number[] = [];
    let bytes = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const t = await timeOf(name, url);
      warm.push(t.ms);
      bytes = t.body.length;
    }
    line(`${name}, again`, warm, `(${SAMPLES} views, ${Math.round(bytes / 1024)} KiB)`);
  }
  console.log(
    `Load afterwards: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
