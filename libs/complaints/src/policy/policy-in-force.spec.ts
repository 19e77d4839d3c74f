import { commands as c } from '../testing/command-builders';
import { contextOn } from '../testing/context';
import { given } from '../testing/specification';
import { CHC_2022_POLICY } from './chc-2022.policy';
import { CHC_2024_POLICY } from './chc-2024.policy';
import { PolicyRegistry } from './policy-registry';

/** Each complaint is judged by the Code in force on its date of receipt. */
describe('the policy version in force on the date of receipt', () => {
  const registry = PolicyRegistry.default();

  it('chooses the 2022 Code before 1 April 2024 and the 2024 Code from that day', () => {
    expect(registry.inForceOn('2024-03-28').version).toBe(CHC_2022_POLICY.version);
    expect(registry.inForceOn('2024-03-31').version).toBe(CHC_2022_POLICY.version);
    expect(registry.inForceOn('2024-04-01').version).toBe(CHC_2024_POLICY.version);
    expect(registry.inForceOn('2026-01-05').version).toBe(CHC_2024_POLICY.version);
    // Before any version, the earliest one known.
    expect(registry.inForceOn('2019-06-03').version).toBe(CHC_2022_POLICY.version);
  });

  it('a complaint received in 2023 and logged in 2025 is recorded under the 2022 Code', () => {
    const [event] = given([])
      .when(
        c.log({ effectiveOn: '2023-11-14', backdateReason: 'Letter found in the post room' }),
        contextOn('2025-04-17'),
      )
      .events();
    expect(event?.data).toMatchObject({ policyVersion: 'chc-2022.1' });
    const [today] = given([]).when(c.log(), contextOn('2025-04-17')).events();
    expect(today?.data).toMatchObject({ policyVersion: 'chc-2024.1' });
  });

  it('names a source for every timescale, marking the unconfirmed ones', () => {
    for (const policy of [CHC_2022_POLICY, CHC_2024_POLICY]) {
      for (const stage of ['stage1', 'stage2'] as const) {
        for (const key of ['acknowledgeWithin', 'respondWithin', 'maxExtension'])
          expect(policy.sources?.[`${stage}.${key}`]).toEqual(expect.any(String));
      }
    }
    expect(CHC_2022_POLICY.sources?.['stage2.maxExtension']).toMatch(/UNCONFIRMED/);
  });
});
