/**
 * Prints how long the notifier's round takes at a large landlord's volume: deriving alerts from
 * 20,000 open obligations for 400 people, writing them into the outbox (a SQLite file, durable),
 * and deriving again (every key already there: what every later round costs). Figures, not
 * assertions. Run with `npm run bench:alerts`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AlertOutbox, deriveAlerts, type OpenObligation } from '@redress/alerts';
import { calendar } from '@redress/complaint-stream';
import { openReadModelDatabase } from '@redress/read-models';
import type { DirectoryUser } from '@redress/users';

const OBLIGATIONS = 20_000;
const PEOPLE = 400;
const now = new Date('2026-03-12T09:00:00Z');

const people: DirectoryUser[] = Array.from({ length: PEOPLE }, (_, i) => ({
  id: `person-${i}`,
  name: `Person ${i}`,
  role: i % 20 === 0 ? 'manager' : 'officer',
  passwordHash: '',
  mustChangePassword: false,
  disabled: false,
  managerId: i % 20 === 0 ? undefined : `person-${i - (i % 20)}`,
  alertChannels: {
    email: `person-${i}@example.org`,
    emailOn: true,
    webhookUrl: i % 2 === 0 ? `https://hooks.example.org/${i}` : null,
    webhookOn: i % 2 === 0,
  },
}));

// Due dates spread over the 60 working days around `now`: some missed, some amber, most later.
const dueDates = Array.from({ length: 60 }, (_, i) => calendar.addWorkingDays('2026-02-02', i));
const obligations: OpenObligation[] = Array.from({ length: OBLIGATIONS }, (_, i) => ({
  source: 'complaint',
  caseId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  caseRef: `C-${String(i).padStart(8, '0')}`,
  key: `complaint:${i}:STAGE1_RESPONSE:${dueDates[i % 60]}`,
  kind: 'STAGE1_RESPONSE',
  label: 'the stage 1 response',
  provision: 'CHC 6.3–6.4',
  owner: `person-${i % PEOPLE}`,
  dueOn: dueDates[i % 60]!,
  path: `/web/complaints/${i}`,
}));

function time<T>(label: string, body: () => T): T {
  const started = performance.now();
  const result = body();
  console.log(`${label.padEnd(62)} ${(performance.now() - started).toFixed(0).padStart(7)} ms`);
  return result;
}

async function timeAsync<T>(label: string, body: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await body();
  console.log(`${label.padEnd(62)} ${(performance.now() - started).toFixed(0).padStart(7)} ms`);
  return result;
}

async function main(): Promise<void> {
  const settings = {
    amberWorkingDays: 2,
    amberHours: 6,
    digestHour: 7,
    publicUrl: 'https://redress.example.org',
    emailEnabled: true,
  };
  const drafts = time(
    `derive: ${OBLIGATIONS.toLocaleString('en-GB')} obligations, ${PEOPLE} people`,
    () => deriveAlerts({ obligations, people, now, settings, calendar }),
  );
  console.log(`  alerts derived: ${drafts.length.toLocaleString('en-GB')}`);
  const rm = await openReadModelDatabase(
    join(mkdtempSync(join(tmpdir(), 'redress-bench-alerts-')), 'read-models.sqlite'),
  );
  const outbox = new AlertOutbox(rm.db);
  const added = await timeAsync('outbox: first round, every alert new (SQLite file)', () =>
    outbox.enqueue(drafts, now),
  );
  await timeAsync('outbox: a later round, every key already there', () =>
    outbox.enqueue(drafts, now),
  );
  await timeAsync('outbox: the due list (first 200)', () => outbox.due(now));
  console.log(`  outbox rows: ${added.toLocaleString('en-GB')}`);
  await rm.close();
}

void main();
