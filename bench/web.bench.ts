/**
 * `npm run bench:web`: server-side render time of the workbench's busiest pages (My work, a
 * complaint, Find) over a store of many complaints, through Fastify's inject (the whole request
 * path but the socket: session, CSRF-free GETs, query handlers, Nunjucks). Complaints are made
 * by the real decider through the command path into the memory store, then projected by the
 * embedded projector. Prints p50 / p95; figures, not assertions.
 * `npm run bench:web -- --complaints 20000` for a smaller store. It builds the api first.
 */
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { CHANNELS, type ComplaintCommand } from '@redress/complaints';
import {
  executeComplaintCommand,
  EmbeddedProjector,
  UserDirectory,
  percentile,
  startBuiltApi,
} from './support/built-api';

const { values } = parseArgs({
  options: {
    complaints: { type: 'string', default: '100000' },
    samples: { type: 'string', default: '200' },
  },
});
const COMPLAINTS = Number(values.complaints);
const SAMPLES = Number(values.samples);
// About 200 complaints an officer, as in a large landlord's team.
const OFFICERS = Math.max(5, Math.round(COMPLAINTS / 200));
const TODAY = '2025-06-02';

async function main(): Promise<void> {
  const { app, store, clock, fastify } = await startBuiltApi({ today: TODAY, name: 'web' });

  const loadStarted = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < COMPLAINTS; i++) {
    const complaintId = randomUUID();
    ids.push(complaintId);
    const handler = `officer${i % OFFICERS}`;
    // Received over the last few weeks; most acknowledged, some responded to.
    const receivedOn = `2025-05-${String(1 + (i % 28)).padStart(2, '0')}`;
    const commands: ComplaintCommand[] = [
      {
        type: 'LogComplaint',
        complaintId,
        channel: CHANNELS[i % CHANNELS.length]!,
        residentRef: `R-${i}`,
        propertyRef: `P-${i % 5000}`,
        description: 'Damp and mould in the bedroom',
        vulnerable: i % 11 === 0,
        effectiveOn: receivedOn,
        backdateReason: 'Benchmark history',
      },
    ];
    if (i % 10 !== 0)
      commands.push({
        type: 'AcknowledgeStage1',
        complaintId,
        handlerId: handler,
        definition: {
          issues: [{ summary: 'Damp' }, { summary: 'Repairs late' }],
          outcomesSought: ['Fix it'],
        },
        effectiveOn: receivedOn,
        backdateReason: 'Benchmark history',
      });
    for (const command of commands)
      await executeComplaintCommand(command, {
        store,
        now: clock.now,
        actor: { id: handler, role: 'officer' },
        commandId: randomUUID(),
        correlationId: 'bench',
      });
  }
  // A hundred thousand complaints take minutes to project on a loaded machine.
  await app.get(EmbeddedProjector).settled(3_600_000);
  const loadSeconds = (performance.now() - loadStarted) / 1000;

  const directory = app.get(UserDirectory);
  for (let i = 0; i < Math.min(OFFICERS, 20); i++)
    await directory.add({ id: `officer${i}`, name: `Officer ${i}`, role: 'officer' });
  await directory.changePassword('officer1', 'benchmark-password');
  const page = await fastify.inject({ method: 'GET', url: '/' });
  let cookie = String(page.headers['set-cookie']).split(';')[0]!;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
  const signedIn = await fastify.inject({
    method: 'POST',
    url: '/web/sign-in',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({
      _csrf: csrf,
      username: 'officer1',
      password: 'benchmark-password',
    }).toString(),
  });
  cookie = String(signedIn.headers['set-cookie']).split(';')[0]!;

  const pages: [string, () => string][] = [
    ['My work (first 100 of about 200)', () => '/'],
    [
      'A complaint',
      () => `/web/complaints/${ids[1 + Math.floor(Math.random() * (ids.length - 1))]}`,
    ],
    ['Find: Stage 1, first page of 25', () => '/web/find?status=stage1'],
  ];
  console.log(
    `Workbench render times: ${COMPLAINTS.toLocaleString('en-GB')} complaints (loaded and projected in ${loadSeconds.toFixed(0)} s), ${SAMPLES} requests each; ${cpus().length} cores, load ${loadavg()[0]!.toFixed(2)}`,
  );
  for (const [name, url] of pages) {
    for (let i = 0; i < 10; i++)
      await fastify.inject({ method: 'GET', url: url(), headers: { cookie } });
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const started = performance.now();
      const response = await fastify.inject({ method: 'GET', url: url(), headers: { cookie } });
      times.push(performance.now() - started);
      if (response.statusCode !== 200) throw new Error(`${name}: ${response.statusCode}`);
      bytes = response.body.length;
    }
    times.sort((a, b) => a - b);
    console.log(
      `${name.padEnd(36)} p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms   (${Math.round(bytes / 1024)} KiB)`,
    );
  }
  await app.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
