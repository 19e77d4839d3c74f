import type { CliCommand, CliIo } from './cli-command';
import { alertsCommand } from './commands/alerts/alerts.command';
import { diffCommand } from './commands/audit/diff.command';
import { exportCommand } from './commands/audit/export.command';
import { historyCommand } from './commands/audit/history.command';
import { stateCommand } from './commands/audit/state.command';
import { verifyCommand } from './commands/audit/verify.command';
import { deadlinesCommand } from './commands/deadlines.command';
import { EXIT_CODES_HELP } from './exit-codes';
import { policyCommand } from './commands/policy.command';
import { projectionsCommand } from './commands/projections/projections.command';
import { reportCommand } from './commands/reports/report.command';
import { sealCommand } from './commands/seals/seal.command';
import { sealsCommand } from './commands/seals/seals.command';
import { USAGE_ERROR } from './usage-error';
import { usersCommand } from './commands/users/users.command';

export { USAGE_ERROR };

const COMMANDS: readonly CliCommand[] = [
  policyCommand,
  deadlinesCommand,
  historyCommand,
  stateCommand,
  diffCommand,
  verifyCommand,
  exportCommand,
  sealCommand,
  sealsCommand,
  projectionsCommand,
  reportCommand,
  usersCommand,
  alertsCommand,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: redress <command> [options]   (redress <command> --help for its options)',
    '',
    'Commands:',
    ...lines,
    '',
    EXIT_CODES_HELP,
  ].join('\n');
}

export function runCli(argv: readonly string[], io: CliIo): number | Promise<number> {
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
