import { MemoryEventStore } from '@redress/event-store';
import { DirectoryError, USER_DIRECTORY_STREAM } from './directory-user';
import { UserDirectory } from './user-directory';

jest.setTimeout(60_000);

describe('the user directory', () => {
  it('keeps one user per name when two processes add the same name at once', async () => {
    const store = new MemoryEventStore();
    const [a, b] = [new UserDirectory(store), new UserDirectory(store)];
    const results = await Promise.allSettled([
      a.add({ id: 'olivia', name: 'Olivia One', role: 'officer' }),
      b.add({ id: 'olivia', name: 'Olivia Two', role: 'officer' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(DirectoryError);
    expect((refused.reason as DirectoryError).code).toBe('USER_EXISTS');
    expect(await store.readStream(USER_DIRECTORY_STREAM)).toHaveLength(1);
  });

  it('stores argon2id hashes, never the password, and verifies only the right one', async () => {
    const store = new MemoryEventStore();
    const directory = new UserDirectory(store);
    const { password } = await directory.add({ id: 'sam', name: 'Sam', role: 'manager' });
    const [added] = await store.readStream(USER_DIRECTORY_STREAM);
    expect(JSON.stringify(added!.data)).not.toContain(password);
    expect((added!.data as { passwordHash: string }).passwordHash).toMatch(/^\$argon2id\$/);
    expect(await directory.verify('sam', password)).toMatchObject({ id: 'sam', role: 'manager' });
    expect(await directory.verify('sam', `${password}x`)).toBeUndefined();
    expect(await directory.verify('nobody', password)).toBeUndefined();
    await directory.disable('sam');
    expect(await directory.verify('sam', password)).toBeUndefined();
  });

  it('makes the first admin only when nobody is in the directory', async () => {
    const directory = new UserDirectory(new MemoryEventStore());
    expect(await directory.ensureFirstAdmin()).toMatchObject({ id: 'admin' });
    expect(await directory.ensureFirstAdmin()).toBeUndefined();
    await expect(directory.changePassword('admin', 'short')).rejects.toMatchObject({
      code: 'WEAK_PASSWORD',
    });
    await expect(
      directory.add({ id: 'Bad Name', name: 'x', role: 'officer' }),
    ).rejects.toMatchObject({ code: 'INVALID_USER_ID' });
  });

  it('keeps each person’s alert channels and manager, and refuses bad ones', async () => {
    const directory = new UserDirectory(new MemoryEventStore());
    await directory.add({ id: 'olivia', name: 'Olivia', role: 'officer' });
    await directory.add({ id: 'sam', name: 'Sam', role: 'manager' });
    await directory.setAlertChannels('olivia', {
      email: 'olivia@example.org',
      emailOn: true,
      webhookUrl: 'https://hooks.example.org/redress',
      webhookOn: false,
    });
    await directory.setManager('olivia', 'sam');
    expect(await directory.find('olivia')).toMatchObject({
      managerId: 'sam',
      alertChannels: {
        email: 'olivia@example.org',
        emailOn: true,
        webhookUrl: 'https://hooks.example.org/redress',
        webhookOn: false,
      },
    });
    const refusals = [
      directory.setAlertChannels('olivia', {
        email: 'not an address',
        emailOn: true,
        webhookUrl: null,
        webhookOn: false,
      }),
      directory.setAlertChannels('olivia', {
        email: null,
        emailOn: false,
        webhookUrl: 'ftp://x.example.org',
        webhookOn: true,
      }),
      directory.setAlertChannels('olivia', {
        email: null,
        emailOn: true,
        webhookUrl: null,
        webhookOn: false,
      }),
    ];
    for (const refused of refusals)
      await expect(refused).rejects.toMatchObject({ code: 'INVALID_CHANNEL' });
    await expect(directory.setManager('olivia', 'olivia')).rejects.toMatchObject({
      code: 'INVALID_MANAGER',
    });
    await expect(directory.setManager('olivia', 'nobody')).rejects.toMatchObject({
      code: 'INVALID_MANAGER',
    });
    await directory.setManager('olivia', null);
    expect((await directory.find('olivia'))?.managerId).toBeUndefined();
  });

  it('refuses webhooks to loopback, private and link-local addresses unless they are allowed', async () => {
    const store = new MemoryEventStore();
    const strict = new UserDirectory(store);
    await strict.add({ id: 'olivia', name: 'Olivia Officer', role: 'officer' });
    const hook = (directory: UserDirectory, webhookUrl: string) =>
      directory.setAlertChannels('olivia', {
        email: null,
        emailOn: false,
        webhookUrl,
        webhookOn: true,
      });
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://localhost/hook',
      'https://api.localhost/hook',
      'http://[::1]/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.5/hook',
      'https://192.168.1.10/hook',
      'http://[fd00::5]/hook',
    ])
      await expect(hook(strict, url)).rejects.toMatchObject({
        code: 'INVALID_CHANNEL',
        message: expect.stringContaining('REDRESS_WEBHOOK_ALLOW_PRIVATE=true'),
      });
    await hook(strict, 'https://hooks.example.org/redress');
    const allowing = new UserDirectory(store, { allowPrivateWebhooks: true });
    await hook(allowing, 'http://127.0.0.1:8080/hook');
    expect((await allowing.find('olivia'))?.alertChannels?.webhookUrl).toBe(
      'http://127.0.0.1:8080/hook',
    );
  });

  it('answers shared lookups of one turn from one read, and never misses a change made before asking', async () => {
    const store = new MemoryEventStore();
    const other = new UserDirectory(store);
    const directory = new UserDirectory(store);
    let reads = 0;
    const readStream = store.readStream.bind(store);
    store.readStream = (...args) => {
      reads++;
      return readStream(...args);
    };
    await other.add({ id: 'olivia', name: 'Olivia', role: 'officer' });
    reads = 0;
    const found = await Promise.all(
      Array.from({ length: 20 }, () => directory.findShared('olivia')),
    );
    expect(found.every((u) => u?.role === 'officer')).toBe(true);
    expect(reads).toBe(1);
    // Disabled by another process (the CLI) just before the next lookup: seen at once.
    await other.disable('olivia');
    expect((await directory.findShared('olivia'))?.disabled).toBe(true);
  });
});
