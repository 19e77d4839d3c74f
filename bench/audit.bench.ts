/**
 * Prints how fast the auditor's tools are: the as-of replay of one 1,000-event complaint (pure,
 * and with the read from SQLite) and `verify --all` over a SQLite store of 1,000,000 hash-chained
 * events. Figures, not assertions. Run with `npm run bench:audit`.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  parseMoment,
  readComplaintEvents,
  stateAsOf,
  verifyLog,
  verifyStore,
} from '@redress/audit';
import type { ComplaintCommand } from '@redress/complaints';
import { commands as c } from '@redress/complaints/testing';
import {
  GENESIS_HASH,
  loadSealKey,
  MemoryEventStore,
  sealStore,
  type EventStore,
} from '@redress/event-store';
import { SqliteEventStore } from '@redress/event-store/adapters/sqlite';
import { complaintStream, serializer } from '@redress/complaint-stream';
import { executeComplaintCommand } from '../apps/api/src/complaints/shared/execute-complaint-command';

const EVENTS_PER_COMPLAINT = 1000;
/** The log's size; BENCH_AUDIT_EVENTS sets a smaller one for a quick run. */
const LOG_EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const ID = '0b5d1c3e-1111-4222-8333-444455556666';
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** A real complaint of 1,000 events, one command a day, made through the command handler. */
async function longComplaint(store: EventStore): Promise<void> {
  const day = (n: number) => new Date(Date.UTC(2025, 3, 17) + n * 3_600_000).toISOString();
  const steps: ComplaintCommand[] = [c.log(), c.acknowledge1()];
  for (let i = steps.length; i < EVENTS_PER_COMPLAINT; i++) {
    steps.push(
      i % 2
        ? c.adjustment({ adjustment: `Adjustment ${i}` })
        : c.raiseIssue({ summary: `Issue ${i}` }),
    );
  }
  for (const [n, command] of steps.entries()) {
    await executeComplaintCommand(
      { ...command, complaintId: ID },
      {
        store,
        now: () => new Date(day(n)),
        actor: { id: 'alice', role: 'officer' },
        commandId: `b-${n}`,
        correlationId: 'bench',
      },
    );
  }
}

function time(runs: number, body: () => void): number {
  for (let i = 0; i < Math.min(20, runs); i++) body(); // warm up
  const started = performance.now();
  for (let i = 0; i < runs; i++) body();
  return (performance.now() - started) / runs;
}

async function timeAsync(runs: number, body: () => Promise<void>): Promise<number> {
  for (let i = 0; i < 5; i++) await body();
  const started = performance.now();
  for (let i = 0; i < runs; i++) await body();
  return (performance.now() - started) / runs;
}

/** One timed run, no warm-up (a seal changes the store, so a second run measures another thing). */
async function once(body: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await body();
  return performance.now() - started;
}

/** 1,000 copies of the long complaint's events, each re-chained into its own stream. */
async function loadLog(store: SqliteEventStore, memory: EventStore): Promise<number> {
  const source = (await memory.readStream(complaintStream(ID))).map((r) =>
    serializer.deserialize(r),
  );
  const started = performance.now();
  for (let s = 0; s < LOG_EVENTS / EVENTS_PER_COMPLAINT; s++) {
    const stream = `complaint-bench-${s}`;
    const events = serializer.serialize(
      stream,
      source.map((e) => e.event),
      (e) => {
        const m = source[0]!.metadata;
        return {
          commandId: m.commandId,
          correlationId: m.correlationId,
          causationId: m.causationId,
          actor: m.actor,
          recordedAt: m.recordedAt,
          effectiveOn: (e.data as { effectiveOn?: string }).effectiveOn,
        };
      },
      0n,
      GENESIS_HASH,
    );
    await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
  }
  return performance.now() - started;
}

async function main(): Promise<void> {
  const memory = new MemoryEventStore();
  await longComplaint(memory);
  const dir = mkdtempSync(join(tmpdir(), 'redress-bench-audit-'));
  const store = new SqliteEventStore(join(dir, 'redress.sqlite'));
  const recorded = await memory.readStream(complaintStream(ID));
  await store.appendToStream(complaintStream(ID), recorded, { expectedRevision: 'no_stream' });

  const { events } = (await readComplaintEvents(store, ID))!;
  const middle = parseMoment(events[500]!.recordedAt)!;
  const end = parseMoment('2025-12-31')!;
  const pureMid = time(200, () => void stateAsOf(events, middle, 'recorded'));
  const pureEnd = time(200, () => void stateAsOf(events, end, 'effective'));
  const withRead = await timeAsync(50, async () => {
    const found = await readComplaintEvents(store, ID);
    stateAsOf(found!.events, end, 'recorded');
  });

  process.stdout.write(`loading ${fmt(LOG_EVENTS)} hash-chained events into SQLite…\n`);
  const loadMs = await loadLog(store, memory);
  const started = performance.now();
  const verdict = await verifyLog(store);
  const verifySeconds = (performance.now() - started) / 1000;
  const key = loadSealKey({ dataDir: dir })!;
  const actor = { id: 'bench', role: 'admin' };
  const now = () => new Date();
  const firstSeal = await once(() => sealStore(store, { key, now, actor }));
  for (let s = 0; s < 100; s++) {
    await store.appendToStream(
      `complaint-bench-${s}`,
      [{ id: randomUUID(), type: 'Noted', data: {}, metadata: {} }],
      {
        expectedRevision: 'any',
        linkChain: true,
      },
    );
  }
  const nextSeal = await once(() => sealStore(store, { key, now, actor }));
  const sealedStarted = performance.now();
  const sealed = await verifyStore(store, { trustedKey: key.publicKey });
  const sealedSeconds = (performance.now() - sealedStarted) / 1000;
  await store.close();
  rmSync(dir, { recursive: true, force: true });

  const rows: [string, string, string][] = [
    [
      `as-of replay, ${EVENTS_PER_COMPLAINT} events, recorded view at event 500`,
      `${fmt(pureMid, 2)} ms`,
      '< 10 ms',
    ],
    [
      `as-of replay, ${EVENTS_PER_COMPLAINT} events, effective view of all`,
      `${fmt(pureEnd, 2)} ms`,
      '< 10 ms',
    ],
    ['  the same with the read from SQLite and deserialization', `${fmt(withRead, 2)} ms`, ''],
    [
      `verify --all, ${fmt(verdict.events)} events in ${fmt(verdict.streams)} streams`,
      `${fmt(verifySeconds, 1)} s (${fmt(verdict.events / verifySeconds)} events/s)`,
      '< 30 s',
    ],
    ['  (loading them, hashing each once)', `${fmt(loadMs / 1000, 1)} s`, ''],
    ['first seal (walks and checks the whole log)', `${fmt(firstSeal / 1000, 1)} s`, ''],
    ['next seal after 100 appends (walks only those)', `${fmt(nextSeal, 1)} ms`, ''],
    [
      'verify --all with the latest seal (chains, seal and file)',
      `${fmt(sealedSeconds, 1)} s${sealed.intact ? '' : ' (NOT intact)'}`,
      '',
    ],
  ];
  process.stdout.write(`\nAudit benchmark — Node ${process.version}, ${cpus().length} CPUs\n\n`);
  for (const [what, figure, target] of rows)
    process.stdout.write(`${what.padEnd(66)} ${figure.padEnd(28)} ${target}\n`);
  if (verdict.damaged.length > 0)
    process.stdout.write(`\n(unexpected: ${verdict.damaged.length} damaged streams)\n`);
}

void main();
