import { AppendSignal } from './append-signal';

describe('AppendSignal', () => {
  it('wakes a waiter on notify, and returns at once if the version already moved', async () => {
    const signal = new AppendSignal();
    const seen = signal.version;
    const waiting = signal.waitBeyond(seen);
    signal.notify();
    await expect(waiting).resolves.toBeUndefined();
    await expect(signal.waitBeyond(seen)).resolves.toBeUndefined();
  });

  it('drops a timed-out waiter instead of keeping it until the next append', async () => {
    const signal = new AppendSignal();
    for (let i = 0; i < 5; i++) await signal.waitBeyond(signal.version, 1);
    expect((signal as unknown as { waiters: unknown[] }).waiters).toHaveLength(0);
  });
});
