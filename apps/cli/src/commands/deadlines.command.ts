import { parseArgs } from 'node:util';
import {
  acknowledgementDueOn,
  extensionCapOn,
  isLocalDate,
  originalResponseDueOn,
  type StageRecord,
} from '@redress/complaints';
import { calendar, policies } from '@redress/complaint-stream';
import type { CliCommand, CliIo } from '../cli-command';
import { USAGE_ERROR } from '../usage-error';

const USAGE = 'Usage: redress deadlines --stage 1|2 --from YYYY-MM-DD [--acknowledged YYYY-MM-DD]';

/**
 * Prints a stage's Code deadlines from its trigger date (receipt, or the escalation request) and,
 * if given, the actual acknowledgement: the same functions the decider uses, so an officer can
 * check a date by hand against what Redress will enforce.
 */
export const deadlinesCommand: CliCommand = {
  name: 'deadlines',
  summary: 'Show the Code deadlines for a stage from its trigger and acknowledgement dates',
  run(args, io) {
    const options = parse(args, io);
    if (!options) return USAGE_ERROR;
    const policy = policies.current();
    const stage: StageRecord = {
      stage: options.stage,
      triggeredOn: options.from,
      acknowledgedOn: options.acknowledged,
      handlers: [],
      extensions: [],
    };
    const rows: [string, string, string][] = [
      [
        `Stage ${stage.stage} acknowledgement`,
        stage.stage === 1 ? 'CHC 6.2' : 'CHC 6.11',
        acknowledgementDueOn(stage, policy, calendar),
      ],
    ];
    const response = originalResponseDueOn(stage, policy, calendar);
    const cap = extensionCapOn(stage, policy, calendar);
    if (response && cap) {
      rows.push([
        `Stage ${stage.stage} response`,
        stage.stage === 1 ? 'CHC 6.3' : 'Stage 2 (20 working days)',
        response,
      ]);
      rows.push([
        'Latest extension without a good reason',
        stage.stage === 1 ? 'CHC 6.4' : 'Stage 2 (20 more at most)',
        cap,
      ]);
    }
    io.out(`Policy ${policy.version}; working days in England and Wales, trigger day not counted`);
    for (const [label, provision, due] of rows)
      io.out(`${label.padEnd(40)} ${provision.padEnd(26)} ${due}`);
    return 0;
  },
};

function parse(
  args: readonly string[],
  io: CliIo,
): { stage: 1 | 2; from: string; acknowledged?: string } | undefined {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: {
        stage: { type: 'string', default: '1' },
        from: { type: 'string' },
        acknowledged: { type: 'string' },
      },
    });
    const stage = values.stage === '1' ? 1 : values.stage === '2' ? 2 : undefined;
    const bad = [
      stage === undefined && '--stage must be 1 or 2',
      !isLocalDate(values.from) && '--from must be a date written YYYY-MM-DD',
      values.acknowledged !== undefined &&
        !isLocalDate(values.acknowledged) &&
        '--acknowledged must be a date written YYYY-MM-DD',
      values.acknowledged !== undefined &&
        values.from !== undefined &&
        values.acknowledged < values.from &&
        '--acknowledged must not be before --from',
    ].filter(Boolean);
    if (bad.length > 0) throw new Error(bad.join('; '));
    return { stage: stage!, from: values.from!, acknowledged: values.acknowledged };
  } catch (error) {
    io.err(`redress deadlines: ${(error as Error).message}\n${USAGE}`);
    return undefined;
  }
}
