import type {
  OmbudsmanDeterminationRecorded,
  OmbudsmanOrderComplied,
  OmbudsmanOrderRecorded,
} from '../events/closure-ombudsman.events';
import type { ComplaintRecord } from './complaint-state';
import { appended, changed, replacedWhere, withFields, type Owned } from './fold-ownership';

/** The change to the record's Ombudsman part; none before a referral. */
export function applyDetermination(
  record: ComplaintRecord,
  data: OmbudsmanDeterminationRecorded['data'],
  owned: Owned,
): Partial<ComplaintRecord> {
  if (!record.ombudsman) return {};
  return {
    ombudsman: changed(owned, record.ombudsman, {
      ombudsmanReference: data.ombudsmanReference ?? record.ombudsman.ombudsmanReference,
      determinedOn: data.effectiveOn,
      findings: data.findings,
      rollup: data.rollup,
      severeMaladministration: data.severeMaladministration,
    }),
  };
}

export function applyOrder(
  record: ComplaintRecord,
  data: OmbudsmanOrderRecorded['data'],
  owned: Owned,
): Partial<ComplaintRecord> {
  if (!record.ombudsman) return {};
  const orders = appended(owned, record.ombudsman.orders, data);
  return { ombudsman: changed(owned, record.ombudsman, { orders }) };
}

export function applyOrderComplied(
  record: ComplaintRecord,
  data: OmbudsmanOrderComplied['data'],
  owned: Owned,
): Partial<ComplaintRecord> {
  if (!record.ombudsman) return {};
  const orders = replacedWhere(
    owned,
    record.ombudsman.orders,
    (o) => o.orderId === data.orderId && !o.compliedOn,
    (o) => withFields(o, { compliedOn: data.effectiveOn, evidence: data.evidence }),
  );
  return { ombudsman: changed(owned, record.ombudsman, { orders }) };
}
