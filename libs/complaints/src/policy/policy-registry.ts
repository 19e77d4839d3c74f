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
    return new PolicyRegistry([CHC_2024_POLICY], CHC_2024_POLICY.version);
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
