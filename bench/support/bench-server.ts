/**
 * Helpers for the api benchmark, each run in its own process:
 * - `bare <dataDir>`: a plain Fastify route that only appends to the same kind of store (the
 *   ceiling), printing one JSON line with its port;
 * - `preload <dataDir> <count>`: logs `count` complaints through the real command path and
 *   prints their ids as one JSON line, for the acknowledge run.
 */
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { createEventStore, type EventStore } from '@redress/event-store';
import { executeComplaintCommand } from '../../apps/api/src/complaints/shared/execute-complaint-command';

async function main(): Promise<void> {
  const [mode, dataDir, count] = process.argv.slice(2);
  // The bare route commits where the api does (REDRESS_SQLITE_WRITER, a thread by default).
  const store = await createEventStore(
    { kind: 'sqlite', dataDir: dataDir! },
    { writerThread: mode === 'bare' && process.env.REDRESS_SQLITE_WRITER !== 'main' },
  );
  if (mode === 'bare') {
    const app = Fastify();
    let n = 0;
    app.post('/append', async () => {
      const result = await store.appendToStream(
        `bare-${randomUUID()}`,
        [{ id: randomUUID(), type: 'Appended', data: { n: n++ }, metadata: {} }],
        {
          expectedRevision: 'no_stream',
        },
      );
      return { revision: Number(result.nextExpectedRevision) };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    console.log(JSON.stringify({ port: (app.server.address() as { port: number }).port }));
    return;
  }
  console.log(JSON.stringify({ ids: await preload(store, Number(count)) }));
  await store.close();
}

/** Logged 64 at a time, as concurrent officers would. */
async function preload(store: EventStore, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  for (let i = 0; i < ids.length; i += 64) {
    await Promise.all(
      ids.slice(i, i + 64).map((id) =>
        executeComplaintCommand(
          {
            type: 'LogComplaint',
            complaintId: id,
            channel: 'EMAIL',
            residentRef: 'R-1',
            description: 'Benchmark complaint',
          },
          {
            store,
            now: () => new Date(),
            actor: { id: 'bench', role: 'officer' },
            commandId: randomUUID(),
            correlationId: 'bench',
          },
        ),
      ),
    );
  }
  return ids;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
