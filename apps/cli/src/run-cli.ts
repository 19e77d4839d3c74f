import type { CliCommand, CliIo } from './cli-command';
import { deadlinesCommand } from './commands/deadlines.command';
import { policyCommand } from './commands/policy.command';
import { USAGE_ERROR } from './usage-error';

export { USAGE_ERROR };

const COMMANDS: readonly CliCommand[] = [policyCommand, deadlinesCommand];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return ['Usage: redress <command> [options]', '', 'Commands:', ...lines].join('\n');
}

export function runCli(argv: readonly string[], io: CliIo): number {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return 0;
  }
  if (name === undefined) {
    io.err(usage());
    return USAGE_ERROR;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`redress: unknown command '${name}'. Run 'redress --help' for the list of commands.`);
    return USAGE_ERROR;
  }
  return command.run(args, io);
}
