import { isLocalDate } from '@redress/complaints';
import { isHazardType, TENURES } from '../model/vocabulary';
import type { HazardPolicy } from './hazard-policy';

const SCOPES = ['IN_SCOPE', 'OUT_OF_SCOPE', 'UNCONFIRMED'];

/**
 * Checks a policy version given as data (a landlord's JSON file, say) and returns it typed.
 * Throws a RangeError naming the first bad field, so a bad file never reaches a decision.
 */
export function checkHazardPolicy(value: unknown): HazardPolicy {
  const p = value as Record<string, unknown> | null;
  const fail = (field: string, why: string): never => {
    throw new RangeError(`hazard policy ${String(p?.version ?? '?')}: ${field} ${why}`);
  };
  if (typeof p !== 'object' || p === null) throw new RangeError('hazard policy must be an object');
  if (typeof p.version !== 'string' || p.version.trim() === '') fail('version', 'is required');
  if (!isLocalDate(p.inForceFrom)) fail('inForceFrom', 'must be a date written YYYY-MM-DD');
  if (typeof p.source !== 'string') fail('source', 'must say which regulations this is');
  const emergency = p.emergency as Record<string, unknown> | undefined;
  const significant = p.significant as Record<string, unknown> | undefined;
  positive(emergency?.withinHours, 'emergency.withinHours', fail);
  positive(significant?.investigateWithin, 'significant.investigateWithin', fail);
  for (const field of [
    'writtenSummaryWithin',
    'safetyWorkWithin',
    'preventativeStartWithin',
    'preventativeStartLatestWeeks',
  ] as const) {
    positive(p[field], field, fail);
  }
  types(emergency?.types, 'emergency.types', fail);
  types(significant?.types, 'significant.types', fail);
  const tenures = p.tenures as Record<string, unknown> | undefined;
  for (const tenure of TENURES) {
    if (!SCOPES.includes(tenures?.[tenure] as string)) fail(`tenures.${tenure}`, 'is missing');
  }
  if (!['IN_SCOPE', 'OUT_OF_SCOPE'].includes(p.unconfirmedTenureTreatedAs as string)) {
    fail('unconfirmedTenureTreatedAs', 'must be IN_SCOPE or OUT_OF_SCOPE');
  }
  return p as unknown as HazardPolicy;
}

function positive(value: unknown, field: string, fail: (f: string, why: string) => never): void {
  if (!Number.isSafeInteger(value) || (value as number) <= 0) {
    fail(field, 'must be a positive whole number');
  }
}

function types(value: unknown, field: string, fail: (f: string, why: string) => never): void {
  if (!Array.isArray(value)) fail(field, 'must be a list of HHSRS hazard types');
  const bad = (value as unknown[]).find((t) => !isHazardType(t));
  if (bad !== undefined) fail(field, `holds ${String(bad)}, which is not an HHSRS hazard type`);
}
