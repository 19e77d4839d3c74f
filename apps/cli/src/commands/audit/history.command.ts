import { historyOf, renderHistoryTable } from '@redress/audit';
import { verifyStream } from '@redress/event-store';
import { auditCommand, complaintIdArg } from '../../support/audit-command';
import { EXIT } from '../../exit-codes';
import { json, loadComplaint } from './audit-args';

/**
 * Every event of a complaint in order, with both dates, the actor, the reason and what changed.
 * The chain is checked too: a history read from an altered stream says so and exits 1, rather
 * than passing for the record.
 */
export const historyCommand = auditCommand({
  name: 'history',
  summary: "List a complaint's events in order: recorded, effective, actor, reason, what changed",
  usage: 'redress history <complaintId> [--json]',
  options: { json: { type: 'boolean' } },
  check: (args) => void complaintIdArg(args),
  async run(args, store, io) {
    const id = complaintIdArg(args);
    const found = await loadComplaint(store, id);
    const rows = historyOf(found.events);
    const chain = verifyStream(found.recorded);
    if (args.values.json) {
      io.out(json({ complaintId: id, chain, events: rows }));
    } else {
      io.out(renderHistoryTable(id, rows));
      if (!chain.ok) {
        const b = chain.firstBreak;
        io.out(
          `CHAIN BROKEN at revision ${b.revision} (event ${b.eventId}): ${b.reason}: ${b.detail}. This history is not the record as it was written; run verify --all.`,
        );
      }
    }
    return chain.ok ? EXIT.OK : EXIT.ALTERED;
  },
});
