import { NO_LEARNING_IDENTIFIED } from '../../model/vocabulary';
import { statusOf } from '../../lifecycle/lifecycle';
import { fold } from '../../state/evolve';
import { commands as c } from '../../testing/command-builders';
import { contextOn } from '../../testing/context';
import { HISTORIES } from '../../testing/histories';
import { given } from '../../testing/specification';

const responded = () => HISTORIES['stage1.responded']().events;

describe('closing a complaint (MINUTE; CHC 9.1)', () => {
  const ctx = contextOn('2025-05-02');

  it('records category, root cause, outcome and learning', () => {
    const [event] = given(responded()).when(c.close(), ctx).events();
    expect(event).toMatchObject({
      type: 'ComplaintClosed',
      data: {
        category: 'PROPERTY_CONDITION',
        rootCause: 'CONTRACTOR_PERFORMANCE',
        outcome: 'UPHELD',
      },
    });
  });

  it('the root cause is mandatory (the council could give one for only 129 complaints)', () => {
    expect(
      given(responded())
        .when(c.close({ rootCause: '' }), ctx)
        .refusal(),
    ).toBe('ROOT_CAUSE_REQUIRED');
  });

  it('the root cause and category come from the policy lists', () => {
    expect(
      given(responded())
        .when(c.close({ rootCause: 'BAD_LUCK' }), ctx)
        .refusal(),
    ).toBe('INVALID_COMMAND');
    expect(
      given(responded())
        .when(c.close({ category: '' }), ctx)
        .refusal(),
    ).toBe('CATEGORY_REQUIRED');
  });

  it('CHC 9.1: learning is recorded, and "none identified" is an answer', () => {
    expect(
      given(responded())
        .when(c.close({ learning: '' }), ctx)
        .refusal(),
    ).toBe('LEARNING_REQUIRED');
    expect(
      given(responded())
        .when(c.close({ learning: NO_LEARNING_IDENTIFIED }), ctx)
        .events(),
    ).toHaveLength(1);
  });

  it('learning actions are tracked like remedies (CHC 9.1–9.3, 7.3)', () => {
    const actions = [
      {
        description: 'Brief repairs team on damp triage',
        owner: 'head-of-repairs',
        dueOn: '2025-06-30',
      },
    ];
    const events = given(responded())
      .when(c.close({ learningActions: actions }), ctx)
      .events();
    const record = fold([...responded(), ...events]).complaint;
    expect(record?.actions.map((a) => [a.actionId, a.kind])).toEqual([
      ['S1-R1', 'remedy'],
      ['L1-1', 'learning'],
    ]);
  });

  it('CHC 6.6, 7.3: remedies are followed through after closure, once', () => {
    const closed = HISTORIES['closed.afterFinalResponse']().events;
    const done = given(closed).when(c.completeAction(), contextOn('2025-06-01')).events();
    expect(done[0]).toMatchObject({ type: 'ActionCompleted', data: { actionId: 'S1-R1' } });
    expect(
      given([...closed, ...done])
        .when(c.completeAction(), contextOn('2025-06-02'))
        .refusal(),
    ).toBe('ACTION_ALREADY_COMPLETED');
  });
});

describe('the Housing Ombudsman (domain doc §4)', () => {
  it('one finding per issue, rolled up: any upheld and some not ⇒ partial', () => {
    const referred = HISTORIES['ombudsman.referred']().events;
    const mixed = c.determination({
      findings: [
        { issue: 'Repairs', finding: 'MALADMINISTRATION' },
        { issue: 'Complaint handling', finding: 'NO_MALADMINISTRATION' },
      ],
    });
    expect(given(referred).when(mixed, contextOn('2025-10-01')).events()[0]?.data).toMatchObject({
      rollup: 'PARTIAL_MALADMINISTRATION',
      severeMaladministration: false,
    });
    const all = given(referred).when(c.determination(), contextOn('2025-10-01')).events()[0]?.data;
    expect(all).toMatchObject({ rollup: 'UPHELD', severeMaladministration: true });
  });

  it('a determination needs findings', () => {
    const referred = HISTORIES['ombudsman.referred']().events;
    expect(
      given(referred)
        .when(c.determination({ findings: [] }), contextOn('2025-10-01'))
        .refusal(),
    ).toBe('FINDINGS_REQUIRED');
  });

  it('CHC 9.7: orders from severe maladministration are marked for the MRC', () => {
    const determined = HISTORIES['ombudsman.determined']().events;
    const [order] = given(determined)
      .when(c.order({ dueOn: '2025-10-29' }), contextOn('2025-10-01'))
      .events();
    expect(order?.data).toMatchObject({
      orderId: 'O1',
      fromSevereMaladministration: true,
      dueOn: '2025-10-29',
    });
  });

  it('a compensation order records its amount; compliance needs evidence', () => {
    const determined = HISTORIES['ombudsman.determined']().events;
    expect(
      given(determined)
        .when(c.order({ amountPence: undefined }), contextOn('2025-10-01'))
        .refusal(),
    ).toBe('ORDER_AMOUNT_REQUIRED');
    const open = HISTORIES['ombudsman.ordersOpen']().events;
    expect(
      given(open)
        .when(c.compliance({ evidence: '' }), contextOn('2025-10-02'))
        .refusal(),
    ).toBe('EVIDENCE_REQUIRED');
  });

  it('orders stay open until every one is complied with', () => {
    const twoOrders = HISTORIES['ombudsman.ordersOpen']()
      .on(
        '2025-10-02',
        c.order({ orderType: 'APOLOGY', amountPence: undefined, dueOn: '2025-10-16' }),
      )
      .on('2025-10-03', c.compliance());
    expect(statusOf(twoOrders.state.lifecycle)).toBe('ombudsman.ordersOpen');
    const both = twoOrders.on('2025-10-06', c.compliance({ orderId: 'O2' }));
    expect(statusOf(both.state.lifecycle)).toBe('ombudsman.ordersComplied');
  });

  it('a referral recorded before closure still lets the landlord close, once (guard 2)', () => {
    const referredFirst = HISTORIES['stage2.responded']().on('2025-06-02', c.referral());
    expect(statusOf(referredFirst.state.lifecycle)).toBe('ombudsman.referred');
    const close = c.close({ outcome: 'NOT_UPHELD' });
    const closed = given(referredFirst.events).when(close, contextOn('2025-06-03')).events();
    expect(closed[0]?.type).toBe('ComplaintClosed');
    const after = [...referredFirst.events, ...closed];
    expect(statusOf(fold(after).lifecycle)).toBe('ombudsman.referred');
    expect(given(after).when(close, contextOn('2025-06-04')).refusal()).toBe('ILLEGAL_TRANSITION');
  });
});
