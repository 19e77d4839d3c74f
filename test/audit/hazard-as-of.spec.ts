import {
  diffHazardStates,
  hazardStateAsOf,
  parseMoment,
  readHazardEvents,
  storeVerdictInWords,
  type HazardEvents,
  type StoreVerdict,
} from '@redress/audit';
import { MemoryEventStore } from '@redress/event-store';
import { londonInstant } from '../../apps/api/src/web/audit/shared/moment-fields';
import { recordAuditedHazard } from '../support/audited-hazard';

const at = (text: string) => parseMoment(text)!;
const clock = (s: ReturnType<typeof hazardStateAsOf>, step: string) =>
  s.clocks.find((c) => c.step === step)?.status;

/**
 * A hazard case as it stood at a moment (SI 2025/1042): the investigation concluded at 15:00
 * on Thursday 12 March 2026 (reg. 6: within 10 working days of awareness, so by Monday 16
 * March) and entered on Wednesday 18 March.
 */
describe('a hazard case as of a moment', () => {
  let found: HazardEvents;
  beforeAll(async () => {
    const store = new MemoryEventStore();
    const { id } = await recordAuditedHazard(store);
    found = (await readHazardEvents(store, id))!;
  });

  it('is unknown before the landlord became aware', () => {
    const state = hazardStateAsOf(found.events, at('2026-03-02T09:59:00Z'), 'effective');
    expect(state).toMatchObject({ known: false, revision: -1, record: null, clocks: [] });
  });

  it('counts a fact in business time from the instant it happened, not only its day', () => {
    const noon = hazardStateAsOf(found.events, at('2026-03-12T12:00:00Z'), 'effective');
    const evening = hazardStateAsOf(found.events, at('2026-03-12T16:00:00Z'), 'effective');
    expect(noon.record?.investigation).toBeUndefined();
    expect(evening.record?.investigation?.at).toBe('2026-03-12T15:00:00.000Z');
    expect(clock(evening, 'INVESTIGATION')).toBe('met');
  });

  it('judges the investigation missed as recorded on 17 March and met in business time', () => {
    const recorded = hazardStateAsOf(found.events, at('2026-03-17'), 'recorded');
    const effective = hazardStateAsOf(found.events, at('2026-03-17'), 'effective');
    expect(clock(recorded, 'INVESTIGATION')).toBe('missed');
    expect(clock(effective, 'INVESTIGATION')).toBe('met');
    expect(recorded.findings.map((f) => [f.type, f.inThisView])).toEqual([
      ['InvestigationConcluded', false],
    ]);
    // Once it was entered, the two views agree again.
    const later = at('2026-03-18T10:30:00Z');
    expect(hazardStateAsOf(found.events, later, 'recorded').findings).toEqual([]);
  });

  it('lists what the record gained between two moments', () => {
    const diff = diffHazardStates(
      hazardStateAsOf(found.events, at('2026-03-17'), 'recorded'),
      hazardStateAsOf(found.events, at('2026-03-18T10:30:00Z'), 'recorded'),
      found.events,
    );
    expect(diff.events.map((e) => [e.type, e.side])).toEqual([['InvestigationConcluded', 'added']]);
    expect(diff.clocks.find((c) => c.deadline === 'INVESTIGATION')).toMatchObject({
      from: { status: 'missed' },
      to: { status: 'met' },
    });
    expect(diff.fields.some((f) => f.path.startsWith('investigation.'))).toBe(true);
  });
});

describe('the whole store’s verdict in plain words', () => {
  const base: StoreVerdict = {
    events: 1234,
    streams: 60,
    damaged: [],
    seals: [],
    sealProblems: [],
    intact: true,
  };
  const kinds = { complaints: 56, hazardCases: 3, other: 1 };

  it('says the chain is unbroken and names the seal it matches', () => {
    const words = storeVerdictInWords(
      {
        ...base,
        seals: [
          {
            source: 'latest',
            digest: 'd',
            sealedAt: '2025-06-17T09:30:00Z',
            keyId: 'k',
            inStore: true,
            matches: true,
            findings: [],
            eventsAfter: 2,
          },
        ],
      },
      kinds,
    );
    expect(words.headline).toBe(
      'The chain is unbroken: 1,234 events in 56 complaints and 3 hazard cases (and 1 other stream) match the seal signed on 17 June 2025 at 10:30am.',
    );
    expect(words.details).toEqual([
      '2 events recorded since that seal are covered by their chains only, until the next seal.',
    ]);
  });

  it('says plainly that nothing can show a cut tail without a seal', () => {
    const words = storeVerdictInWords(base, { complaints: 1, hazardCases: 0, other: 0 });
    expect(words.headline).toMatch(
      /^Every chain is unbroken: 1,234 events in 1 complaint\. There is no seal yet/,
    );
  });

  it('names each altered stream and each way the store no longer matches its seal', () => {
    const words = storeVerdictInWords(
      {
        ...base,
        intact: false,
        damaged: [
          {
            stream: 'complaint-abc',
            firstBreak: {
              revision: 3n,
              eventId: 'e',
              reason: 'hash-mismatch',
              detail: 'the content changed',
            },
          } as StoreVerdict['damaged'][number],
        ],
        seals: [
          {
            source: 'latest',
            digest: 'd',
            sealedAt: '2025-01-10T12:00:00Z',
            keyId: 'k',
            inStore: true,
            matches: false,
            findings: [
              { stream: 'complaint-def', kind: 'truncated', detail: 'ends at 2, sealed at 5' },
            ],
            eventsAfter: 0,
          },
        ],
      },
      kinds,
    );
    expect(words.intact).toBe(false);
    expect(words.headline).toMatch(/^Something was altered: 2 findings in 1,234 events/);
    expect(words.details).toEqual([
      'complaint-abc was altered: its chain breaks at revision 3 (hash-mismatch: the content changed).',
      'Against the latest seal, signed on 10 January 2025 at 12:00pm: complaint-def lost events from its end (ends at 2, sealed at 5).',
    ]);
  });
});

describe('a time typed on the auditors’ pages is a time in England', () => {
  it.each([
    ['2025-06-17', 14, 30, '2025-06-17T13:30:00.000Z'], // BST
    ['2025-12-17', 14, 30, '2025-12-17T14:30:00.000Z'], // GMT
    ['2025-03-30', 0, 30, '2025-03-30T00:30:00.000Z'], // before the clocks go forward at 01:00 GMT
    ['2025-10-26', 1, 30, '2025-10-26T00:30:00.000Z'], // the first 01:30 of the night clocks go back
  ])('%s %i:%i is %s', (date, hours, minutes, instant) => {
    expect(londonInstant(date, hours, minutes).toISOString()).toBe(instant);
  });
});
