import type { Kysely } from 'kysely';
import {
  OMBUDSMAN_FINDINGS,
  UPHELD_FINDINGS,
  type LocalDate,
  type OmbudsmanFinding,
} from '@redress/complaints';
import type { Period } from '../periods/reporting-period';
import type { ReadModelDatabase } from '../schema/read-model-tables';

export type OrderState = 'open' | 'complied' | 'overdue';

export interface OmbudsmanOrderView {
  readonly complaintId: string;
  readonly orderId: string;
  readonly orderType: string;
  readonly description: string;
  readonly amountPence: number | null;
  readonly recordedOn: LocalDate;
  readonly dueOn: LocalDate;
  readonly compliedOn: LocalDate | null;
  readonly fromSevereMaladministration: boolean;
  readonly state: OrderState;
}

export interface OmbudsmanSummary {
  readonly period: Period;
  readonly asOf: LocalDate;
  readonly referrals: number;
  readonly determinations: number;
  /** Every one of the eight findings, counted per issue determined in the period. */
  readonly findings: Readonly<Record<OmbudsmanFinding, number>>;
  readonly issuesDetermined: number;
  /** Issues with service failure, maladministration or severe maladministration. */
  readonly issuesUpheld: number;
  /** Orders recorded in the period, and any from earlier still open at its end. */
  readonly orders: OmbudsmanOrderView[];
  readonly ordersByState: Readonly<Record<OrderState, number>>;
  readonly compensationOrderedPence: number;
  readonly compensationPaidPence: number;
  /** CHC 9.7(c): progress on orders from severe maladministration findings. */
  readonly severeMaladministrationOrders: { readonly total: number; readonly complied: number };
}

/** The Ombudsman's findings and orders for a period (domain doc §4; CHC 8.1(c), 9.7(c)). */
export async function ombudsmanSummary(
  db: Kysely<ReadModelDatabase>,
  period: Period,
  asOf: LocalDate,
): Promise<OmbudsmanSummary> {
  const count = async (column: 'ombudsman_referred_on' | 'ombudsman_determined_on') =>
    Number(
      (
        await db
          .selectFrom('rm_complaints')
          .select((eb) => eb.fn.countAll().as('n'))
          .where(column, '>=', period.from)
          .where(column, '<=', period.to)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const findingRows = await db
    .selectFrom('rm_findings')
    .select(['finding'])
    .where('determined_on', '>=', period.from)
    .where('determined_on', '<=', period.to)
    .execute();
  const findings = Object.fromEntries(OMBUDSMAN_FINDINGS.map((f) => [f, 0])) as Record<
    OmbudsmanFinding,
    number
  >;
  for (const row of findingRows) findings[row.finding as OmbudsmanFinding]++;
  const orderRows = await db
    .selectFrom('rm_orders')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.between('recorded_on', period.from, period.to),
        eb.and([
          eb('recorded_on', '<', period.from),
          eb.or([eb('complied_on', 'is', null), eb('complied_on', '>=', period.from)]),
        ]),
      ]),
    )
    .orderBy('due_on')
    .orderBy('complaint_id')
    .orderBy('order_id')
    .execute();
  const orders = orderRows.map((o): OmbudsmanOrderView => {
    const complied = o.complied_on !== null && o.complied_on <= asOf;
    return {
      complaintId: o.complaint_id,
      orderId: o.order_id,
      orderType: o.order_type,
      description: o.description,
      amountPence: o.amount_pence,
      recordedOn: o.recorded_on,
      dueOn: o.due_on,
      compliedOn: complied ? o.complied_on : null,
      fromSevereMaladministration: o.from_severe_maladministration === 1,
      state: complied ? 'complied' : o.due_on < asOf ? 'overdue' : 'open',
    };
  });
  const inPeriod = orders.filter((o) => o.recordedOn >= period.from && o.recordedOn <= period.to);
  const severe = orders.filter((o) => o.fromSevereMaladministration);
  return {
    period,
    asOf,
    referrals: await count('ombudsman_referred_on'),
    determinations: await count('ombudsman_determined_on'),
    findings,
    issuesDetermined: findingRows.length,
    issuesUpheld: findingRows.filter((r) => UPHELD_FINDINGS.includes(r.finding as OmbudsmanFinding))
      .length,
    orders,
    ordersByState: {
      open: orders.filter((o) => o.state === 'open').length,
      complied: orders.filter((o) => o.state === 'complied').length,
      overdue: orders.filter((o) => o.state === 'overdue').length,
    },
    compensationOrderedPence: sum(inPeriod.map((o) => o.amountPence)),
    compensationPaidPence: sum(
      orders.filter((o) => o.compliedOn && o.compliedOn >= period.from).map((o) => o.amountPence),
    ),
    severeMaladministrationOrders: {
      total: severe.length,
      complied: severe.filter((o) => o.state === 'complied').length,
    },
  };
}

const sum = (values: readonly (number | null)[]) =>
  values.reduce<number>((a, v) => a + (v ?? 0), 0);
