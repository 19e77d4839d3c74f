import { renderState, stateAsOf } from '@redress/audit';
import { auditCommand, complaintIdArg } from '../../support/audit-command';
import { EXIT } from '../../exit-codes';
import { json, loadComplaint, momentArg } from './audit-args';

/**
 * The complaint as known at a moment (events recorded by then), or with `--effective` as it
 * stood in business time (events by the date they take effect). Where they differ is a finding.
 */
export const stateCommand = auditCommand({
  name: 'state',
  summary: 'Show a complaint as it was known at a moment (--effective: in business time)',
  usage: 'redress state <complaintId> --as-of <YYYY-MM-DD | date-time> [--effective] [--json]',
  options: {
    'as-of': { type: 'string' },
    effective: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  check: (args) => {
    complaintIdArg(args);
    momentArg(args, 'as-of');
  },
  async run(args, store, io) {
    const id = complaintIdArg(args);
    const moment = momentArg(args, 'as-of');
    const { events } = await loadComplaint(store, id);
    const state = stateAsOf(events, moment, args.values.effective ? 'effective' : 'recorded');
    io.out(args.values.json ? json({ complaintId: id, ...state }) : renderState(id, state));
    return EXIT.OK;
  },
});
