import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  SealKeyError,
  SealRefused,
  StoreUnavailableError,
  type EventStore,
} from '@redress/event-store';
import { ConfigError } from '@redress/config';
import type { CliCommand, CliIo } from '../cli-command';
import { EXIT, EXIT_CODES_HELP } from '../exit-codes';
import { openAuditStore, StoreUnreachable } from './open-audit-store';

/** A mistake in the command line: printed with the usage, exit 2. */
export class UsageProblem extends Error {}

/** The complaint (or hazard case) named does not exist: exit 3. */
export class ComplaintNotFound extends Error {
  constructor(
    readonly complaintId: string,
    what = 'complaint',
  ) {
    super(`No ${what} ${complaintId} in the event store`);
  }
}

export interface ParsedArgs {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: readonly string[];
}

export interface AuditCommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Checks the arguments before the store is opened, so a typo never waits on a network. */
  readonly check?: (args: ParsedArgs) => void;
  readonly run: (args: ParsedArgs, store: EventStore, io: CliIo) => Promise<number>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one positional id (a complaint's, or for the audit commands that say so a hazard case's),
 * lower-cased as the api stores it.
 */
export function complaintIdArg(args: ParsedArgs, what = 'complaint id'): string {
  const [id, ...extra] = args.positionals;
  if (id === undefined) throw new UsageProblem(`a ${what} is required`);
  if (extra.length > 0) throw new UsageProblem(`unexpected argument '${extra[0]}'`);
  if (!UUID.test(id)) throw new UsageProblem(`${what} must be a UUID, got '${id}'`);
  return id.toLowerCase();
}

/**
 * The shell every audit command shares: parse, check, open the store, run, close, and map
 * every failure to its exit code (see exit-codes.ts) with one clear line on stderr.
 */
export function auditCommand(spec: AuditCommandSpec): CliCommand {
  const usage = `Usage: ${spec.usage}\n\n${EXIT_CODES_HELP}`;
  return {
    name: spec.name,
    summary: spec.summary,
    async run(argv, io) {
      const say = (message: string) => io.err(`redress ${spec.name}: ${message}`);
      let args: ParsedArgs;
      try {
        if (argv.includes('--help') || argv.includes('-h')) {
          io.out(`${spec.summary}\n${usage}`);
          return EXIT.OK;
        }
        const parsed = parseArgs({
          args: [...argv],
          options: spec.options,
          allowPositionals: true,
        });
        args = { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals };
        spec.check?.(args);
      } catch (error) {
        say(`${(error as Error).message}\n${usage}`);
        return EXIT.USAGE;
      }
      let store: EventStore | undefined;
      try {
        store = await openAuditStore();
        return await spec.run(args, store, io);
      } catch (error) {
        if (error instanceof ComplaintNotFound) {
          say(error.message);
          return EXIT.COMPLAINT_NOT_FOUND;
        }
        if (
          error instanceof StoreUnreachable ||
          error instanceof StoreUnavailableError ||
          error instanceof ConfigError ||
          error instanceof SealKeyError
        ) {
          say(error.message);
          return EXIT.STORE_UNAVAILABLE;
        }
        if (error instanceof SealRefused) {
          say(`not sealed: ${error.message}`);
          return EXIT.ALTERED;
        }
        if (error instanceof SyntaxError) {
          say(`a stored event could not be read; its JSON is damaged (${error.message})`);
          return EXIT.ALTERED;
        }
        say(`internal error: ${(error as Error).stack ?? String(error)}`);
        return EXIT.INTERNAL;
      } finally {
        await store?.close().catch(() => undefined);
      }
    },
  };
}
