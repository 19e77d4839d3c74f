import type { RecordedEvent } from '@redress/event-store';
import type { StoreVerdict } from '../store/verify-store';

/** How many streams of each kind a walk of the log saw: what an auditor counts in. */
export interface StreamKinds {
  readonly complaints: number;
  readonly hazardCases: number;
  readonly other: number;
}

/** Counts the streams of each kind as `verifyStore` walks the log (pass it as an observer). */
export class StreamKindCounter {
  private readonly seen = new Set<string>();
  private readonly counts = { complaints: 0, hazardCases: 0, other: 0 };

  next(event: RecordedEvent): void {
    if (this.seen.has(event.stream)) return;
    this.seen.add(event.stream);
    if (event.stream.startsWith('complaint-')) this.counts.complaints++;
    else if (event.stream.startsWith('hazard-')) this.counts.hazardCases++;
    else this.counts.other++;
  }

  kinds(): StreamKinds {
    return { ...this.counts };
  }
}

/** The verdict in plain words: one headline, then one sentence per finding. */
export interface VerdictInWords {
  readonly intact: boolean;
  readonly headline: string;
  readonly details: readonly string[];
}

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  // h12, not hour12: en-GB's 12-hour clock otherwise reads noon as 0:00pm.
  hourCycle: 'h12',
});

/** 17 June 2025 at 10:30am, in England's time. */
export function londonMoment(iso: string): string {
  const parts = Object.fromEntries(
    LONDON.formatToParts(new Date(iso)).map((p) => [p.type, p.value]),
  );
  return `${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}${String(parts.dayPeriod).toLowerCase()}`;
}

/**
 * What `verify --all` found, said for a reader who is not an engineer: the Ombudsman's
 * caseworker or the internal auditor reads "the chain is unbroken", not `prev-hash-mismatch`.
 */
export function storeVerdictInWords(verdict: StoreVerdict, kinds: StreamKinds): VerdictInWords {
  const what = [
    count(kinds.complaints, 'complaint'),
    ...(kinds.hazardCases > 0 ? [count(kinds.hazardCases, 'hazard case')] : []),
  ].join(' and ');
  const scope = `${count(verdict.events, 'event')} in ${what}${kinds.other > 0 ? ` (and ${count(kinds.other, 'other stream')})` : ''}`;
  const latest = verdict.seals.find((s) => s.source === 'latest');
  const details: string[] = [];
  for (const d of verdict.damaged)
    details.push(
      `${d.stream} was altered: its chain breaks at revision ${d.firstBreak.revision} (${d.firstBreak.reason}: ${d.firstBreak.detail}).`,
    );
  for (const p of verdict.sealProblems)
    details.push(
      `The seal at revision ${p.revision} of the seal stream does not hold: ${p.reason}.`,
    );
  for (const seal of verdict.seals) {
    const name = `the ${seal.source === 'latest' ? 'latest seal' : 'seal given'}, signed on ${londonMoment(seal.sealedAt)}`;
    if (seal.sealProblem) details.push(`${upper(name)} does not hold: ${seal.sealProblem}.`);
    for (const f of seal.findings)
      details.push(`Against ${name}: ${f.stream} ${findingWords(f.kind)} (${f.detail}).`);
  }
  for (const s of verdict.file?.streamsTable ?? [])
    details.push(
      `The streams table says ${s.stream} ends at revision ${s.recorded ?? 'none'}, but its events end at ${s.actual ?? 'none'}.`,
    );
  for (const p of verdict.file?.pages ?? []) details.push(`The database file is damaged: ${p}.`);

  if (!verdict.intact) {
    return {
      intact: false,
      headline: `Something was altered: ${count(details.length, 'finding')} in ${scope}.`,
      details,
    };
  }
  if (!latest) {
    return {
      intact: true,
      headline: `Every chain is unbroken: ${scope}. There is no seal yet, so events cut from the end of a stream or a chain recomputed after an edit cannot be detected.`,
      details: ['Seal the store (redress seal) and keep the seal outside it.'],
    };
  }
  return {
    intact: true,
    headline: `The chain is unbroken: ${scope} match the seal signed on ${londonMoment(latest.sealedAt)}.`,
    details: [
      latest.eventsAfter === 0
        ? 'Nothing has been recorded since that seal.'
        : `${count(latest.eventsAfter, 'event')} recorded since that seal ${latest.eventsAfter === 1 ? 'is' : 'are'} covered by ${latest.eventsAfter === 1 ? 'its chain' : 'their chains'} only, until the next seal.`,
    ],
  };
}

const upper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function findingWords(kind: string): string {
  switch (kind) {
    case 'truncated':
      return 'lost events from its end';
    case 'deleted-stream':
      return 'was deleted';
    case 'rewritten':
      return 'was rewritten and its chain recomputed';
    case 'inserted':
    case 'added-stream':
      return 'has events the seal did not hold';
    default:
      return kind;
  }
}
