import { userInfo } from 'node:os';
import { writeFileSync } from 'node:fs';
import { sealStore, type SealDocument } from '@redress/event-store';
import { auditCommand } from '../../support/audit-command';
import { configuredSealKey } from '../../support/seal-key';
import { EXIT } from '../../exit-codes';
import { json } from '../audit/audit-args';

/** One line an operator can read: what was sealed, where, and by which key. */
export const describeSeal = (doc: SealDocument) => {
  const s = doc.statement;
  return `seal ${s.digest} at position ${s.position.commit}, ${s.sealedAt}: ${s.events} events in ${s.streams} streams; key ${s.keyId.slice(0, 16)}…`;
};

/** Seals the store now: the walk since the last seal, the digest, the signature, the append. */
export const sealCommand = auditCommand({
  name: 'seal',
  summary: 'Seal the store now: sign every stream head at this position (--out: export it)',
  usage: 'redress seal [--out <seal.json>] [--json]',
  options: { out: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, store, io) {
    const key = configuredSealKey(true)!;
    if (key.generatedAt) {
      io.err(
        `redress seal: generated a seal key at ${key.generatedAt}; give auditors its public key (redress seals public-key)`,
      );
    }
    const { document, checked } = await sealStore(store, {
      key,
      now: () => new Date(),
      actor: { id: `cli:${userInfo().username}`, role: 'cli' },
    });
    if (typeof args.values.out === 'string') {
      writeFileSync(args.values.out, `${json(document)}\n`);
      io.err(`redress seal: wrote ${args.values.out}`);
    }
    io.out(
      args.values.json
        ? json(document)
        : `${describeSeal(document)} (${checked} new events checked)`,
    );
    return EXIT.OK;
  },
});
