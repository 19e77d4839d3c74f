import { reportingYear } from '@redress/read-models';
import { CountingThread } from './read-model-counter';

describe('the counting thread', () => {
  it('counts nothing once the api has closed it, and starts no thread to do so', async () => {
    const thread = new CountingThread('/nowhere/read-models.sqlite');
    await thread.close();
    await expect(
      thread.run({
        kind: 'dashboard',
        request: {
          current: reportingYear('2025/26'),
          previous: reportingYear('2024/25'),
          today: '2025-06-02',
          homesByYear: {},
          beyondCap: false,
        },
      }),
    ).rejects.toThrow('the api is stopping');
    expect((thread as unknown as { worker?: unknown }).worker).toBeUndefined();
  });
});
