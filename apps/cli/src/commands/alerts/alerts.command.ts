import { mkdirSync } from 'node:fs';
import { readAlertsSent } from '@redress/alert-stream';
import { AlertOutbox } from '@redress/alerts';
import { loadConfig } from '@redress/config';
import { openReadModelDatabase } from '@redress/read-models';
import { EXIT } from '../../exit-codes';
import { auditCommand, UsageProblem } from '../../support/audit-command';

const ACTIONS = ['dead-letters', 'replay', 'sent'];
const ALERT_ID = /^[0-9a-f]{32}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `alerts dead-letters|replay|sent`: the notifier's dead-letter list and its replay (as the admin's
 * workbench page and HTTP do), and the record of every alert delivered (docs/alerts.md).
 */
export const alertsCommand = auditCommand({
  name: 'alerts',
  summary: 'List or replay alerts that failed every attempt; list the alerts sent',
  usage: [
    'redress alerts dead-letters [--json]',
    '       redress alerts replay <alert-id>',
    '       redress alerts sent [--case <complaint-or-hazard-id>] [--json]',
  ].join('\n'),
  options: { json: { type: 'boolean' }, case: { type: 'string' } },
  check: (args) => {
    const [action, id, ...extra] = args.positionals;
    if (!action || !ACTIONS.includes(action))
      throw new UsageProblem(`the action must be one of ${ACTIONS.join(', ')}`);
    if (extra.length > 0 || (action !== 'replay' && id !== undefined))
      throw new UsageProblem(`unexpected argument '${extra[0] ?? id}'`);
    if (action === 'replay' && (!id || !ALERT_ID.test(id)))
      throw new UsageProblem(
        'alerts replay needs an alert id: 32 hexadecimal characters, from alerts dead-letters',
      );
    const caseId = args.values.case;
    if (caseId !== undefined && !UUID.test(String(caseId)))
      throw new UsageProblem(`--case must be a UUID, got '${String(caseId)}'`);
  },
  async run(args, store, io) {
    const [action, id] = args.positionals;
    const asJson = args.values.json === true;
    if (action === 'sent') {
      const caseId =
        typeof args.values.case === 'string' ? args.values.case.toLowerCase() : undefined;
      const sent = await readAlertsSent(store, { caseId });
      if (asJson) io.out(JSON.stringify(sent, null, 2));
      else if (sent.length === 0) io.out('No alerts have been sent.');
      else
        for (const s of sent)
          io.out(
            `${s.deliveredAt}  ${s.kind.padEnd(7)} ${s.recipient.padEnd(16)} ${s.channel.padEnd(8)} ${s.subject}`,
          );
      return EXIT.OK;
    }
    const config = loadConfig();
    if (config.readModelFile === ':memory:')
      throw new UsageProblem('the memory store keeps its outbox in the api process');
    mkdirSync(config.dataDir, { recursive: true });
    const connection = await openReadModelDatabase(config.readModels);
    try {
      const outbox = new AlertOutbox(connection.db);
      if (action === 'replay') {
        if (!(await outbox.replay(id!, new Date()))) {
          io.err(
            `redress alerts: there is no dead letter ${id} (it may have been replayed already)`,
          );
          return EXIT.USAGE;
        }
        io.out(`Alert ${id} will be sent again on the notifier's next round.`);
        return EXIT.OK;
      }
      const dead = await outbox.deadLetters();
      if (asJson) io.out(JSON.stringify(dead, null, 2));
      else if (dead.length === 0)
        io.out('No dead letters: every alert was delivered or is still being tried.');
      else
        for (const d of dead)
          io.out(
            `${d.alert_id}  ${d.channel.padEnd(8)} ${d.recipient.padEnd(16)} ${d.attempts} attempts  ${d.last_error ?? ''}\n    ${d.subject}`,
          );
      return EXIT.OK;
    } finally {
      await connection.close();
    }
  },
});
