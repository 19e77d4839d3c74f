import type { KeyObject } from 'node:crypto';
import {
  checkSignature,
  positionFromJson,
  readSealBook,
  SealCheck,
  SEAL_STREAM,
  type EventStore,
  type SealDocument,
  type SealFinding,
  type SealProblem,
} from '@redress/event-store';
import { verifyLog, type LogVerdict, type VerifyLogOptions } from './verify-log';

/** How the store stands against one seal. */
export interface SealVerdict {
  /** `latest`: the store's own latest seal; `given`: a seal kept outside (`--against`). */
  readonly source: 'latest' | 'given';
  readonly digest: string;
  readonly sealedAt: string;
  readonly keyId: string;
  /** Why the seal itself does not hold (its signature, digest or link), or undefined. */
  readonly sealProblem?: string;
  /** The seal is in the store's seal stream, so its heads are known and streams can be named. */
  readonly inStore: boolean;
  /** The store's heads at the seal's position give the sealed digest. */
  readonly matches: boolean;
  readonly findings: readonly SealFinding[];
  readonly eventsAfter: number;
}

/** What the file itself says, where the store can tell (SQLite). */
export interface FileIntegrity {
  readonly pages: readonly string[];
  readonly streamsTable: readonly {
    readonly stream: string;
    readonly recorded: bigint | null;
    readonly actual: bigint | null;
  }[];
}

export interface StoreVerdict extends LogVerdict {
  readonly seals: readonly SealVerdict[];
  /** Seals in the store that do not hold (signature, digest, link to the one before). */
  readonly sealProblems: readonly SealProblem[];
  readonly file?: FileIntegrity;
  /** Nothing altered: every chain intact, every seal holds and matches, the file is sound. */
  readonly intact: boolean;
}

export interface VerifyStoreOptions extends Pick<
  VerifyLogOptions,
  'onProgress' | 'pageSize' | 'observers'
> {
  /** The store's seal key as this machine knows it; without it each seal's own key is used. */
  readonly trustedKey?: KeyObject;
  /** A seal kept outside the store, checked as well as the store's latest. */
  readonly against?: SealDocument;
}

interface IntegrityReporter {
  integrityReport(): Promise<FileIntegrity>;
}
const hasIntegrityReport = (store: EventStore): store is EventStore & IntegrityReporter =>
  typeof (store as Partial<IntegrityReporter>).integrityReport === 'function';

/**
 * `verify --all`: one walk of the log checks every hash chain and, on the same pass, compares
 * the store with its latest seal and with a seal given from outside; then, on SQLite, the file's
 * pages and its `streams` table. Every difference is named with its stream.
 */
export async function verifyStore(
  store: EventStore,
  options: VerifyStoreOptions = {},
): Promise<StoreVerdict> {
  const trusted = options.trustedKey;
  const book = await readSealBook(store, { trusted });
  const plans: {
    verdict: Omit<SealVerdict, 'matches' | 'findings' | 'eventsAfter'>;
    check: SealCheck;
  }[] = [];
  const latest = book.target;
  if (latest) {
    const s = latest.seal.document.statement;
    const own = book.problems.find((p) => p.revision === latest.seal.revision);
    plans.push({
      verdict: {
        source: 'latest',
        digest: s.digest,
        sealedAt: s.sealedAt,
        keyId: s.keyId,
        sealProblem: own?.reason,
        inStore: true,
      },
      check: new SealCheck(latest.seal.position, s.digest, latest.heads),
    });
  }
  if (options.against) {
    const doc = options.against;
    const s = doc.statement;
    const signature = checkSignature(doc, trusted);
    const found =
      latest?.seal.document.statement.digest === s.digest
        ? latest
        : (await readSealBook(store, { trusted, digest: s.digest })).target;
    const inStore = found !== undefined && found.seal.document.signature === doc.signature;
    plans.push({
      verdict: {
        source: 'given',
        digest: s.digest,
        sealedAt: s.sealedAt,
        keyId: s.keyId,
        sealProblem: signature.ok ? undefined : `signature: ${signature.reason}`,
        inStore,
      },
      check: new SealCheck(
        positionFromJson(s.position),
        s.digest,
        inStore ? found!.heads : undefined,
      ),
    });
  }
  const log = await verifyLog(store, {
    pageSize: options.pageSize,
    onProgress: options.onProgress,
    observers: [...plans.map((p) => p.check), ...(options.observers ?? [])],
  });
  const seals: SealVerdict[] = plans.map(({ verdict, check }) => {
    const result = check.finish();
    const findings = [...result.findings];
    if (verdict.source === 'given' && !verdict.inStore) {
      findings.unshift({
        stream: SEAL_STREAM,
        kind: 'truncated',
        detail:
          'this seal is not in the store: the seal stream was cut back or rewritten, or the seal belongs to another store',
      });
    }
    return { ...verdict, ...result, findings };
  });
  const file = hasIntegrityReport(store) ? await store.integrityReport() : undefined;
  const intact =
    log.damaged.length === 0 &&
    book.problems.length === 0 &&
    seals.every((s) => s.matches && s.findings.length === 0 && !s.sealProblem) &&
    (file === undefined || (file.pages.length === 0 && file.streamsTable.length === 0));
  return { ...log, seals, sealProblems: book.problems, file, intact };
}
