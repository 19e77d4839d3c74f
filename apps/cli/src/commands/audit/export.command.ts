import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import {
  EXPORT_FORMATS,
  exportComplaintRecord,
  exportHazardRecord,
  renderComplaintRecord,
  renderHazardRecord,
  type ExportFormat,
} from '@redress/audit';
import { auditCommand, UsageProblem } from '../../support/audit-command';
import { EXIT } from '../../exit-codes';
import { json, loadRecord, recordIdArg } from './audit-args';

/**
 * A complaint's full record for the Ombudsman, or a hazard case's evidence pack, with the chain
 * check and head hash on it.
 */
export const exportCommand = auditCommand({
  name: 'export',
  summary:
    "Export a complaint's full record or a hazard case's evidence pack (json, csv or html) with its verification",
  usage: 'redress export <complaintId | hazardId> --format json|csv|html [--output <file>]',
  options: { format: { type: 'string', default: 'json' }, output: { type: 'string' } },
  check: (args) => {
    recordIdArg(args);
    if (!EXPORT_FORMATS.includes(args.values.format as ExportFormat))
      throw new UsageProblem(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  },
  async run(args, store, io) {
    const id = recordIdArg(args);
    const format = args.values.format as ExportFormat;
    const { kind } = await loadRecord(store, id);
    // Every export is recorded, from the CLI as over HTTP and on the web pages, by the same
    // code; here the actor is the operating-system account that ran it, since the CLI has no token.
    const request = {
      format,
      actor: { id: `cli:${userInfo().username}`, role: 'cli' },
      correlationId: randomUUID(),
      at: new Date(),
    };
    let text: string;
    let verification: { intact: boolean; headHash: string };
    if (kind === 'hazard') {
      const doc = (await exportHazardRecord(store, id, request))!;
      verification = doc.verification;
      text = format === 'json' ? json(doc) : renderHazardRecord(doc, format);
    } else {
      const doc = (await exportComplaintRecord(store, id, request))!;
      verification = doc.verification;
      text = format === 'json' ? json(doc) : renderComplaintRecord(doc, format);
    }
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
