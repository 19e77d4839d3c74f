import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import {
  buildExport,
  exportVerification,
  latestSeal,
  recordAccess,
  renderExportCsv,
  renderExportHtml,
} from '@redress/audit';
import { verifyStream } from '@redress/event-store';
import { auditCommand, complaintIdArg, UsageProblem } from '../../support/audit-command';
import { EXIT } from '../../exit-codes';
import { json, loadComplaint } from './audit-args';

const FORMATS = ['json', 'csv', 'html'] as const;

/** The complaint's full record for the Ombudsman, with the chain check and head hash on it. */
export const exportCommand = auditCommand({
  name: 'export',
  summary: "Export a complaint's full record (json, csv or html) with its verification",
  usage: 'redress export <complaintId> --format json|csv|html [--output <file>]',
  options: { format: { type: 'string', default: 'json' }, output: { type: 'string' } },
  check: (args) => {
    complaintIdArg(args);
    if (!FORMATS.includes(args.values.format as (typeof FORMATS)[number]))
      throw new UsageProblem(`--format must be one of ${FORMATS.join(', ')}`);
  },
  async run(args, store, io) {
    const id = complaintIdArg(args);
    const { recorded, events } = await loadComplaint(store, id);
    const verification = {
      ...exportVerification(verifyStream(recorded), events),
      latestSeal: await latestSeal(store),
    };
    const at = new Date();
    const doc = buildExport(events, verification, at);
    const format = args.values.format;
    // Every export is recorded, from the CLI as over HTTP; here the actor is the operating-system
    // account that ran it, since the CLI has no token.
    await recordAccess(store, {
      type: 'ComplaintRecordExported',
      complaintId: id,
      actor: { id: `cli:${userInfo().username}`, role: 'cli' },
      correlationId: randomUUID(),
      at,
      details: {
        format: String(format),
        intact: verification.intact,
        headHash: verification.headHash ?? '',
      },
    });
    const text =
      format === 'csv'
        ? renderExportCsv(doc)
        : format === 'html'
          ? renderExportHtml(doc)
          : json(doc);
    if (typeof args.values.output === 'string') {
      writeFileSync(args.values.output, text);
      io.err(
        `wrote ${args.values.output}; chain ${verification.intact ? 'intact' : 'BROKEN'}, head hash ${verification.headHash}`,
      );
    } else {
      io.out(text);
    }
    return verification.intact ? EXIT.OK : EXIT.ALTERED;
  },
});
