import { CHC_2022_POLICY } from './chc-2022.policy';
import { CHC_2024_POLICY } from './chc-2024.policy';
import type { CodePolicy } from './code-policy';

/**
 * Every policy version a stored complaint may name. Adding a version never removes one: a
 * complaint received under an older version is still decided and reported under it.
 */
export class PolicyRegistry {
  private readonly byVersion: ReadonlyMap<string, CodePolicy>;

  constructor(
    policies: readonly CodePolicy[],
    private readonly currentVersion: string,
  ) {
    this.byVersion = new Map(policies.map((p) => [p.version, p]));
    if (!this.byVersion.has(currentVersion)) {
      throw new RangeError(`Current policy version ${currentVersion} is not registered`);
    }
  }

  static default(): PolicyRegistry {
    return new PolicyRegistry([CHC_2022_POLICY, CHC_2024_POLICY], CHC_2024_POLICY.version);
  }

  /**
   * The version a complaint received on `date` is judged by: the latest registered version in
   * force on that day, never one later than the current version; before every version, the
   * earliest. A complaint of 2023/24 is held to the rules of its time.
   */
  inForceOn(date: string): CodePolicy {
    const current = this.current();
    const candidates = [...this.byVersion.values()]
      .filter((p) => p.effectiveFrom <= current.effectiveFrom)
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
    const inForce = candidates.filter((p) => p.effectiveFrom <= date);
    if (inForce.length === 0) return candidates[0] ?? current;
    // The current version wins a tie on the date (a landlord's variant of the same Code).
    const latest = inForce[inForce.length - 1]!;
    return latest.effectiveFrom === current.effectiveFrom ? current : latest;
  }

  /** Every registered version, oldest first. */
  all(): readonly CodePolicy[] {
    return [...this.byVersion.values()].sort((a, b) =>
      a.effectiveFrom < b.effectiveFrom ? -1 : 1,
    );
  }

  /** The policy new complaints are received under. */
  current(): CodePolicy {
    return this.get(this.currentVersion);
  }

  /** The policy a complaint recorded; unknown versions fall back to the current one for reads. */
  get(version: string): CodePolicy {
    return this.byVersion.get(version) ?? (this.byVersion.get(this.currentVersion) as CodePolicy);
  }

  has(version: string): boolean {
    return this.byVersion.has(version);
  }
}
