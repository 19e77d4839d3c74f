import { MemoryEventStore } from '@redress/event-store';
import { executeComplaintCommand } from '../../apps/api/src/complaints/shared/execute-complaint-command';
import { startApi, type ApiHarness } from '../support/api-harness';

const COMPLAINTS = 1500;

/** A store holding a few thousand events, as the read models see it after they were deleted. */
async function busyStore(): Promise<MemoryEventStore> {
  const store = new MemoryEventStore();
  const actor = { id: 'officer-1', role: 'officer' as const };
  const now = () => new Date('2025-04-17T10:00:00Z');
  for (let i = 0; i < COMPLAINTS; i++) {
    const complaintId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const options = { store, now, actor, commandId: `c-${i}`, correlationId: `r-${i}` };
    await executeComplaintCommand(
      {
        type: 'LogComplaint',
        complaintId,
        channel: 'EMAIL',
        residentRef: `R-${i}`,
        description: 'Damp in the bedroom',
      } as never,
      options,
    );
    await executeComplaintCommand(
      {
        type: 'AcknowledgeStage1',
        complaintId,
        handlerId: 'h',
        definition: { issues: [{ summary: 'Damp' }], outcomesSought: [] },
      } as never,
      { ...options, commandId: `a-${i}` },
    );
  }
  return store;
}

/**
 * Start-up does not wait for the projector (issue 11: 38 s without listening over 58,700
 * events): the api answers at once and says how far behind its read models are.
 */
describe('the api answers while its read models catch up', () => {
  let api: ApiHarness;
  let base: string;
  let events: number;
  beforeAll(async () => {
    const store = await busyStore();
    events = (await store.readAll()).length;
    api = await startApi({ store, today: '2025-05-06' });
    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as { port: number };
    base = `http://127.0.0.1:${port}`;
  }, 120_000);
  afterAll(() => api.close());

  it('answers /health (200) before the projector has caught up, saying so, then live', async () => {
    expect(events).toBe(2 * COMPLAINTS);
    const first = await fetch(`${base}/health`);
    expect(first.status).toBe(200);
    const health = (await first.json()) as {
      info: { readModels: { catchingUp: boolean; projected: number; lagSeconds: number } };
    };
    expect(health.info.readModels.catchingUp).toBe(true);
    expect(health.info.readModels.projected).toBeLessThan(events);
    expect(health.info.readModels.lagSeconds).toBeGreaterThanOrEqual(0);

    const token = await api.token('manager');
    const report = await fetch(`${base}/work-queue?limit=1`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(report.status).toBe(200);
    // Unless the projector finished in between, the report says it may be behind.
    const state = report.headers.get('redress-projection-state');
    if (state !== 'live') {
      expect(state).toBe('catching-up');
      expect(Number(report.headers.get('redress-projection-lag'))).toBeGreaterThanOrEqual(0);
    }

    await api.settled(120_000);
    const live = (await (await fetch(`${base}/health`)).json()) as typeof health;
    expect(live.info.readModels).toMatchObject({ catchingUp: false, lagSeconds: 0 });
    const after = await fetch(`${base}/work-queue?limit=1`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.headers.get('redress-projection-state')).toBe('live');
    expect(after.headers.get('redress-projection-lag')).toBe('0');
  }, 180_000);
});
