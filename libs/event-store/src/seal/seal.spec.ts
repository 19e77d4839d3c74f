import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryEventStore } from '../adapters/memory/memory-event-store';
import { event } from '../testing/contract-helpers';
import { readSealBook } from './seal-book';
import { checkSignature, parseSealDocument } from './seal-document';
import { loadSealKey, sealKeyFile, SealKeyError } from './seal-key';
import { SealRefused, sealStore } from './seal-store';
import { headsDigest } from './stream-heads';

const actor = { id: 'ops', role: 'admin' };
const now = () => new Date('2025-10-02T10:00:00Z');

async function append(store: MemoryEventStore, stream: string, n = 1) {
  for (let i = 0; i < n; i++)
    await store.appendToStream(stream, [event('Noted', { i })], {
      expectedRevision: 'any',
      linkChain: true,
    });
}

describe('seals', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'redress-seal-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('generates the key once, private to its owner, and refuses a key that is not Ed25519', () => {
    const first = loadSealKey({ dataDir: dir })!;
    expect(first.generatedAt).toBe(sealKeyFile(dir));
    expect(statSync(sealKeyFile(dir)).mode & 0o777).toBe(0o600);
    const again = loadSealKey({ dataDir: dir })!;
    expect(again.generatedAt).toBeUndefined();
    expect(again.keyId).toBe(first.keyId);
    expect(loadSealKey({ dataDir: join(dir, 'other'), create: false })).toBeUndefined();
    expect(() => loadSealKey({ dataDir: dir, privateKeyPem: 'not a key' })).toThrow(SealKeyError);
  });

  it('states the digest of every head, signs it, and each seal records only the heads that moved', async () => {
    const store = new MemoryEventStore();
    const key = loadSealKey({ dataDir: dir })!;
    await append(store, 'complaint-a', 3);
    await append(store, 'complaint-b', 2);
    const first = await sealStore(store, { key, now, actor });
    expect(first.checked).toBe(5);
    expect(first.document.statement).toMatchObject({ streams: 2, events: 5, previousDigest: null });
    expect(checkSignature(first.document, key.publicKey)).toEqual({ ok: true, keyId: key.keyId });
    await append(store, 'complaint-b', 1);
    const second = await sealStore(store, { key, now, actor });
    // Only what came after the first seal is walked: complaint-b's event and the first seal.
    expect(second.checked).toBe(2);
    expect(second.document.statement).toMatchObject({
      streams: 3,
      events: 7,
      previousDigest: first.document.statement.digest,
    });
    const book = await readSealBook(store, { trusted: key.publicKey });
    expect(book.problems).toEqual([]);
    expect(book.seals).toHaveLength(2);
    expect(headsDigest(book.target!.heads)).toBe(second.document.statement.digest);
    const read = await store.readStream('redress-seals');
    expect((read[1]!.data as { changes: string[][] }).changes.map((c) => c[0])).toEqual([
      'complaint-b',
      'redress-seals',
    ]);
  });

  it('a seal round-trips as a document, and one signed by another key is refused', async () => {
    const store = new MemoryEventStore();
    await append(store, 'complaint-a');
    const key = loadSealKey({ dataDir: dir })!;
    const { document } = await sealStore(store, { key, now, actor });
    const kept = parseSealDocument(JSON.stringify(document));
    expect(checkSignature(kept, key.publicKey).ok).toBe(true);
    const other = loadSealKey({ dataDir: join(dir, 'other') })!;
    expect(checkSignature(kept, other.publicKey)).toMatchObject({ ok: false });
    const forged = { ...kept, statement: { ...kept.statement, events: 99 } };
    expect(checkSignature(forged, key.publicKey)).toEqual({
      ok: false,
      reason: 'the signature does not match the statement',
    });
    expect(() => parseSealDocument('{"statement":{}}')).toThrow(/not a redress-seal\/1 document/);
  });

  it('concurrent sealers both land, one after the other, each following the one before', async () => {
    const store = new MemoryEventStore();
    await append(store, 'complaint-a', 2);
    const key = loadSealKey({ dataDir: dir })!;
    await Promise.all([
      sealStore(store, { key, now, actor }),
      sealStore(store, { key, now, actor }),
    ]);
    const book = await readSealBook(store, { trusted: key.publicKey });
    expect(book.seals).toHaveLength(2);
    expect(book.problems).toEqual([]);
  });

  it('a seal event whose content is not a seal is a problem to report, not a crash', async () => {
    const store = new MemoryEventStore();
    await store.appendToStream(
      'redress-seals',
      [event('StoreSealed', { statement: { position: { commit: 'x' } }, changes: [['a', 'NaN']] })],
      { expectedRevision: 'no_stream' },
    );
    const book = await readSealBook(store);
    expect(book.problems).toEqual([{ revision: 0n, reason: 'the seal event is not a seal' }]);
    expect(book.seals).toEqual([]);
  });

  it('refuses to seal over a chain that does not follow on from the latest seal', async () => {
    const store = new MemoryEventStore();
    await append(store, 'complaint-a', 2);
    const key = loadSealKey({ dataDir: dir })!;
    await sealStore(store, { key, now, actor });
    // An append that ignores the chain (as a forged one would): its prevHash is not the head.
    await store.appendToStream(
      'complaint-a',
      [event('Noted', {}, { prevHash: '0'.repeat(64), hash: 'f'.repeat(64) })],
      { expectedRevision: 'any' },
    );
    await expect(sealStore(store, { key, now, actor })).rejects.toThrow(SealRefused);
    expect((await readSealBook(store)).seals).toHaveLength(1);
  });
});
