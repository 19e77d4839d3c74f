import type { HazardCommand } from '../commands/hazard-command';
import { decideHazard } from '../decide/decide';
import { HazardError } from '../errors/hazard-error';
import { HAZARD_ERRORS } from '../errors/hazard-error-codes';
import { foldHazard } from '../state/evolve';
import { hazardCommands as h } from '../testing/command-builders';
import { hazardContextAt } from '../testing/context';
import { HAZARD_HISTORIES } from '../testing/histories';

/**
 * Every command in every state: accepted, or refused with a HazardError carrying a stable code.
 * Nothing else may escape the decider (an HTTP caller must never see a 500 for a bad command).
 */
describe('every hazard command in every state', () => {
  const ctx = hazardContextAt('2026-06-30T12:00:00Z');
  const commands = Object.values(h).map((build) => (build as () => HazardCommand)());

  for (const [name, build] of Object.entries(HAZARD_HISTORIES)) {
    it(`${name}: each command is decided or refused with a known code`, () => {
      const state = foldHazard(build().events);
      for (const command of commands) {
        try {
          decideHazard(command, state, ctx);
        } catch (error) {
          expect(error).toBeInstanceOf(HazardError);
          expect(Object.keys(HAZARD_ERRORS)).toContain((error as HazardError).code);
        }
      }
    });
  }

  it('an unknown command (untyped input) is refused, not thrown raw', () => {
    const unknown = { type: 'DemolishHouse', hazardId: 'h-0001' } as unknown as HazardCommand;
    expect(() => decideHazard(unknown, foldHazard([]), ctx)).toThrow(
      expect.objectContaining({ code: 'INVALID_COMMAND' }),
    );
  });
});
