import { AWAABS_LAW_PHASE_1 } from './awaabs-law-phase1.policy';
import { checkHazardPolicy } from './check-hazard-policy';
import { HazardPolicyRegistry } from './hazard-policy-registry';

describe('hazard policy: every number is data, versioned by its in-force date', () => {
  it('phase 1 (SI 2025/1042, 27 Oct 2025): 24 hours; Reg 6: 10, Reg 9: 3, Reg 11(2)(a): 5, Reg 13: 5 days or 12 weeks', () => {
    expect(AWAABS_LAW_PHASE_1).toMatchObject({
      inForceFrom: '2025-10-27',
      emergency: { withinHours: 24 },
      significant: { investigateWithin: 10, types: ['DAMP_AND_MOULD'] },
      writtenSummaryWithin: 3,
      safetyWorkWithin: 5,
      preventativeStartWithin: 5,
      preventativeStartLatestWeeks: 12,
    });
    expect(AWAABS_LAW_PHASE_1.emergency.types).toHaveLength(28);
  });

  it('the version in force on a date is the latest that had commenced by then', () => {
    const later = { ...AWAABS_LAW_PHASE_1, version: 'later', inForceFrom: '2026-10-01' };
    const registry = new HazardPolicyRegistry([later, AWAABS_LAW_PHASE_1]);
    expect(registry.inForceOn('2025-10-26')).toBeUndefined();
    expect(registry.inForceOn('2025-10-27')?.version).toBe('awaab-2025.1');
    expect(registry.inForceOn('2026-09-30')?.version).toBe('awaab-2025.1');
    expect(registry.inForceOn('2026-10-01')?.version).toBe('later');
    expect(registry.get('awaab-2025.1')).toBe(AWAABS_LAW_PHASE_1);
    expect(registry.versions().map((p) => p.version)).toEqual(['awaab-2025.1', 'later']);
  });

  it('a landlord’s file of versions is checked field by field; a bad file never reaches a decision', () => {
    const bad = (change: object) =>
      JSON.stringify([{ ...AWAABS_LAW_PHASE_1, version: 'x', ...change }]);
    expect(() => HazardPolicyRegistry.fromJson(bad({ inForceFrom: '2026-02-30' }))).toThrow(
      /inForceFrom/,
    );
    expect(() => HazardPolicyRegistry.fromJson(bad({ writtenSummaryWithin: 0 }))).toThrow(
      /writtenSummaryWithin must be a positive whole number/,
    );
    expect(() =>
      HazardPolicyRegistry.fromJson(
        bad({ significant: { investigateWithin: 10, types: ['DRAGONS'] } }),
      ),
    ).toThrow(/DRAGONS, which is not an HHSRS hazard type/);
    expect(() => HazardPolicyRegistry.fromJson(bad({ tenures: {} }))).toThrow(/tenures\./);
    expect(() => HazardPolicyRegistry.fromJson(bad({ version: 'awaab-2025.1' }))).toThrow(/repeat/);
    expect(() => HazardPolicyRegistry.fromJson('{}')).toThrow(/JSON array/);
    expect(() => checkHazardPolicy(null)).toThrow(RangeError);
  });
});
