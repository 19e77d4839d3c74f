import { historyOf, renderHistoryTable } from '@redress/audit';
import { auditCommand, complaintIdArg } from '../../support/audit-command';
import { EXIT } from '../../exit-codes';
import { json, loadComplaint } from './audit-args';

/** Every event of a complaint in order, with both dates, the actor, the reason and what changed. */
export const historyCommand = auditCommand({
  name: 'history',
  summary: "List a complaint's events in order: recorded, effective, actor, reason, what changed",
  usage: 'redress history <complaintId> [--json]',
  options: { json: { type: 'boolean' } },
  check: (args) => void complaintIdArg(args),
  async run(args, store, io) {
    const id = complaintIdArg(args);
    const rows = historyOf((await loadComplaint(store, id)).events);
    io.out(
      args.values.json ? json({ complaintId: id, events: rows }) : renderHistoryTable(id, rows),
    );
    return EXIT.OK;
  },
});
