import { writeFileSync } from 'node:fs';
import { readSealBook } from '@redress/event-store';
import { auditCommand, UsageProblem } from '../../support/audit-command';
import { configuredSealKey } from '../../support/seal-key';
import { EXIT } from '../../exit-codes';
import { json } from '../audit/audit-args';
import { describeSeal } from './seal.command';

const ACTIONS = ['list', 'export', 'public-key'] as const;

/** Reads seals without making one: list them, export the latest, print the public key. */
export const sealsCommand = auditCommand({
  name: 'seals',
  summary: "List the store's seals, export the latest (export --out), or print the public key",
  usage: 'redress seals list | export [--out <seal.json>] | public-key',
  options: { out: { type: 'string' } },
  check: (args) => {
    const [action, ...extra] = args.positionals;
    if (!ACTIONS.includes(action as (typeof ACTIONS)[number]))
      throw new UsageProblem(`say one of ${ACTIONS.join(', ')}`);
    if (extra.length > 0) throw new UsageProblem(`unexpected argument '${extra[0]}'`);
  },
  async run(args, store, io) {
    const action = args.positionals[0];
    if (action === 'public-key') {
      const key = configuredSealKey(false);
      if (!key) {
        io.err('redress seals: no seal key yet; `redress seal` (or the api) creates one');
        return EXIT.STORE_UNAVAILABLE;
      }
      io.out(key.publicKeyPem.trimEnd());
      return EXIT.OK;
    }
    const book = await readSealBook(store, { trusted: configuredSealKey(false)?.publicKey });
    if (action === 'list') {
      if (book.seals.length === 0) io.out('no seals yet; run `redress seal`');
      for (const seal of book.seals) io.out(describeSeal(seal.document));
      for (const p of book.problems) io.out(`ALTERED seal at revision ${p.revision}: ${p.reason}`);
      return book.problems.length === 0 ? EXIT.OK : EXIT.ALTERED;
    }
    const latest = book.seals.at(-1);
    if (!latest) {
      io.err('redress seals: no seal to export; run `redress seal` first');
      return EXIT.COMPLAINT_NOT_FOUND;
    }
    const text = `${json(latest.document)}\n`;
    if (typeof args.values.out === 'string') {
      writeFileSync(args.values.out, text);
      io.err(`redress seals: wrote ${args.values.out}: ${describeSeal(latest.document)}`);
    } else io.out(text.trimEnd());
    return EXIT.OK;
  },
});
