import {
  diffHazardStates,
  diffStates,
  hazardStateAsOf,
  renderDiff,
  renderHazardDiff,
  stateAsOf,
} from '@redress/audit';
import { auditCommand } from '../../support/audit-command';
import { EXIT } from '../../exit-codes';
import { json, loadRecord, momentArg, recordIdArg } from './audit-args';

/** What changed in a complaint or hazard case between two moments: events, status, clocks, fields. */
export const diffCommand = auditCommand({
  name: 'diff',
  summary: 'Show what changed in a complaint or hazard case between two moments',
  usage:
    'redress diff <complaintId | hazardId> --from <date | date-time> --to <date | date-time> [--effective] [--json]',
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    effective: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  check: (args) => {
    recordIdArg(args);
    momentArg(args, 'from');
    momentArg(args, 'to');
  },
  async run(args, store, io) {
    const id = recordIdArg(args);
    const view = args.values.effective ? 'effective' : 'recorded';
    const record = await loadRecord(store, id);
    const [fromMoment, toMoment] = [momentArg(args, 'from'), momentArg(args, 'to')];
    if (record.kind === 'hazard') {
      const { events } = record.found;
      const from = hazardStateAsOf(events, fromMoment, view);
      const to = hazardStateAsOf(events, toMoment, view);
      const diff = diffHazardStates(from, to, events);
      const { from: f, to: t, ...changes } = diff;
      io.out(
        args.values.json
          ? json({ hazardId: id, view, from: f.asOf, to: t.asOf, ...changes })
          : renderHazardDiff(id, diff),
      );
      return EXIT.OK;
    }
    const { events } = record.found;
    const from = stateAsOf(events, fromMoment, view);
    const to = stateAsOf(events, toMoment, view);
    const diff = diffStates(from, to, events);
    const { from: f, to: t, ...changes } = diff;
    io.out(
      args.values.json
        ? json({ complaintId: id, view, from: f.asOf, to: t.asOf, ...changes })
        : renderDiff(id, diff),
    );
    return EXIT.OK;
  },
});
