import type {
  OmbudsmanDeterminationRecorded,
  OmbudsmanOrderComplied,
  OmbudsmanOrderRecorded,
} from '../events/closure-ombudsman.events';
import type { ComplaintRecord } from './complaint-state';

export function applyDetermination(
  record: ComplaintRecord,
  data: OmbudsmanDeterminationRecorded['data'],
): ComplaintRecord {
  if (!record.ombudsman) return record;
  return {
    ...record,
    ombudsman: {
      ...record.ombudsman,
      ombudsmanReference: data.ombudsmanReference ?? record.ombudsman.ombudsmanReference,
      determinedOn: data.effectiveOn,
      findings: data.findings,
      rollup: data.rollup,
      severeMaladministration: data.severeMaladministration,
    },
  };
}

export function applyOrder(
  record: ComplaintRecord,
  data: OmbudsmanOrderRecorded['data'],
): ComplaintRecord {
  if (!record.ombudsman) return record;
  return {
    ...record,
    ombudsman: { ...record.ombudsman, orders: [...record.ombudsman.orders, data] },
  };
}

export function applyOrderComplied(
  record: ComplaintRecord,
  data: OmbudsmanOrderComplied['data'],
): ComplaintRecord {
  if (!record.ombudsman) return record;
  const orders = record.ombudsman.orders.map((o) =>
    o.orderId === data.orderId && !o.compliedOn
      ? { ...o, compliedOn: data.effectiveOn, evidence: data.evidence }
      : o,
  );
  return { ...record, ombudsman: { ...record.ombudsman, orders } };
}
