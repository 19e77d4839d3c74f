/**
 * Prints how fast hazard cases (SI 2025/1042) and service requests (CHC 1.4) project into the
 * read models and how long their reports take. It writes a fresh SQLite store of hazard cases
 * made by the real decider (aware over a year at 2,000 properties: some investigated in time, some
 * late, some not yet, some emergencies) and service requests with offers to complain, rebuilds
 * the read models from it, then times each hazard report, repeat issues and the offers to
 * complain, on SQLite and on PostgreSQL. Figures, not assertions. Run with
 * `npm run bench:hazards`, or `-- --cases 2000` for a smaller store, `--dialects sqlite` for one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { addCalendarDays, type LocalDate } from '@redress/complaints';
import { calendar, policies, serializer } from '@redress/complaint-stream';
import { SqliteEventStore, sqliteFile } from '@redress/event-store';
import { HazardScenario, hazardCommands as h } from '@redress/hazards/testing';
import { historyOf, requestCommands as r } from '@redress/service-requests/testing';
import {
  customPeriod,
  hazardCompliance,
  hazardsLinkedToComplaints,
  offersToComplain,
  openHazards,
  openReadModelDatabase,
  readModelFile,
  rebuildReadModels,
  repeatHazards,
  repeatIssuesReport,
  type ReadModelConnection,
} from '@redress/read-models';
import { SeededRandom } from '../apps/api/src/demo/seeded-random';
import {
  appendHazardHistory,
  appendServiceRequestHistory,
} from '../libs/read-models/src/testing/append-case-history';
import { startTestPostgres, type TestPostgres } from '../test/support/postgres/test-postgres';

const FIRST_DAY = '2025-11-03';
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? undefined : (process.argv[at + 1] ?? '');
}

/** One hazard case's history, through the real decider, from a seeded choice of paths. */
function hazardCase(id: string, rnd: SeededRandom): HazardScenario {
  const awareOn = addCalendarDays(FIRST_DAY, rnd.between(0, 364));
  const at = (on: LocalDate, hour = 10) => `${on}T${String(hour).padStart(2, '0')}:00:00Z`;
  const who = {
    hazardId: id,
    propertyRef: `P-${rnd.between(1, 2000)}`,
    residentRef: `R-${rnd.between(1, 3000)}`,
  };
  let s = HazardScenario.start().at(at(awareOn), h.report(who));
  if (rnd.chance(0.1)) {
    return s.at(
      at(awareOn, 11),
      h.classify({
        hazardId: id,
        category: 'EMERGENCY',
        hazardType: 'UNCOMBUSTED_FUEL_GAS',
        reason: 'Gas',
      }),
    );
  }
  s = s.at(at(awareOn, 11), h.classify({ hazardId: id }));
  if (rnd.chance(0.2)) return s; // not yet investigated
  const concluded = calendar.addWorkingDays(awareOn, rnd.between(1, 13)); // past 10 is late (Reg 6)
  s = s.at(at(concluded), h.conclude({ hazardId: id }));
  if (rnd.chance(0.3)) return s;
  const summary = calendar.addWorkingDays(concluded, rnd.between(1, 4)); // past 3 is late (Reg 9)
  return s
    .at(at(summary), h.summary({ hazardId: id }))
    .at(at(summary, 15), h.safetyWork({ hazardId: id }));
}

async function main(): Promise<void> {
  const cases = Number(option('cases') ?? 20_000);
  const dialects = (option('dialects') ?? 'sqlite,postgres').split(',');
  const rnd = new SeededRandom(42);
  const dir = mkdtempSync(join(tmpdir(), 'redress-bench-hazards-'));
  const store = new SqliteEventStore(sqliteFile(dir));
  let started = performance.now();
  for (let i = 0; i < cases; i++) {
    const id = `hz-${String(i).padStart(6, '0')}`;
    await appendHazardHistory(store, id, hazardCase(id, rnd).events);
    const on = addCalendarDays(FIRST_DAY, rnd.between(0, 364));
    const who = {
      residentRef: `R-${rnd.between(1, 3000)}`,
      propertyRef: `P-${rnd.between(1, 2000)}`,
    };
    const steps: [LocalDate, ReturnType<typeof r.raise>][] = [[on, r.raise(who)]];
    const request = rnd.chance(0.3)
      ? historyOf(
          ...steps,
          [addCalendarDays(on, 1), r.offer()],
          [addCalendarDays(on, 2), rnd.chance(0.5) ? r.decline() : r.accept()],
        )
      : historyOf(...steps);
    await appendServiceRequestHistory(store, `sr-${String(i).padStart(6, '0')}`, request);
  }
  const events = (await store.readAll()).length;
  console.log(
    `Wrote ${fmt(cases)} hazard cases and ${fmt(cases)} service requests (${fmt(events)} events) in ${fmt((performance.now() - started) / 1000, 1)} s`,
  );
  console.log(
    `${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(2)}, Node ${process.version}\n`,
  );

  let server: TestPostgres | undefined;
  const period = customPeriod('2025-11-01', '2026-10-31');
  for (const dialect of dialects) {
    if (dialect === 'postgres') server = await startTestPostgres();
    const rm: ReadModelConnection = await openReadModelDatabase(
      server ? await server.freshSchema() : readModelFile(dir),
    );
    started = performance.now();
    const result = await rebuildReadModels({
      store,
      connection: rm,
      serializer,
      calendar,
      policies,
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${dialect}: rebuild ${fmt(result.events)} events in ${fmt(seconds, 1)} s (${fmt(result.events / seconds)} events/s)`,
    );
    const timed = async (label: string, run: () => Promise<unknown>) => {
      await run(); // warm
      const t = performance.now();
      await run();
      console.log(`  ${label.padEnd(52)} ${fmt(performance.now() - t, 1)} ms`);
    };
    await timed('hazard-clock compliance (year)', () =>
      hazardCompliance(rm.db, period, '2026-11-01'),
    );
    await timed('open hazards by age', () => openHazards(rm.db, '2026-06-01'));
    await timed('hazards linked to complaints', () => hazardsLinkedToComplaints(rm.db, period));
    await timed('repeat hazards at one property', () => repeatHazards(rm.db, period));
    await timed('repeat issues, every property and resident', () =>
      repeatIssuesReport(rm.db, { period }),
    );
    await timed('repeat issues at one property', () =>
      repeatIssuesReport(rm.db, { period, propertyRef: 'P-7' }),
    );
    await timed('offers to complain (self-assessment, CHC 1.3/1.5)', () =>
      offersToComplain(rm.db, period),
    );
    await rm.close();
  }
  await store.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
