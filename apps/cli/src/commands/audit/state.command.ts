import { hazardStateAsOf, renderHazardState, renderState, stateAsOf } from '@redress/audit';
import { auditCommand } from '../../support/audit-command';
import { EXIT } from '../../exit-codes';
import { json, loadRecord, momentArg, recordIdArg } from './audit-args';

/**
 * A complaint or hazard case as known at a moment (events recorded by then), or with
 * `--effective` as it stood in business time (events by the date, for a hazard case the
 * instant, they take effect). Where they differ is a finding.
 */
export const stateCommand = auditCommand({
  name: 'state',
  summary:
    'Show a complaint or hazard case as it was known at a moment (--effective: in business time)',
  usage:
    'redress state <complaintId | hazardId> --as-of <YYYY-MM-DD | date-time> [--effective] [--json]',
  options: {
    'as-of': { type: 'string' },
    effective: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  check: (args) => {
    recordIdArg(args);
    momentArg(args, 'as-of');
  },
  async run(args, store, io) {
    const id = recordIdArg(args);
    const moment = momentArg(args, 'as-of');
    const view = args.values.effective ? 'effective' : 'recorded';
    const record = await loadRecord(store, id);
    if (record.kind === 'hazard') {
      const state = hazardStateAsOf(record.found.events, moment, view);
      io.out(args.values.json ? json({ hazardId: id, ...state }) : renderHazardState(id, state));
      return EXIT.OK;
    }
    const state = stateAsOf(record.found.events, moment, view);
    io.out(args.values.json ? json({ complaintId: id, ...state }) : renderState(id, state));
    return EXIT.OK;
  },
});
