import { defaultCalendar } from '@redress/complaints';
import { commands as c, HISTORIES, Scenario } from '@redress/complaints/testing';
import { reportingYear } from '../periods/reporting-period';
import { projectHistories } from '../testing/project-histories';
import { listComplaints } from './complaint-list.query';
import { selfAssessmentEvidence } from './self-assessment.query';
import { workQueue } from './work-queue.query';
import {
  READ_MODEL_DIALECTS,
  useReadModelDialect,
} from '../../../../test/support/read-model-dialects';

/**
 * The work queue: one item per open obligation, filed under its owner (CHC 6.2–6.4, 6.11, 7.3,
 * 9.1, Ombudsman orders). Received Thu 17 Apr 2025: acknowledgement due Mon 28 Apr; acknowledged
 * 22 Apr, response due Wed 7 May (Easter and 5 May are bank holidays).
 */
describe.each(READ_MODEL_DIALECTS)(
  'work queue: every open obligation by its owner, red / amber / green, on %s',
  (dialect) => {
    useReadModelDialect(dialect);
    const calendar = defaultCalendar();
    const received = () => Scenario.start().on('2025-04-17', c.log());
    // Several obligations owned by different people: Alice's and dave's remedies and erin's
    // outstanding action from the Stage 1 response, frank's learning action from the closure,
    // and an Ombudsman order, which has no owner of its own and falls to the handler, bob.
    const several = HISTORIES['stage1.awaitingResponse']()
      .on(
        '2025-05-01',
        c.respond1({
          remedies: [
            { remedyType: 'APOLOGY', description: 'Apology', owner: 'Alice', dueOn: '2025-05-09' },
            {
              remedyType: 'ACTION_ON_DELAY',
              description: 'Treat the damp',
              owner: 'dave',
              dueOn: '2025-06-30',
            },
          ],
          outstandingActions: [
            { description: 'Replace the extractor fan', owner: 'erin', dueOn: '2025-05-30' },
          ],
        }),
        'alice',
      )
      .on('2025-05-06', c.requestEscalation())
      .on('2025-05-08', c.acknowledge2())
      .on('2025-05-20', c.respond2(), 'bob')
      .on(
        '2025-05-21',
        c.close({
          outcome: 'NOT_UPHELD',
          learningActions: [
            { description: 'Damp training for surveyors', owner: 'frank', dueOn: '2025-09-30' },
          ],
        }),
      )
      .on('2025-07-01', c.referral())
      .on('2025-10-01', c.determination())
      .on('2025-10-01', c.order({ dueOn: '2025-10-29' })).events;
    const histories = {
      awaitingResponse: HISTORIES['stage1.awaitingResponse']().events,
      received: HISTORIES.received().events,
      closed: HISTORIES['closed.afterFinalResponse']().events,
      withdrawn: HISTORIES.withdrawn().events,
      // The acknowledgement was missed on 28 April, then the clocks stopped.
      withdrawnAfterMissing: received().on('2025-05-02', c.withdraw()).events,
      notAcceptedAfterMissing: received().on('2025-04-30', c.decline()).events,
      // Escalation asked Tue 6 May, acknowledgement due Tue 13 May, refused Thu 15 May.
      refusedAfterMissing: HISTORIES['stage2.requested']().on('2025-05-15', c.refuseEscalation())
        .events,
      several,
    };

    it.each([
      // 1 May + 2 working days is 6 May (5 May is a bank holiday), so 7 May is still green.
      ['2025-05-01', 'green', 3, null],
      ['2025-05-06', 'amber', 1, null],
      ['2025-05-07', 'amber', 0, null], // due today
      ['2025-05-08', 'red', null, 1],
    ])('as of %s the Stage 1 response is %s', async (asOf, rag, left, overdue) => {
      const rm = await projectHistories({ awaitingResponse: histories.awaitingResponse });
      const queue = await workQueue(rm.db, { asOf, calendar });
      expect(queue.items).toEqual([
        expect.objectContaining({
          complaintId: 'awaitingResponse',
          rag,
          obligation: expect.objectContaining({
            kind: 'STAGE1_RESPONSE',
            owner: 'alice',
            dueOn: '2025-05-07',
            workingDaysLeft: left,
            workingDaysOverdue: overdue,
          }),
        }),
      ]);
      await rm.close();
    });

    it('a stopped clock is never open work, even where its date was missed first (withdrawn, not accepted, escalation refused)', async () => {
      const rm = await projectHistories(histories);
      const queue = await workQueue(rm.db, { asOf: '2025-05-20', calendar, limit: 500 });
      const kinds = (id: string) =>
        queue.items.filter((i) => i.complaintId === id).map((i) => i.obligation.kind);
      expect(kinds('withdrawn')).toEqual([]);
      expect(kinds('withdrawnAfterMissing')).toEqual([]);
      expect(kinds('notAcceptedAfterMissing')).toEqual([]);
      // The refused escalation's acknowledgement is gone; the Stage 1 remedy is still owed.
      expect(kinds('refusedAfterMissing')).toEqual(['REMEDY']);
      // What was missed before the clock stopped stays in the self-assessment (CHC 6.2).
      const evidence = await selfAssessmentEvidence(rm.db, reportingYear('2025/26'), '2026-04-01');
      const ack = evidence.rows.find((r) => r.provision === '6.2')!;
      expect(ack.shortfalls.map((s) => s.complaintId)).toEqual(
        expect.arrayContaining(['withdrawnAfterMissing', 'received']),
      );
      // And the complaint list agrees: no next deadline for a stopped complaint.
      const list = await listComplaints(rm.db, { overdueAsOf: '2025-05-20', limit: 200 });
      expect(list.items.map((i) => i.complaintId).sort()).toEqual(
        ['awaitingResponse', 'received', 'several'].sort(),
      );
      await rm.close();
    });

    it('one item per obligation, each under its owner; owners and handlers compared canonically', async () => {
      const rm = await projectHistories({ several });
      const asOf = '2025-10-02';
      const queue = await workQueue(rm.db, { asOf, calendar });
      expect(
        queue.items.map((i) => [
          i.obligation.kind,
          i.obligation.owner,
          i.obligation.dueOn,
          i.rag,
          i.obligation.workingDaysOverdue ?? -(i.obligation.workingDaysLeft ?? 0),
        ]),
      ).toEqual([
        // Fri 9 May to Thu 2 Oct: 14 + 21 + 23 + 20 + 22 + 2 = 102 working days, month by month
        // (26 May and 25 Aug are bank holidays); from 30 May 88, from 30 Jun 67.
        ['REMEDY', 'Alice', '2025-05-09', 'red', 102],
        ['OUTSTANDING_ACTION', 'erin', '2025-05-30', 'red', 88],
        ['REMEDY', 'dave', '2025-06-30', 'red', 67],
        ['LEARNING_ACTION', 'frank', '2025-09-30', 'red', 2],
        // Thu 2 Oct to Wed 29 Oct: 19 working days left.
        ['OMBUDSMAN_ORDER', 'bob', '2025-10-29', 'green', -19],
      ]);
      expect(queue.counts).toEqual({ red: 4, amber: 0, green: 1 });
      expect(queue.items.map((i) => i.obligation.provision)).toEqual([
        'CHC 7.3',
        'CHC 6.6',
        'CHC 7.3',
        'CHC 9.1',
        'Housing Ombudsman order',
      ]);
      // alice handled Stage 1 but is not the handler now: she finds her remedy by owner.
      const alices = await workQueue(rm.db, { asOf, calendar, owner: ' ALICE ' });
      expect(alices.items.map((i) => i.obligation.kind)).toEqual(['REMEDY']);
      expect(await workQueue(rm.db, { asOf, calendar, handler: 'alice' })).toMatchObject({
        total: 0,
      });
      const bobs = await workQueue(rm.db, { asOf, calendar, handler: 'Bob' });
      expect(bobs.total).toBe(5);
      const orders = await workQueue(rm.db, { asOf, calendar, kind: 'OMBUDSMAN_ORDER' });
      expect(orders.items.map((i) => i.obligation.owner)).toEqual(['bob']);
      const red = await workQueue(rm.db, { asOf, calendar, rag: 'red' });
      expect(red).toMatchObject({ total: 4, counts: { red: 4, amber: 0, green: 0 } });
      await rm.close();
    });

    it('pages with a cursor; totals cover the whole filter, not the page', async () => {
      const rm = await projectHistories(histories);
      const asOf = '2025-10-02';
      const all = await workQueue(rm.db, { asOf, calendar, limit: 500 });
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await workQueue(rm.db, { asOf, calendar, limit: 2, cursor });
        expect(page.items.length).toBeLessThanOrEqual(2);
        expect(page.counts).toEqual(all.counts);
        seen.push(
          ...page.items.map((i) => `${i.complaintId}/${i.obligation.kind}/${i.obligation.ref}`),
        );
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(
        all.items.map((i) => `${i.complaintId}/${i.obligation.kind}/${i.obligation.ref}`),
      );
      expect(seen).toHaveLength(all.total);
      await expect(
        workQueue(rm.db, { asOf, calendar, cursor: 'not-a-cursor' }),
      ).rejects.toMatchObject({ code: 'INVALID_CURSOR' });
      await rm.close();
    });
  },
);
