import { readComplaintEvents, verifyLog, type StreamDamage } from '@redress/audit';
import { verifyStream } from '@redress/event-store';
import {
  auditCommand,
  ComplaintNotFound,
  complaintIdArg,
  UsageProblem,
} from '../../support/audit-command';
import { progressBar } from '../../support/progress-bar';
import { EXIT } from '../../exit-codes';
import type { CliIo } from '../../cli-command';
import { json } from './audit-args';

const describe = (d: StreamDamage) =>
  `${d.stream}: first broken link at revision ${d.firstBreak.revision} (event ${d.firstBreak.eventId}): ${d.firstBreak.reason}: ${d.firstBreak.detail}`;

/** Walks hash chains: one complaint's, or every stream in the store with a progress bar. */
export const verifyCommand = auditCommand({
  name: 'verify',
  summary: 'Check hash chains (one complaint, or --all); exits 1 if anything was altered',
  usage: 'redress verify (--complaint <id> | --all) [--json]',
  options: { complaint: { type: 'string' }, all: { type: 'boolean' }, json: { type: 'boolean' } },
  check: (args) => {
    const { complaint, all } = args.values;
    if ((complaint === undefined) === !all)
      throw new UsageProblem('give either --complaint <id> or --all');
    if (typeof complaint === 'string') complaintIdArg({ ...args, positionals: [complaint] });
  },
  async run(args, store, io) {
    if (args.values.all) return verifyAll(store, io, args.values.json === true);
    const id = complaintIdArg({ ...args, positionals: [String(args.values.complaint)] });
    const found = await readComplaintEvents(store, id);
    if (!found) throw new ComplaintNotFound(id);
    const verdict = verifyStream(found.recorded);
    const damaged = verdict.ok ? [] : [{ stream: found.stream, firstBreak: verdict.firstBreak }];
    if (args.values.json) {
      io.out(
        json({
          complaintId: id,
          intact: verdict.ok,
          events: verdict.events,
          ...(verdict.ok ? { headHash: verdict.headHash } : { damaged }),
        }),
      );
    } else if (verdict.ok) {
      io.out(`${found.stream}: intact, ${verdict.events} events; head hash ${verdict.headHash}`);
    } else {
      io.out(`ALTERED ${describe(damaged[0]!)}`);
    }
    return verdict.ok ? EXIT.OK : EXIT.ALTERED;
  },
});

async function verifyAll(
  store: Parameters<typeof verifyLog>[0],
  io: CliIo,
  asJson: boolean,
): Promise<number> {
  const started = Date.now();
  const bar = progressBar({
    total: 100,
    format: 'verify [{bar}] {percentage}% | {events} events',
    out: asJson ? () => undefined : io.out,
  });
  const verdict = await verifyLog(store, {
    onProgress: (checked, fraction) => bar.update(Math.round(fraction * 100), { events: checked }),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  bar.finish(
    verdict.damaged.length === 0
      ? `verified ${verdict.events} events in ${verdict.streams} streams in ${seconds} s: every chain intact`
      : `verified ${verdict.events} events in ${verdict.streams} streams in ${seconds} s: ${verdict.damaged.length} damaged`,
  );
  if (asJson) io.out(json({ intact: verdict.damaged.length === 0, ...verdict }));
  else for (const d of verdict.damaged) io.out(`ALTERED ${describe(d)}`);
  return verdict.damaged.length === 0 ? EXIT.OK : EXIT.ALTERED;
}
