import { diffStates, renderDiff, stateAsOf } from '@redress/audit';
import { auditCommand, complaintIdArg } from '../../support/audit-command';
import { EXIT } from '../../exit-codes';
import { json, loadComplaint, momentArg } from './audit-args';

/** What changed in a complaint between two moments: events, status, deadlines and fields. */
export const diffCommand = auditCommand({
  name: 'diff',
  summary: 'Show what changed in a complaint between two moments',
  usage:
    'redress diff <complaintId> --from <date | date-time> --to <date | date-time> [--effective] [--json]',
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    effective: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  check: (args) => {
    complaintIdArg(args);
    momentArg(args, 'from');
    momentArg(args, 'to');
  },
  async run(args, store, io) {
    const id = complaintIdArg(args);
    const view = args.values.effective ? 'effective' : 'recorded';
    const { events } = await loadComplaint(store, id);
    const from = stateAsOf(events, momentArg(args, 'from'), view);
    const to = stateAsOf(events, momentArg(args, 'to'), view);
    const diff = diffStates(from, to, events);
    if (args.values.json) {
      const { from: f, to: t, ...changes } = diff;
      io.out(json({ complaintId: id, view, from: f.asOf, to: t.asOf, ...changes }));
    } else {
      io.out(renderDiff(id, diff));
    }
    return EXIT.OK;
  },
});
