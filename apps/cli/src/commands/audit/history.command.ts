import { hazardHistoryRow, historyOf, renderHistoryTable } from '@redress/audit';
import { verifyStream } from '@redress/event-store';
import { auditCommand } from '../../support/audit-command';
import { EXIT } from '../../exit-codes';
import { json, loadRecord, recordIdArg } from './audit-args';

/**
 * Every event of a complaint or a hazard case in order, with both dates, the actor, the reason
 * and what changed. The chain is checked too: a history read from an altered stream says so and
 * exits 1, rather than passing for the record.
 */
export const historyCommand = auditCommand({
  name: 'history',
  summary:
    "List a complaint's or hazard case's events in order: recorded, effective, actor, reason, what changed",
  usage: 'redress history <complaintId | hazardId> [--json]',
  options: { json: { type: 'boolean' } },
  check: (args) => void recordIdArg(args),
  async run(args, store, io) {
    const id = recordIdArg(args);
    const record = await loadRecord(store, id);
    const rows =
      record.kind === 'complaint'
        ? historyOf(record.found.events)
        : record.found.events.map(hazardHistoryRow);
    const chain = verifyStream(record.found.recorded);
    if (args.values.json) {
      const key = record.kind === 'complaint' ? 'complaintId' : 'hazardId';
      io.out(json({ [key]: id, chain, events: rows }));
    } else {
      io.out(
        renderHistoryTable(id, rows, record.kind === 'complaint' ? 'Complaint' : 'Hazard case'),
      );
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
