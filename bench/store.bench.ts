/**
 * Prints how fast the SQLite event store is on this machine's data disk, beside its targets:
 * the disk's raw fsync rate (the ceiling for one commit per append), durable appends from 64
 * concurrent writers with group commit off and on, reads of the log, and a subscription catching
 * up over 1,000,000 events. Figures, not assertions. Run with `npm run bench:store`.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { EventToAppend } from '@redress/event-store/port/event-store.port';
import type { Position } from '@redress/event-store/port/position';
import { SqliteEventStore } from '@redress/event-store/adapters/sqlite';

const WRITERS = 64;
const APPEND_MS = 4000;
const LOG_EVENTS = 1_000_000;
const LOAD_BATCH = 2000;
const PAGE = 4096;

const perSecond = (count: number, ms: number) => (count / ms) * 1000;
const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
const table: [measure: string, figure: string, target?: string, met?: boolean][] = [];

/** A complaint event of a realistic size: a short payload and the metadata every event carries. */
function complaintEvent(n: number): EventToAppend {
  const id = randomUUID();
  return {
    id,
    type: 'Stage1Acknowledged',
    data: { complaintId: `c-${n % 5000}`, acknowledgedOn: '2025-04-23', channel: 'email' },
    metadata: {
      eventId: id,
      commandId: randomUUID(),
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { id: 'officer-17', role: 'officer' },
      recordedAt: '2025-04-23T10:15:00.000Z',
      effectiveOn: '2025-04-23',
      schemaVersion: 1,
    },
  };
}

/**
 * Writes 4 KiB and fsyncs, in five 400 ms windows: what a store that commits once per append
 * could do at best. Appending is the plain loop; overwriting a region written beforehand is how
 * a WAL is reused after a checkpoint, and is faster because the file's size does not change.
 * Shared disks are noisy, so the best window stands for the disk.
 */
function fsyncRate(dir: string, overwrite: boolean): { best: number; median: number } {
  const file = join(dir, 'fsync.probe');
  const fd = openSync(file, 'w');
  const block = Buffer.alloc(4096, 1);
  const blocks = 256;
  for (let i = 0; i < blocks; i++) writeSync(fd, block);
  fsyncSync(fd);
  const rates: number[] = [];
  for (let window = 0, at = 0; window < 5; window++) {
    let syncs = 0;
    const started = performance.now();
    while (performance.now() - started < 400) {
      const offset = (overwrite ? at++ % blocks : blocks + at++) * block.length;
      writeSync(fd, block, 0, block.length, offset);
      fsyncSync(fd);
      syncs++;
    }
    rates.push(perSecond(syncs, performance.now() - started));
  }
  closeSync(fd);
  rmSync(file);
  rates.sort((a, b) => a - b);
  return { best: rates[rates.length - 1]!, median: rates[2]! };
}

/** 64 writers, each appending one event at a time to its own stream, for a few seconds. */
async function concurrentAppends(dir: string, groupCommit: boolean) {
  const store = new SqliteEventStore(join(dir, `appends-${groupCommit}.sqlite`), { groupCommit });
  let written = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async (_, w) => {
      let revision: bigint | 'no_stream' = 'no_stream';
      while (performance.now() - started < APPEND_MS) {
        const result = await store.appendToStream(`complaint-${w}`, [complaintEvent(written)], {
          expectedRevision: revision,
        });
        revision = result.nextExpectedRevision;
        written++;
      }
    }),
  );
  const rate = perSecond(written, performance.now() - started);
  const { commits, appends } = store.stats();
  await store.close();
  return { rate, perCommit: appends / commits };
}

/** Writes the log fast: big appends, four at a time so that they share commits too. */
async function load(store: SqliteEventStore): Promise<number> {
  const started = performance.now();
  for (let done = 0; done < LOG_EVENTS; done += LOAD_BATCH * 4) {
    await Promise.all(
      [0, 1, 2, 3].map((k) =>
        store.appendToStream(
          `complaint-load-${(done / LOAD_BATCH + k) % 997}`,
          Array.from({ length: LOAD_BATCH }, (_, i) => complaintEvent(done + i)),
          { expectedRevision: 'any' },
        ),
      ),
    );
  }
  return perSecond(LOG_EVENTS, performance.now() - started);
}

/** Reads the whole log in pages, as a projection rebuild would. */
async function readPages(store: SqliteEventStore): Promise<number> {
  const started = performance.now();
  let read = 0;
  let from: Position | 'start' = 'start';
  for (;;) {
    const page = await store.readAll({ fromPosition: from, maxCount: PAGE + 1 });
    read += from === 'start' ? page.length : page.length - 1;
    if (page.length <= PAGE) break;
    from = page[page.length - 1]!.position;
  }
  return perSecond(read, performance.now() - started);
}

/** A subscription from the start, timed until it delivers the last event in the log. */
async function catchUp(store: SqliteEventStore): Promise<number> {
  const [last] = await store.readAll({ direction: 'backwards', maxCount: 1 });
  const started = performance.now();
  let delivered = 0;
  const subscription = store.subscribeToAll({ fromPosition: 'start' });
  for await (const message of subscription) {
    if (message.kind !== 'event') continue;
    delivered++;
    if (message.event.position.commit === last!.position.commit) break;
  }
  await subscription.close();
  return perSecond(delivered, performance.now() - started);
}

async function main(): Promise<void> {
  // Beside the store's default location (./data), so the figures describe the disk it uses.
  const dataDir = resolve('data');
  mkdirSync(dataDir, { recursive: true });
  const dir = mkdtempSync(join(dataDir, 'bench-'));
  const load1 = loadavg()[0]!;
  try {
    const fsyncs = { appending: fsyncRate(dir, false), overwriting: fsyncRate(dir, true) };
    for (const [how, { best, median }] of Object.entries(fsyncs)) {
      table.push([`raw fsync rate ${how} 4 KiB (median ${fmt(median)})`, `${fmt(best)}/s`]);
    }
    const off = await concurrentAppends(dir, false);
    table.push([`${WRITERS} writers x 1 event, group commit off`, `${fmt(off.rate)} ev/s`]);
    const on = await concurrentAppends(dir, true);
    table.push([
      `${WRITERS} writers x 1 event, group commit on`,
      `${fmt(on.rate)} ev/s`,
      '>= 20,000 ev/s',
      on.rate >= 20_000,
    ]);
    for (const [how, { best }] of Object.entries(fsyncs)) {
      const ratio = on.rate / best;
      table.push([`  ... versus fsync ${how}`, `${ratio.toFixed(1)}x`, '>= 3x', ratio >= 3]);
    }
    table.push(['  ... versus group commit off', `${(on.rate / off.rate).toFixed(1)}x`]);
    table.push(['  ... appends per commit', on.perCommit.toFixed(1)]);

    const store = new SqliteEventStore(join(dir, 'log.sqlite'));
    table.push([
      `load ${fmt(LOG_EVENTS)} events, ${fmt(LOAD_BATCH)} per append`,
      `${fmt(await load(store))} ev/s`,
    ]);
    table.push([`readAll in pages of ${fmt(PAGE)}`, `${fmt(await readPages(store))} ev/s`]);
    const rate = await catchUp(store);
    table.push([
      `subscription catch-up over ${fmt(LOG_EVENTS)} events`,
      `${fmt(rate)} ev/s`,
      '>= 100,000 ev/s',
      rate >= 100_000,
    ]);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  print(
    `${cpus().length} CPUs, load average ${load1.toFixed(2)} at start, Node ${process.version}`,
  );
}

function print(context: string): void {
  const width = Math.max(...table.map(([m]) => m.length));
  console.log(context);
  console.log(`${'measure'.padEnd(width)}  ${'figure'.padStart(14)}  ${'target'.padEnd(15)}  met`);
  for (const [measure, figure, target = '', met] of table) {
    const verdict = met === undefined ? '' : met ? 'yes' : 'NO';
    console.log(
      `${measure.padEnd(width)}  ${figure.padStart(14)}  ${target.padEnd(15)}  ${verdict}`,
    );
  }
}

void main();
