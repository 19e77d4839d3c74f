import type { LocalDate } from '@redress/complaints';
import { AWAABS_LAW_PHASE_1 } from './awaabs-law-phase1.policy';
import { checkHazardPolicy } from './check-hazard-policy';
import type { HazardPolicy } from './hazard-policy';

/**
 * Every hazard policy version, each with the date it came into force. The version that applies
 * to a case is the latest one in force on the day the landlord became aware; the case records
 * it and keeps it, so a later phase never moves an existing clock.
 */
export class HazardPolicyRegistry {
  private readonly ordered: readonly HazardPolicy[];

  constructor(policies: readonly HazardPolicy[]) {
    const checked = policies.map(checkHazardPolicy);
    const versions = new Set(checked.map((p) => p.version));
    if (versions.size !== checked.length) throw new RangeError('hazard policy versions repeat');
    if (checked.length === 0) throw new RangeError('at least one hazard policy is needed');
    this.ordered = [...checked].sort((a, b) => (a.inForceFrom < b.inForceFrom ? -1 : 1));
  }

  static default(): HazardPolicyRegistry {
    return new HazardPolicyRegistry([AWAABS_LAW_PHASE_1]);
  }

  /** Phase 1 plus the versions in a JSON array (a landlord's file): no code change needed. */
  static fromJson(text: string, base: readonly HazardPolicy[] = [AWAABS_LAW_PHASE_1]) {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) throw new RangeError('hazard policy file must hold a JSON array');
    return new HazardPolicyRegistry([...base, ...parsed.map(checkHazardPolicy)]);
  }

  /** The version in force on `date`, or undefined before Awaab's Law commenced. */
  inForceOn(date: LocalDate): HazardPolicy | undefined {
    return this.ordered.filter((p) => p.inForceFrom <= date).pop();
  }

  /** The version a case recorded; undefined only for a version this build does not know. */
  get(version: string): HazardPolicy | undefined {
    return this.ordered.find((p) => p.version === version);
  }

  versions(): readonly HazardPolicy[] {
    return this.ordered;
  }
}
