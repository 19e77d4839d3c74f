import {
  InsertQueryNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type RootOperationNode,
} from 'kysely';
import { MemoryEventStore } from '@redress/event-store';
import { HAZARD_HISTORIES, hazardCommands as h } from '@redress/hazards/testing';
import { historyOf, requestCommands as r } from '@redress/service-requests/testing';
import type { ReadModelConnection } from '../schema/open-read-model-database';
import { openTestReadModels } from '../testing/test-read-models';
import { testRowContext, testSerializer } from '../testing/append-history';
import { appendHazardHistory, appendServiceRequestHistory } from '../testing/append-case-history';
import { dumpReadModels } from '../testing/read-model-dump';
import { ComplaintProjector } from './complaint-projector';
import {
  READ_MODEL_DIALECTS,
  useReadModelDialect,
} from '../../../../test/support/read-model-dialects';

// Each test opens a fresh schema on a real PostgreSQL: slow on a busy two-core machine.
jest.setTimeout(60_000);

/** Habit 10 for hazard cases (SI 2025/1042) and service requests (CHC 1.3–1.5): events in, rows out. */
describe.each(READ_MODEL_DIALECTS)('hazard and service-request projection, on %s', (dialect) => {
  useReadModelDialect(dialect);
  let store: MemoryEventStore;
  let rm: ReadModelConnection;
  const projector = () =>
    new ComplaintProjector({ ...testRowContext, db: rm.db, store, serializer: testSerializer });
  const projectAll = async (p = projector()) => {
    for (const event of await store.readAll()) await p.handle(event);
  };
  const steps = (id: string) =>
    rm.db
      .selectFrom('rm_hazard_steps')
      .selectAll()
      .where('hazard_id', '=', id)
      .orderBy('due_on')
      .orderBy('step')
      .execute();

  beforeEach(async () => {
    store = new MemoryEventStore();
    rm = await openTestReadModels();
  });
  afterEach(() => rm.close());

  it('a damp and mould case worked through every step: each clock met, with its regulation', async () => {
    await appendHazardHistory(store, 'h-1', HAZARD_HISTORIES.worksDone().events);
    await projectAll();
    expect(
      await rm.db.selectFrom('rm_hazard_cases').selectAll().executeTakeFirstOrThrow(),
    ).toMatchObject({
      hazard_id: 'h-1',
      status: 'remedying',
      route: 'CALL',
      tenure: 'SOCIAL_RENT_SECURE',
      in_scope: 1,
      scope_basis: 'TENURE_IN_SCOPE',
      category: 'SIGNIFICANT',
      hazard_type: 'DAMP_AND_MOULD',
      property_ref: 'P-200',
      aware_at: '2026-03-02T10:00:00.000Z',
      aware_on: '2026-03-02',
      finding: 'HAZARD',
      concluded_on: '2026-03-12',
      closed_on: null,
    });
    expect(
      (await steps('h-1')).map((s) => [s.step, s.provision, s.due_on, s.completed_on, s.outcome]),
    ).toEqual([
      // Reg 6: 10 working days from Mon 2 Mar 2026.
      ['INVESTIGATION', 'SI 2025/1042 Reg 6', '2026-03-16', '2026-03-12', 'met'],
      // Reg 9: 3 working days, Reg 11(2)(a) and 13(2): 5, from the conclusion on Thu 12 Mar.
      ['WRITTEN_SUMMARY', 'SI 2025/1042 Reg 9', '2026-03-17', '2026-03-16', 'met'],
      ['PREVENTATIVE_WORK_START', 'SI 2025/1042 Reg 13(2)', '2026-03-19', '2026-03-18', 'met'],
      ['SAFETY_WORK', 'SI 2025/1042 Reg 11(2)(a)', '2026-03-19', '2026-03-16', 'met'],
      ['PREVENTATIVE_WORK_COMPLETION', 'SI 2025/1042 Reg 13(4)', '2026-05-29', '2026-05-20', 'met'],
    ]);
  });

  it('an investigation still open has no outcome; one concluded late is missed (Reg 6)', async () => {
    await appendHazardHistory(store, 'h-open', HAZARD_HISTORIES.investigating().events);
    await appendHazardHistory(
      store,
      'h-late',
      HAZARD_HISTORIES.investigating().at('2026-03-20T09:00:00Z', h.conclude()).events,
    );
    await projectAll();
    expect(await steps('h-open')).toEqual([
      expect.objectContaining({ step: 'INVESTIGATION', due_on: '2026-03-16', outcome: null }),
    ]);
    expect((await steps('h-late'))[0]).toMatchObject({
      step: 'INVESTIGATION',
      completed_on: '2026-03-20',
      outcome: 'missed',
    });
  });

  it('a shared ownership home is out of scope: the decision is recorded and no clock runs', async () => {
    await appendHazardHistory(store, 'h-so', HAZARD_HISTORIES.outOfScope().events);
    await projectAll();
    expect(await rm.db.selectFrom('rm_hazard_cases').selectAll().executeTakeFirst()).toMatchObject({
      tenure: 'SHARED_OWNERSHIP',
      in_scope: 0,
      scope_basis: 'TENURE_OUT_OF_SCOPE',
    });
    expect(await steps('h-so')).toEqual([]);
  });

  it('complaints linked to a case: the one it was reported in, and one linked later', async () => {
    const events = HAZARD_HISTORIES.investigating().at(
      '2026-03-04T10:00:00Z',
      h.linkComplaint({ complaintId: 'c-9' }),
    ).events;
    const reportedIn = HAZARD_HISTORIES.new().at(
      '2026-03-02T10:00:00Z',
      h.report({ route: 'COMPLAINT', complaintId: 'c-7' }),
    ).events;
    await appendHazardHistory(store, 'h-a', events);
    await appendHazardHistory(store, 'h-b', reportedIn);
    await projectAll();
    expect(
      await rm.db.selectFrom('rm_hazard_complaints').selectAll().orderBy('hazard_id').execute(),
    ).toEqual([
      { hazard_id: 'h-a', complaint_id: 'c-9', linked_on: '2026-03-04' },
      { hazard_id: 'h-b', complaint_id: 'c-7', linked_on: '2026-03-02' },
    ]);
  });

  it('a service request with one offer to complain declined and one accepted (CHC 1.3, 1.5)', async () => {
    await appendServiceRequestHistory(
      store,
      'sr-1',
      historyOf(
        ['2026-01-05', r.raise()],
        ['2026-01-06', r.takeInHand()],
        ['2026-01-07', r.offer()],
        ['2026-01-08', r.decline({ offerId: 'O1' })],
        ['2026-01-12', r.offer()],
        ['2026-01-13', r.accept({ offerId: 'O2', complaintId: 'c-3' })],
      ),
    );
    await projectAll();
    expect(
      await rm.db.selectFrom('rm_service_requests').selectAll().executeTakeFirstOrThrow(),
    ).toMatchObject({
      service_request_id: 'sr-1',
      revision: 5,
      status: 'inHand',
      resident_ref: 'R-100',
      property_ref: 'P-200',
      raised_on: '2026-01-05',
      in_hand_on: '2026-01-06',
      completed_on: null,
    });
    expect(
      await rm.db.selectFrom('rm_complaint_offers').selectAll().orderBy('offer_id').execute(),
    ).toEqual([
      {
        service_request_id: 'sr-1',
        offer_id: 'O1',
        offered_on: '2026-01-07',
        while_open: 1,
        status: 'DECLINED',
        answered_on: '2026-01-08',
        complaint_id: null,
      },
      {
        service_request_id: 'sr-1',
        offer_id: 'O2',
        offered_on: '2026-01-12',
        while_open: 1,
        status: 'ACCEPTED',
        answered_on: '2026-01-13',
        complaint_id: 'c-3',
      },
    ]);
  });

  it('running twice changes nothing, and a projector that starts mid-stream folds the case again', async () => {
    await appendHazardHistory(store, 'h-1', HAZARD_HISTORIES.worksDone().events);
    await appendServiceRequestHistory(
      store,
      'sr-1',
      historyOf(['2026-01-05', r.raise()], ['2026-01-06', r.offer()]),
    );
    await projectAll();
    const once = await dumpReadModels(rm.db);
    await projectAll();
    expect(await dumpReadModels(rm.db)).toEqual(once);

    const again = await openTestReadModels();
    const all = await store.readAll();
    const half = Math.floor(all.length / 2);
    const first = new ComplaintProjector({
      ...testRowContext,
      db: again.db,
      store,
      serializer: testSerializer,
    });
    for (const event of all.slice(0, half)) await first.handle(event);
    // A fresh projector has nothing cached: it reads each case's earlier events from its stream.
    const second = new ComplaintProjector({
      ...testRowContext,
      db: again.db,
      store,
      serializer: testSerializer,
    });
    for (const event of all.slice(half)) await second.handle(event);
    expect(await dumpReadModels(again.db)).toEqual(once);
    await again.close();
  });

  /**
   * A connection whose checkpoint writes fail while `refused.on`, as a lost connection would fail
   * the transaction's last statement: the same on SQLite and PostgreSQL, whatever statement a
   * cache holds.
   */
  const refused = { on: false };
  const refusingCheckpoints: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      const node = args.node;
      if (
        refused.on &&
        InsertQueryNode.is(node) &&
        JSON.stringify(node.into).includes('rm_checkpoints')
      )
        throw new Error('checkpoint write refused');
      return node;
    },
    transformResult: (args: PluginTransformResultArgs) => Promise.resolve(args.result),
  };

  it('a write that fails is retried with the same event, and the rows are not lost', async () => {
    await appendHazardHistory(store, 'h-1', HAZARD_HISTORIES.investigating().events);
    const events = await store.readAll();
    const last = events[events.length - 1]!;
    const p = new ComplaintProjector({
      ...testRowContext,
      db: rm.db.withPlugin(refusingCheckpoints),
      store,
      serializer: testSerializer,
    });
    for (const event of events.slice(0, -1)) await p.handle(event);
    // The last event's transaction fails at its checkpoint, after its hazard rows were written,
    // as a lost connection would: everything in it is rolled back.
    refused.on = true;
    await expect(p.handle(last)).rejects.toThrow('checkpoint write refused');
    refused.on = false;
    expect(await steps('h-1')).toEqual([]);
    await p.handle(last);
    expect(await steps('h-1')).toEqual([
      expect.objectContaining({ step: 'INVESTIGATION', provision: 'SI 2025/1042 Reg 6' }),
    ]);
    expect(
      await rm.db.selectFrom('rm_hazard_cases').select('status').executeTakeFirstOrThrow(),
    ).toEqual({ status: 'investigating' });
  });
});
