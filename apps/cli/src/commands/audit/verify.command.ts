import { readFileSync } from 'node:fs';
import {
  readComplaintEvents,
  readHazardEvents,
  streamAgainstLatestSeal,
  verifyStore,
  type StoreVerdict,
  type StreamDamage,
} from '@redress/audit';
import {
  parseSealDocument,
  verifyStream,
  type EventStore,
  type SealDocument,
} from '@redress/event-store';
import {
  auditCommand,
  ComplaintNotFound,
  complaintIdArg,
  UsageProblem,
} from '../../support/audit-command';
import { progressBar } from '../../support/progress-bar';
import { configuredSealKey } from '../../support/seal-key';
import { EXIT } from '../../exit-codes';
import type { CliIo } from '../../cli-command';
import { json } from './audit-args';

const describe = (d: StreamDamage) =>
  `${d.stream}: first broken link at revision ${d.firstBreak.revision} (event ${d.firstBreak.eventId}): ${d.firstBreak.reason}: ${d.firstBreak.detail}`;

/**
 * Walks hash chains: one complaint's, one hazard case's, or every stream in the store with a
 * progress bar.
 */
export const verifyCommand = auditCommand({
  name: 'verify',
  summary:
    'Check hash chains (one complaint, one hazard case, or --all); exits 1 if anything was altered',
  usage:
    'redress verify (--complaint <id> | --hazard <id> | --all [--against <seal.json>]) [--json]',
  options: {
    complaint: { type: 'string' },
    hazard: { type: 'string' },
    all: { type: 'boolean' },
    against: { type: 'string' },
    json: { type: 'boolean' },
  },
  check: (args) => {
    const { complaint, hazard, all, against } = args.values;
    if ([complaint !== undefined, hazard !== undefined, all === true].filter(Boolean).length !== 1)
      throw new UsageProblem('give one of --complaint <id>, --hazard <id> or --all');
    if (typeof complaint === 'string') complaintIdArg({ ...args, positionals: [complaint] });
    if (typeof hazard === 'string')
      complaintIdArg({ ...args, positionals: [hazard] }, 'hazard case id');
    if (against !== undefined && !all) throw new UsageProblem('--against goes with --all');
    if (typeof against === 'string') sealFile(against);
  },
  async run(args, store, io) {
    if (args.values.all) {
      const against = args.values.against;
      return verifyAll(
        store,
        io,
        args.values.json === true,
        typeof against === 'string' ? sealFile(against) : undefined,
      );
    }
    const hazard = args.values.hazard !== undefined;
    const id = hazard
      ? complaintIdArg({ ...args, positionals: [String(args.values.hazard)] }, 'hazard case id')
      : complaintIdArg({ ...args, positionals: [String(args.values.complaint)] });
    const found = hazard ? await readHazardEvents(store, id) : await readComplaintEvents(store, id);
    if (!found) throw new ComplaintNotFound(id, hazard ? 'hazard case' : 'complaint');
    const verdict = verifyStream(found.recorded);
    const damaged = verdict.ok ? [] : [{ stream: found.stream, firstBreak: verdict.firstBreak }];
    const trusted = configuredSealKey(false)?.publicKey;
    const seal = await streamAgainstLatestSeal(store, found.stream, found.recorded, trusted);
    const intact = verdict.ok && (seal?.matches ?? true);
    if (args.values.json) {
      io.out(
        json({
          [hazard ? 'hazardId' : 'complaintId']: id,
          intact,
          events: verdict.events,
          ...(verdict.ok ? { headHash: verdict.headHash } : { damaged }),
          seal,
        }),
      );
    } else {
      if (verdict.ok)
        io.out(`${found.stream}: intact, ${verdict.events} events; head hash ${verdict.headHash}`);
      else io.out(`ALTERED ${describe(damaged[0]!)}`);
      if (seal && !seal.matches)
        io.out(`ALTERED against the latest seal ${seal.digest.slice(0, 16)}…: ${seal.problem}`);
      else if (seal)
        io.out(`matches the latest seal ${seal.digest.slice(0, 16)}… of ${seal.sealedAt}`);
    }
    return intact ? EXIT.OK : EXIT.ALTERED;
  },
});

/** The seal document an auditor kept; a file that is not one is a usage error. */
function sealFile(path: string): SealDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageProblem(`cannot read --against ${path}: ${(error as Error).message}`);
  }
  try {
    return parseSealDocument(text);
  } catch (error) {
    throw new UsageProblem(`--against ${path} is ${(error as Error).message}`);
  }
}

async function verifyAll(
  store: EventStore,
  io: CliIo,
  asJson: boolean,
  against: SealDocument | undefined,
): Promise<number> {
  const started = Date.now();
  const bar = progressBar({
    total: 100,
    format: 'verify [{bar}] {percentage}% | {events} events',
    out: asJson ? () => undefined : io.out,
  });
  const key = configuredSealKey(false);
  const verdict = await verifyStore(store, {
    trustedKey: key?.publicKey,
    against,
    onProgress: (checked, fraction) => bar.update(Math.round(fraction * 100), { events: checked }),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  bar.finish(
    verdict.damaged.length === 0
      ? `verified ${verdict.events} events in ${verdict.streams} streams in ${seconds} s: every chain intact`
      : `verified ${verdict.events} events in ${verdict.streams} streams in ${seconds} s: ${verdict.damaged.length} damaged`,
  );
  if (asJson) io.out(json(verdict));
  else for (const line of verdictLines(verdict, key !== undefined)) io.out(line);
  return verdict.intact ? EXIT.OK : EXIT.ALTERED;
}

/** The verdict in plain lines: each problem starts with ALTERED and names its stream. */
function verdictLines(verdict: StoreVerdict, keyExists: boolean): string[] {
  const lines = verdict.damaged.map((d) => `ALTERED ${describe(d)}`);
  for (const p of verdict.sealProblems)
    lines.push(`ALTERED seal at revision ${p.revision} of the seal stream: ${p.reason}`);
  if (verdict.seals.length === 0 && !keyExists)
    lines.push(
      'no seal yet: truncation and recomputed chains cannot be detected (run `redress seal`)',
    );
  else if (verdict.seals.length === 0)
    lines.push(
      'no seal in the store, though a seal key exists: if it was sealed before, its seal stream was deleted; check with --against <seal.json>',
    );
  for (const seal of verdict.seals) {
    const name = `seal (${seal.source}) ${seal.digest.slice(0, 16)}… of ${seal.sealedAt}`;
    if (seal.sealProblem)
      lines.push(`ALTERED ${name}: the seal does not hold: ${seal.sealProblem}`);
    for (const f of seal.findings)
      lines.push(`ALTERED ${name}: ${f.kind} ${f.stream}: ${f.detail}`);
    if (seal.matches && seal.findings.length === 0 && !seal.sealProblem) {
      lines.push(
        `${name}: the store matches it; ${seal.eventsAfter} event(s) appended since are covered by their chains only`,
      );
    }
  }
  for (const s of verdict.file?.streamsTable ?? []) {
    lines.push(
      `ALTERED streams table: ${s.stream} records revision ${s.recorded ?? 'none'}, its events end at ${s.actual ?? 'none'}`,
    );
  }
  for (const p of verdict.file?.pages ?? []) lines.push(`ALTERED file: ${p}`);
  return lines;
}
