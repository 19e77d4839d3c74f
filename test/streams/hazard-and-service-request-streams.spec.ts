import { handleCommand } from '@redress/event-store';
import {
  hazardClocksOf,
  hazardDecider,
  hazardPolicies,
  hazardSerializer,
  hazardStream,
  readHazardCase,
} from '@redress/hazard-stream';
import {
  readServiceRequest,
  serviceRequestDecider,
  serviceRequestSerializer,
  serviceRequestStream,
} from '@redress/service-request-stream';
import { calendar } from '@redress/complaint-stream';
import { LaterRevisionStore } from '../support/later-revision-store';

const ID = '3f1c9a70-1111-4222-8333-444455556666';
const actor = { id: 'officer-1', role: 'officer' as const };
const metadata = (commandId: string) => ({
  commandId,
  correlationId: 'c',
  causationId: 'c',
  actor,
});

describe('one home per stream kind: hazard cases and service requests', () => {
  it('names the streams `hazard-<uuid>` and `service-request-<uuid>`', () => {
    expect(hazardStream(ID)).toBe(`hazard-${ID}`);
    expect(serviceRequestStream(ID)).toBe(`service-request-${ID}`);
  });

  it('reads a hazard case at the revision of its last event, not the count', async () => {
    // A stream that begins at revision 7, as EventStoreDB's does after a truncation.
    const store = new LaterRevisionStore(7n, 'hazard-');
    const now = () => new Date('2025-11-03T10:00:00Z');
    await handleCommand(
      hazardDecider,
      {
        stream: hazardStream(ID),
        command: {
          type: 'ReportHazard',
          hazardId: ID,
          route: 'CALL',
          tenure: 'SOCIAL_RENT_SECURE',
          residentRef: 'R-1',
          propertyRef: 'P-1',
          description: 'Mould',
        },
        context: () => ({ now: now(), actor, policies: hazardPolicies, calendar }),
        metadata: metadata('cmd-1'),
      },
      { store, serializer: hazardSerializer, now },
    );
    const loaded = await readHazardCase(store, ID);
    expect(loaded?.revision).toBe(8);
    expect(loaded?.state.hazard?.scope).toMatchObject({ inScope: true });
    // Not yet classified: no clock runs (docs/hazards.md).
    expect(hazardClocksOf(loaded!.state, now())).toEqual([]);
    expect(await readHazardCase(store, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('reads a service request at the revision of its last event', async () => {
    const store = new LaterRevisionStore(3n, 'service-request-');
    const now = () => new Date('2025-11-03T10:00:00Z');
    await handleCommand(
      serviceRequestDecider,
      {
        stream: serviceRequestStream(ID),
        command: {
          type: 'RaiseServiceRequest',
          serviceRequestId: ID,
          residentRef: 'R-1',
          channel: 'PHONE',
          description: 'Tap dripping',
        },
        context: () => ({ now: now(), actor }),
        metadata: metadata('cmd-2'),
      },
      { store, serializer: serviceRequestSerializer, now },
    );
    const loaded = await readServiceRequest(store, ID);
    expect(loaded?.revision).toBe(3);
    expect(loaded?.state.request).toMatchObject({ residentRef: 'R-1', raisedOn: '2025-11-03' });
  });
});
