import { defaultCalendar } from '@redress/complaints';
import { HISTORIES } from '@redress/complaints/testing';
import { projectHistories } from '../testing/project-histories';
import { workQueue } from './work-queue.query';
import {
  READ_MODEL_DIALECTS,
  useReadModelDialect,
} from '../../../../test/support/read-model-dialects';

describe.each(READ_MODEL_DIALECTS)(
  'work queue: open complaints by next deadline, red / amber / green, on %s',
  (dialect) => {
    useReadModelDialect(dialect);
    const calendar = defaultCalendar();
    const histories = {
      awaitingResponse: HISTORIES['stage1.awaitingResponse']().events, // response due Wed 7 May 2025
      received: HISTORIES.received().events, // acknowledgement due Mon 28 Apr 2025 (CHC 6.2)
      closed: HISTORIES['closed.afterFinalResponse']().events,
      withdrawn: HISTORIES.withdrawn().events,
    };

    it.each([
      // 1 May + 2 working days is 6 May (5 May is a bank holiday), so 7 May is still green.
      ['2025-05-01', 'green'],
      ['2025-05-06', 'amber'],
      ['2025-05-07', 'amber'], // due today
      ['2025-05-08', 'red'],
    ])('as of %s the Stage 1 response is %s', async (asOf, rag) => {
      const rm = await projectHistories(histories);
      const queue = await workQueue(rm.db, { asOf, calendar });
      const item = queue.items.find((i) => i.complaintId === 'awaitingResponse');
      expect(item).toMatchObject({
        deadline: { kind: 'STAGE1_RESPONSE', dueOn: '2025-05-07' },
        rag,
      });
      await rm.close();
    });

    it('lists only open work, soonest first, with counts; a closed complaint with a remedy still has work (CHC 7.3)', async () => {
      const rm = await projectHistories(histories);
      const queue = await workQueue(rm.db, { asOf: '2025-05-06', calendar });
      expect(
        queue.items.map((i) => [i.complaintId, i.deadline.kind, i.deadline.dueOn, i.rag]),
      ).toEqual([
        ['received', 'STAGE1_ACKNOWLEDGEMENT', '2025-04-28', 'red'],
        ['awaitingResponse', 'STAGE1_RESPONSE', '2025-05-07', 'amber'],
        ['closed', 'REMEDY', '2026-12-31', 'green'],
      ]);
      expect(queue.counts).toEqual({ red: 1, amber: 1, green: 1 });
      const alices = await workQueue(rm.db, { asOf: '2025-05-06', calendar, handler: 'alice' });
      expect(alices.items.map((i) => i.complaintId)).toEqual(['awaitingResponse']);
      await rm.close();
    });
  },
);
