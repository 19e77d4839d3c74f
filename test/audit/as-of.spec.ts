import { auditedEvents, parseMoment, stateAsOf, type AuditedEvent } from '@redress/audit';
import type { ComplaintEvent } from '@redress/complaints';
import { MemoryEventStore } from '@redress/event-store';
import { complaintStream, serializer } from '@redress/complaint-stream';
import { recordAuditedComplaint } from '../support/audited-complaint';

const at = (text: string) => {
  const moment = parseMoment(text);
  if (!moment) throw new Error(`bad moment ${text}`);
  return moment;
};
const deadlineOf = (state: ReturnType<typeof stateAsOf>, kind: string) =>
  state.deadlines.find((d) => d.kind === kind);

describe('a complaint as it stood at each point of its life', () => {
  let events: AuditedEvent[];
  beforeAll(async () => {
    const store = new MemoryEventStore();
    const { id } = await recordAuditedComplaint(store);
    const recorded = await store.readStream(complaintStream(id));
    events = auditedEvents(recorded.map((r) => serializer.deserialize<ComplaintEvent>(r)));
  });

  it('is unknown before it was received', () => {
    const state = stateAsOf(events, at('2025-04-16'), 'recorded');
    expect(state).toMatchObject({ known: false, revision: -1, record: null, deadlines: [] });
  });

  it.each([
    ['2025-04-17', 0, 'received'],
    ['2025-04-22', 1, 'stage1.awaitingResponse'],
    ['2025-04-30', 2, 'stage1.awaitingResponse'],
    ['2025-05-12', 3, 'stage1.responded'],
    ['2025-05-14', 4, 'stage2.requested'],
    ['2025-05-16', 5, 'stage2.awaitingResponse'],
    ['2025-06-17', 5, 'stage2.awaitingResponse'],
    ['2025-06-18', 6, 'stage2.responded'],
    ['2025-06-19', 7, 'closed.afterFinalResponse'],
    ['2025-07-01', 8, 'ombudsman.referred'],
    ['2025-09-30', 8, 'ombudsman.referred'],
    ['2025-10-01', 9, 'ombudsman.determined'],
  ])('recorded view at the end of %s holds events 0..%i: %s', (date, revision, status) => {
    const state = stateAsOf(events, at(date), 'recorded');
    expect(state).toMatchObject({ known: true, revision, events: revision + 1, status });
  });

  it('counts an event from the instant it was recorded, not from the start of its day', () => {
    expect(stateAsOf(events, at('2025-04-22T09:59:59Z'), 'recorded').revision).toBe(0);
    expect(stateAsOf(events, at('2025-04-22T11:00:00+01:00'), 'recorded').revision).toBe(1);
  });

  it('judges the Stage 1 response on the original date before the extension, the new one after (CHC 6.4)', () => {
    expect(
      deadlineOf(stateAsOf(events, at('2025-04-29'), 'recorded'), 'STAGE1_RESPONSE'),
    ).toMatchObject({
      dueOn: '2025-05-07',
      extended: false,
      status: 'pending',
    });
    expect(
      deadlineOf(stateAsOf(events, at('2025-05-08'), 'recorded'), 'STAGE1_RESPONSE'),
    ).toMatchObject({
      dueOn: '2025-05-14',
      originalDueOn: '2025-05-07',
      extended: true,
      status: 'pending',
    });
    expect(
      deadlineOf(stateAsOf(events, at('2025-05-12'), 'recorded'), 'STAGE1_RESPONSE'),
    ).toMatchObject({
      status: 'met',
      completedOn: '2025-05-12',
    });
  });

  it('records the Ombudsman determination only from the day it was recorded', () => {
    expect(
      stateAsOf(events, at('2025-09-30'), 'recorded').record?.ombudsman?.rollup,
    ).toBeUndefined();
    expect(stateAsOf(events, at('2025-10-01'), 'recorded').record?.ombudsman).toMatchObject({
      determinedOn: '2025-10-01',
      severeMaladministration: true,
    });
  });

  describe('the recorded and effective views', () => {
    const dates = [
      '2025-04-17',
      '2025-05-16',
      '2025-06-11',
      '2025-06-12',
      '2025-06-13',
      '2025-06-16',
      '2025-06-17',
      '2025-06-18',
      '2025-06-19',
      '2025-10-01',
    ];

    it('differ exactly while the back-dated final response was in effect but not yet recorded', () => {
      const differing = dates.filter(
        (d) =>
          stateAsOf(events, at(d), 'recorded').revision !==
          stateAsOf(events, at(d), 'effective').revision,
      );
      expect(differing).toEqual(['2025-06-12', '2025-06-13', '2025-06-16', '2025-06-17']);
    });

    it('name the back-dated event, its dates and its reason as the finding', () => {
      const state = stateAsOf(events, at('2025-06-17'), 'effective');
      expect(state.findings).toEqual([
        expect.objectContaining({
          revision: 6,
          type: 'Stage2FinalResponseIssued',
          effectiveOn: '2025-06-12',
          recordedAt: '2025-06-18T10:00:00.000Z',
          backdateReason: 'Final response letter posted 12 June; entered late after leave',
          actor: 'bob (officer)',
          inThisView: true,
        }),
      ]);
      expect(stateAsOf(events, at('2025-06-17'), 'recorded').findings[0]?.inThisView).toBe(false);
      expect(stateAsOf(events, at('2025-06-18'), 'recorded').findings).toEqual([]);
    });

    it('show the Stage 2 response missed as recorded on 17 June, but met in business time', () => {
      const recorded = stateAsOf(events, at('2025-06-17'), 'recorded');
      const effective = stateAsOf(events, at('2025-06-17'), 'effective');
      expect(deadlineOf(recorded, 'STAGE2_RESPONSE')).toMatchObject({
        dueOn: '2025-06-16',
        status: 'missed',
        workingDaysOverdue: 1,
      });
      expect(deadlineOf(effective, 'STAGE2_RESPONSE')).toMatchObject({
        dueOn: '2025-06-16',
        status: 'met',
        completedOn: '2025-06-12',
      });
      expect(recorded.status).toBe('stage2.awaitingResponse');
      expect(effective.status).toBe('stage2.responded');
    });
  });
});

describe('parseMoment', () => {
  it('reads a date as the end of that day in England, in summer and in winter', () => {
    expect(at('2025-06-17').instant.toISOString()).toBe('2025-06-17T22:59:59.999Z');
    expect(at('2025-01-10').instant.toISOString()).toBe('2025-01-10T23:59:59.999Z');
    expect(at('2025-03-30').instant.toISOString()).toBe('2025-03-30T22:59:59.999Z'); // clocks go forward
    expect(at('2025-10-25').instant.toISOString()).toBe('2025-10-25T22:59:59.999Z'); // last day of BST
  });

  it('takes the business date of a date-time in London', () => {
    expect(at('2025-07-15T23:30:00Z')).toMatchObject({ date: '2025-07-16', dateOnly: false });
  });

  it.each(['2025-02-29', '17/06/2025', '2025-06-17T10:00:00', 'yesterday', '1999-12-31', ''])(
    'refuses %p',
    (text) => {
      expect(parseMoment(text)).toBeUndefined();
    },
  );
});
