import { defaultCalendar } from '../calendar/working-day-calendar';
import { computeDeadlines } from '../deadlines/compute-deadlines';
import { commands as c } from '../testing/command-builders';
import { Scenario } from '../testing/scenario';
import { CHC_2024_POLICY } from './chc-2024.policy';
import { PolicyRegistry } from './policy-registry';

describe('versioned policy', () => {
  const tighter = {
    ...CHC_2024_POLICY,
    version: 'landlord-2026.1',
    stage1: { ...CHC_2024_POLICY.stage1, acknowledgeWithin: 3 },
  };
  const before = new PolicyRegistry([CHC_2024_POLICY, tighter], CHC_2024_POLICY.version);
  const after = new PolicyRegistry([CHC_2024_POLICY, tighter], tighter.version);

  it('a complaint keeps the policy version in force when it was received', () => {
    const old = Scenario.start().on('2025-04-17', c.log(), 'officer-1', { policies: before });
    const fresh = Scenario.start().on('2025-04-17', c.log(), 'officer-1', { policies: after });
    expect(old.state.complaint?.policyVersion).toBe('chc-2024.1');
    expect(fresh.state.complaint?.policyVersion).toBe('landlord-2026.1');
    const ackDue = (s: Scenario) =>
      computeDeadlines(
        s.state.complaint!,
        '2025-04-17',
        defaultCalendar(),
        after.get(s.state.complaint!.policyVersion),
      )[0]?.dueOn;
    expect(ackDue(old)).toBe('2025-04-28');
    expect(ackDue(fresh)).toBe('2025-04-24');
  });

  it('refuses a registry whose current version is missing', () => {
    expect(() => new PolicyRegistry([CHC_2024_POLICY], 'nope')).toThrow(RangeError);
  });
});
