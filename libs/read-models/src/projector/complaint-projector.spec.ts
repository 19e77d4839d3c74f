import { commands as c, HISTORIES, HISTORY_NAMES } from '@redress/complaints/testing';
import { MemoryEventStore } from '@redress/event-store';
import type { ReadModelConnection } from '../schema/open-read-model-database';
import { openTestReadModels } from '../testing/test-read-models';
import { appendHistory, testRowContext, testSerializer } from '../testing/append-history';
import { dumpReadModels } from '../testing/read-model-dump';
import { ComplaintProjector } from './complaint-projector';
import {
  READ_MODEL_DIALECTS,
  useReadModelDialect,
} from '../../../../test/support/read-model-dialects';

/** Habit 10: given events, when projected, then these rows. */
describe.each(READ_MODEL_DIALECTS)('complaint projection, on %s', (dialect) => {
  useReadModelDialect(dialect);
  let store: MemoryEventStore;
  let rm: ReadModelConnection;
  const projector = () =>
    new ComplaintProjector({ ...testRowContext, db: rm.db, store, serializer: testSerializer });
  const projectAll = async (p = projector()) => {
    for (const event of await store.readAll()) await p.handle(event);
  };
  const row = (id: string) =>
    rm.db
      .selectFrom('rm_complaints')
      .selectAll()
      .where('complaint_id', '=', id)
      .executeTakeFirstOrThrow();

  beforeEach(async () => {
    store = new MemoryEventStore();
    rm = await openTestReadModels();
  });
  afterEach(() => rm.close());

  it('a complaint taken to the Ombudsman: dates, working days, outcomes, findings and orders', async () => {
    await appendHistory(store, 'c-1', HISTORIES['ombudsman.ordersOpen']().events);
    await projectAll();
    // Received Thu 17 Apr 2025; Good Friday, Easter Monday and 5 May are bank holidays.
    expect(await row('c-1')).toMatchObject({
      status: 'ombudsman.ordersOpen',
      current_stage: 2,
      handler: 'bob',
      received_on: '2025-04-17',
      s1_ack_due_on: '2025-04-28', // CHC 6.2: 5 working days
      s1_acknowledged_on: '2025-04-22',
      s1_ack_wd: 1,
      s1_response_original_due_on: '2025-05-07', // CHC 6.3: 10 working days from acknowledgement
      s1_responded_on: '2025-05-01',
      s1_response_wd: 7,
      s1_outcome: 'UPHELD',
      escalation_requested_on: '2025-05-06',
      s2_ack_due_on: '2025-05-13', // CHC 6.11
      s2_acknowledged_on: '2025-05-08',
      s2_ack_wd: 2,
      s2_response_original_due_on: '2025-06-06', // 20 working days; 26 May is a bank holiday
      s2_responded_on: '2025-05-20',
      s2_response_wd: 8,
      s2_outcome: 'NOT_UPHELD',
      s2_handler_was_stage1: 0,
      closed_on: '2025-05-21',
      category: 'PROPERTY_CONDITION',
      root_cause: 'CONTRACTOR_PERFORMANCE',
      outcome: 'NOT_UPHELD',
      ombudsman_referred_on: '2025-07-01',
      ombudsman_determined_on: '2025-10-01',
    });
    const findings = await rm.db
      .selectFrom('rm_findings')
      .selectAll()
      .orderBy('issue_no')
      .execute();
    expect(findings.map((f) => [f.issue, f.finding])).toEqual([
      ['Damp and mould', 'SEVERE_MALADMINISTRATION'],
      ['Complaint handling', 'SERVICE_FAILURE'],
    ]);
    const orders = await rm.db.selectFrom('rm_orders').selectAll().execute();
    expect(orders).toEqual([
      expect.objectContaining({
        order_id: 'O1',
        due_on: '2025-10-29',
        amount_pence: 100000,
        complied_on: null,
      }),
    ]);
    const learning = await rm.db.selectFrom('rm_learning').selectAll().execute();
    expect(learning).toEqual([expect.objectContaining({ closure_no: 1, closed_on: '2025-05-21' })]);
  });

  it('an open Stage 1 complaint has its response as the next deadline', async () => {
    await appendHistory(store, 'c-2', HISTORIES['stage1.awaitingResponse']().events);
    await projectAll();
    expect(await row('c-2')).toMatchObject({
      status: 'stage1.awaitingResponse',
      next_deadline_kind: 'STAGE1_RESPONSE',
      next_deadline_due_on: '2025-05-07',
      s1_responded_on: null,
    });
  });

  it('an action completed after closure, and an order complied with, are no longer open work', async () => {
    const closed = HISTORIES['closed.afterStage1']();
    // The Stage 1 remedy S1-R1 (due 31 Dec 2026) is completed three weeks after closure.
    await appendHistory(store, 'c-late', closed.on('2025-05-23', c.completeAction()).events);
    await appendHistory(
      store,
      'c-order',
      HISTORIES['ombudsman.ordersComplied']().on('2025-10-21', c.completeAction()).events,
    );
    await projectAll();
    expect(await row('c-late')).toMatchObject({
      next_deadline_kind: null,
      next_deadline_due_on: null,
    });
    expect(await row('c-order')).toMatchObject({ next_deadline_kind: null });
    const actions = await rm.db
      .selectFrom('rm_actions')
      .selectAll()
      .where('complaint_id', '=', 'c-late')
      .execute();
    expect(actions).toEqual([
      expect.objectContaining({ action_id: 'S1-R1', completed_on: '2025-05-23' }),
    ]);
  });

  it('an event type it does not handle, from a later version, is passed over, and the rest still apply', async () => {
    const events = HISTORIES['stage1.responded']().events;
    const future = { type: 'ComplaintMediated', data: { effectiveOn: '2025-04-23' } } as never;
    await appendHistory(store, 'c-f', [events[0]!, events[1]!, future, ...events.slice(2)]);
    await projectAll();
    expect(await row('c-f')).toMatchObject({ status: 'stage1.responded', revision: events.length });
  });

  it('a complaint not accepted records its exclusion and has no Stage', async () => {
    await appendHistory(store, 'c-3', HISTORIES.notAccepted().events);
    await projectAll();
    expect(await row('c-3')).toMatchObject({
      status: 'notAccepted',
      current_stage: null,
      exclusion_code: 'PREVIOUSLY_CONSIDERED',
      not_accepted_on: '2025-04-22',
      next_deadline_kind: null,
    });
  });

  it('running every event twice changes nothing', async () => {
    for (const [i, name] of HISTORY_NAMES.entries()) {
      await appendHistory(store, `c-${i}`, HISTORIES[name]().events);
    }
    await projectAll();
    const once = await dumpReadModels(rm.db);
    await projectAll(); // the same projector, every event redelivered
    await projectAll(projector()); // and a fresh one that must load documents from the rows
    expect(await dumpReadModels(rm.db)).toEqual(once);
    expect(once.complaints).toHaveLength(HISTORY_NAMES.length - 1); // 'new' has no events
  });

  it('a document restored from its row folds the next event as the cached one would', async () => {
    const events = HISTORIES['ombudsman.ordersComplied']().events;
    await appendHistory(store, 'c-a', events.slice(0, 5));
    await projectAll();
    await appendHistory(store, 'c-a', events.slice(5));
    const all = await store.readAll();
    const fresh = projector(); // knows nothing in memory
    for (const event of all.slice(5)) await fresh.handle(event);
    expect(await row('c-a')).toMatchObject({
      status: 'ombudsman.ordersComplied',
      revision: events.length - 1,
    });
  });
});
