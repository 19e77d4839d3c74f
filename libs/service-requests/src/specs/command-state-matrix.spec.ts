import type { ServiceRequestCommand } from '../commands/service-request-command';
import { decideServiceRequest } from '../decide/decide';
import { SERVICE_REQUEST_ERRORS, ServiceRequestError } from '../errors/service-request-error';
import { foldServiceRequest } from '../state/evolve';
import {
  historyOf,
  requestCommands as r,
  requestContextOn,
} from '../testing/service-request-testing';

/** Every command in every state: accepted, or refused with a stable code; nothing else escapes. */
describe('every service request command in every state', () => {
  const histories = {
    new: () => [],
    raised: () => historyOf(['2026-03-02', r.raise()]),
    inHand: () => historyOf(['2026-03-02', r.raise()], ['2026-03-03', r.takeInHand()]),
    done: () => historyOf(['2026-03-02', r.raise()], ['2026-03-03', r.complete()]),
    offered: () => historyOf(['2026-03-02', r.raise()], ['2026-03-03', r.offer()]),
  };
  const commands = Object.values(r).map((build) => (build as () => ServiceRequestCommand)());
  const ctx = requestContextOn('2026-03-10');

  for (const [name, build] of Object.entries(histories)) {
    it(`${name}: each command is decided or refused with a known code`, () => {
      const state = foldServiceRequest(build());
      for (const command of commands) {
        try {
          decideServiceRequest(command, state, ctx);
        } catch (error) {
          expect(error).toBeInstanceOf(ServiceRequestError);
          expect(Object.keys(SERVICE_REQUEST_ERRORS)).toContain(
            (error as ServiceRequestError).code,
          );
        }
      }
    });
  }

  it('an unknown command is refused as INVALID_COMMAND', () => {
    const unknown = { type: 'Nope', serviceRequestId: 'sr-1' } as unknown as ServiceRequestCommand;
    expect(() => decideServiceRequest(unknown, foldServiceRequest([]), ctx)).toThrow(
      expect.objectContaining({ code: 'INVALID_COMMAND' }),
    );
  });
});
