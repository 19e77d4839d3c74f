import { commands as c, HISTORIES, Scenario } from '@redress/complaints/testing';
import { projectHistories } from '../testing/project-histories';
import {
  InvalidCursorError,
  listComplaints,
  type ComplaintListRequest,
} from './complaint-list.query';
import {
  READ_MODEL_DIALECTS,
  useReadModelDialect,
} from '../../../../test/support/read-model-dialects';

describe.each(READ_MODEL_DIALECTS)(
  'complaint list: filters, sorting and cursor pagination, on %s',
  (dialect) => {
    useReadModelDialect(dialect);
    const receivedOn = (date: string) => Scenario.start().on(date, c.log()).events;
    const histories = {
      a: receivedOn('2025-04-01'),
      b: receivedOn('2025-04-02'),
      c: receivedOn('2025-04-02'),
      d: HISTORIES['stage1.awaitingResponse']().events, // received 17 Apr, alice
      e: HISTORIES['stage2.awaitingResponse']().events, // bob at Stage 2
      f: HISTORIES['closed.afterStage1']().events, // PROPERTY_CONDITION
    };
    const ids = async (request: ComplaintListRequest) => {
      const rm = await projectHistories(histories);
      const page = await listComplaints(rm.db, request);
      await rm.close();
      return page.items.map((i) => i.complaintId);
    };

    it('newest received first by default, ties broken by id', async () => {
      expect(await ids({})).toEqual(['f', 'e', 'd', 'c', 'b', 'a']);
    });

    it.each<[string, ComplaintListRequest, string[]]>([
      ['stage', { stage: 2 }, ['e']],
      ['status parent', { status: 'stage1' }, ['d']],
      ['exact status', { status: 'closed.afterStage1' }, ['f']],
      ['category', { category: 'PROPERTY_CONDITION' }, ['f']],
      ['handler', { handler: 'bob' }, ['e']],
      ['received between', { receivedFrom: '2025-04-02', receivedTo: '2025-04-02' }, ['c', 'b']],
      // d's response was due 7 May; a, b and c were never acknowledged (due 8 and 9 Apr).
      [
        'overdue as of',
        { overdueAsOf: '2025-05-08', sort: 'nextDeadline', direction: 'asc' },
        ['a', 'b', 'c', 'd'],
      ],
    ])('filters by %s', async (_name, request, expected) => {
      expect(await ids(request)).toEqual(expected);
    });

    it('finds free text in the description or a defined issue, ignoring case, wildcards literal', async () => {
      const rm = await projectHistories({
        d: HISTORIES['stage1.awaitingResponse']().events,
        plain: Scenario.start().on('2025-04-01', c.log({ description: 'Leak under the sink' }))
          .events,
        marked: Scenario.start().on(
          '2025-04-02',
          c.log({ description: 'Sink 50% blocked: see job_ref 7' }),
        ).events,
      });
      const found = async (q: string) =>
        (await listComplaints(rm.db, { q })).items.map((i) => i.complaintId).sort();
      expect(await found('SINK')).toEqual(['marked', 'plain']);
      // d's description says nothing of mould; its definition does.
      expect(await found('Mould NOT treated')).toEqual(['d']);
      expect(await found('50%')).toEqual(['marked']);
      expect(await found('%')).toEqual(['marked']);
      expect(await found('_')).toEqual(['marked']);
      expect(await found('job_ref')).toEqual(['marked']);
      expect(await found('job ref')).toEqual([]);
      expect(await found('nowhere to be found')).toEqual([]);
      await rm.close();
    });

    it('walks every page exactly once, in order, whichever the sort', async () => {
      const rm = await projectHistories(histories);
      for (const sort of ['receivedOn', 'nextDeadline'] as const) {
        for (const direction of ['asc', 'desc'] as const) {
          const all = (await listComplaints(rm.db, { sort, direction, limit: 100 })).items.map(
            (i) => i.complaintId,
          );
          const walked: string[] = [];
          let cursor: string | undefined;
          do {
            const page = await listComplaints(rm.db, { sort, direction, limit: 2, cursor });
            walked.push(...page.items.map((i) => i.complaintId));
            cursor = page.nextCursor;
          } while (cursor);
          expect(walked).toEqual(all);
          expect(new Set(walked).size).toBe(6);
        }
      }
      await rm.close();
    });

    it('refuses a cursor it did not give out', async () => {
      const rm = await projectHistories(histories);
      await expect(listComplaints(rm.db, { cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(
        InvalidCursorError,
      );
      await rm.close();
    });
  },
);
