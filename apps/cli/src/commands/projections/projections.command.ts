import { mkdirSync } from 'node:fs';
import { openReadModelDatabase, rebuildReadModels } from '@redress/read-models';
import { calendar, policies, serializer } from '@redress/complaint-stream';
import { loadConfig } from '@redress/config';
import { EXIT } from '../../exit-codes';
import { auditCommand, UsageProblem } from '../../support/audit-command';
import { progressBar } from '../../support/progress-bar';

/**
 * `projections rebuild`: every read model from the first event into fresh tables, then swapped
 * in (decision 5). Safe while the api runs: its projector keeps serving the old tables until the
 * swap, and anything it writes meanwhile is applied again over the new ones.
 */
export const projectionsCommand = auditCommand({
  name: 'projections',
  summary: 'Rebuild every read model from the first event (projections rebuild)',
  usage: 'redress projections rebuild [--json]',
  options: { json: { type: 'boolean' } },
  check: (args) => {
    if (args.positionals.length !== 1 || args.positionals[0] !== 'rebuild') {
      throw new UsageProblem("the only projections action is 'rebuild'");
    }
  },
  async run(args, store, io) {
    const config = loadConfig();
    if (config.readModelFile === ':memory:') {
      throw new UsageProblem(
        'the memory store keeps its read models in the api process; nothing to rebuild',
      );
    }
    mkdirSync(config.dataDir, { recursive: true });
    const connection = await openReadModelDatabase(config.readModels);
    const asJson = args.values.json === true;
    const bar = progressBar({
      total: 100,
      format: 'rebuild [{bar}] {percentage}% | {events} events',
      out: asJson ? () => undefined : io.out,
    });
    try {
      const result = await rebuildReadModels({
        store,
        connection,
        serializer,
        calendar,
        policies,
        onProgress: (p) => bar.update(Math.round(p.fraction * 100), { events: p.events }),
      });
      const rate = Math.round(result.events / Math.max(result.seconds, 0.001));
      bar.finish(
        `rebuilt the read models from ${result.events} events (${result.complaints} complaints) in ${result.seconds.toFixed(1)} s, ${rate} events/s`,
      );
      if (asJson)
        io.out(
          JSON.stringify(
            { ...result, eventsPerSecond: rate, readModels: connection.location },
            null,
            2,
          ),
        );
      return EXIT.OK;
    } finally {
      await connection.close();
    }
  },
});
