import { PolicyRegistry } from '@redress/complaints';
import { MemoryEventStore } from '@redress/event-store';
import { SubscriptionStatusRegistry } from '../../apps/api/src/health/subscription-status.registry';
import { startApi, type ApiHarness } from '../support/api-harness';

describe('GET /health', () => {
  let api: ApiHarness;
  const store = new MemoryEventStore();
  beforeAll(async () => (api = await startApi({ store })));
  afterAll(() => api.close());

  it('is public and reports the store, the subscriptions and the Code policy in force', async () => {
    await api.settled();
    const response = await api.request({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      info: {
        store: { status: 'up' },
        // The embedded projector (decision 7) and the embedded notifier (docs/alerts.md).
        subscriptions: {
          status: 'up',
          states: [
            expect.objectContaining({ name: 'projector', state: 'live' }),
            expect.objectContaining({ name: 'notifier', role: expect.any(String) }),
          ],
        },
        policy: { status: 'up', version: PolicyRegistry.default().current().version },
      },
    });
  });

  it('is 503 when a subscription has failed, naming it', async () => {
    api.app
      .get(SubscriptionStatusRegistry)
      .register({ name: 'trends', status: () => ({ state: 'failed', lastError: 'disk full' }) });
    const response = await api.request({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json().error.subscriptions.states).toContainEqual({
      name: 'trends',
      state: 'failed',
      lastError: 'disk full',
    });
  });

  it('is 503 when the store does not answer', async () => {
    const unreachable = Object.assign(new MemoryEventStore(), {
      ping: () => Promise.reject(new Error('connection refused')),
    });
    const broken = await startApi({ store: unreachable });
    const response = await broken.request({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json().error.store).toEqual({ status: 'down', message: 'connection refused' });
    await broken.close();
  });
});
