import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from '@redress/config';
import {
  hazardCompliance,
  hazardsLinkedToComplaints,
  openHazards,
  openReadModelDatabase,
  repeatHazards,
  repeatIssuesReport,
  reportingYear,
  dayAfter,
  type ReadModelConnection,
} from '@redress/read-models';
import { londonDateOf } from '@redress/complaints';
import type { CliCommand } from '../../cli-command';
import { EXIT, EXIT_CODES_HELP } from '../../exit-codes';
import { parseReportArgs, REPORT_USAGE, type ReportArgs } from './report-args';
import { complianceText, linkedText, openText, repeatsText } from './report-text';

/**
 * `report`: the hazard reports (SI 2025/1042) and repeat issues from the read models, as the
 * report endpoints give them: the same queries, for an operator at a terminal or a script.
 */
export const reportCommand: CliCommand = {
  name: 'report',
  summary:
    'Hazard reports (compliance, open, linked, repeats) and repeat issues from the read models',
  async run(argv, io) {
    const say = (message: string) => io.err(`redress report: ${message}`);
    const usage = `Usage: ${REPORT_USAGE}\n\n${EXIT_CODES_HELP}`;
    if (argv.includes('--help') || argv.includes('-h')) {
      io.out(`${reportCommand.summary}\n${usage}`);
      return EXIT.OK;
    }
    let args: ReportArgs;
    try {
      args = parseReportArgs(argv, new Date());
    } catch (error) {
      say(`${(error as Error).message}\n${usage}`);
      return EXIT.USAGE;
    }
    let connection: ReadModelConnection | undefined;
    try {
      connection = await openReadModels();
      const lines = await run(connection, args);
      for (const line of lines) io.out(line);
      return EXIT.OK;
    } catch (error) {
      if (error instanceof ConfigError || error instanceof NoReadModels) {
        say(error.message);
        return EXIT.STORE_UNAVAILABLE;
      }
      say(`internal error: ${(error as Error).stack ?? String(error)}`);
      return EXIT.INTERNAL;
    } finally {
      await connection?.close().catch(() => undefined);
    }
  },
};

class NoReadModels extends Error {}

/** The configured read models; a SQLite file that is not there is not created empty. */
async function openReadModels(): Promise<ReadModelConnection> {
  const config = loadConfig();
  if (config.readModels === ':memory:')
    throw new NoReadModels('the memory store keeps its read models in the api process');
  if (config.readModels === config.readModelFile && !existsSync(config.readModelFile))
    throw new NoReadModels(
      `no read models at ${config.readModelFile}: start the api, or run 'redress projections rebuild'`,
    );
  return openReadModelDatabase(config.readModels);
}

async function run(connection: ReadModelConnection, args: ReportArgs): Promise<string[]> {
  const { db } = connection;
  const period = reportingYear(args.year);
  const today = londonDateOf(new Date());
  const json = (report: unknown) => [JSON.stringify(report, null, 2)];
  const options = { withinDays: args.withinDays, minCount: args.minCount, byTopic: args.byTopic };
  switch (args.report) {
    case 'compliance': {
      const asOf = args.asOf ?? (today <= period.to ? today : dayAfter(period));
      const report = await hazardCompliance(db, period, asOf);
      return args.json ? json(report) : complianceText(report);
    }
    case 'open': {
      const report = await openHazards(db, args.asOf ?? today);
      return args.json ? json(report) : openText(report);
    }
    case 'linked': {
      const report = await hazardsLinkedToComplaints(db, period);
      return args.json ? json(report) : linkedText(report);
    }
    case 'repeats': {
      const report = await repeatHazards(db, period, options);
      return args.json ? json(report) : repeatsText(report, 'Repeat hazards at one property');
    }
    case 'repeat-issues': {
      const report = await repeatIssuesReport(db, {
        ...options,
        period,
        kinds: args.kinds,
        propertyRef: args.propertyRef,
        residentRef: args.residentRef,
      });
      return args.json ? json(report) : repeatsText(report, 'Repeat issues');
    }
  }
}
