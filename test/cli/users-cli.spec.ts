import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore } from '@redress/event-store';
import { UserDirectory } from '@redress/users';
import { cliIn } from '../support/cli-harness';

jest.setTimeout(60_000);

describe('redress users', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'redress-users-'));
    // The api has started once: the store exists, with its first admin.
    const store = await createEventStore({ kind: 'sqlite', dataDir });
    expect(await new UserDirectory(store).ensureFirstAdmin()).toMatchObject({ id: 'admin' });
    await store.close();
  });

  it('adds a person with a one-time password that signs them in once', async () => {
    const added = await cliIn(
      dataDir,
      'users',
      'add',
      'olivia',
      '--name',
      'Olivia Officer',
      '--role',
      'officer',
      '--team',
      'Housing',
    );
    expect(added.code).toBe(0);
    const password = /One-time password: (\S+)/.exec(added.stdout)![1]!;
    const store = await createEventStore({ kind: 'sqlite', dataDir });
    const user = await new UserDirectory(store).verify('olivia', password);
    await store.close();
    expect(user).toMatchObject({
      name: 'Olivia Officer',
      role: 'officer',
      team: 'Housing',
      mustChangePassword: true,
    });
  });

  it('lists people and disables one, who then cannot sign in', async () => {
    const listed = await cliIn(dataDir, 'users', 'list', '--json');
    expect(
      JSON.parse(listed.stdout)
        .map((u: { id: string }) => u.id)
        .sort(),
    ).toEqual(['admin', 'olivia']);
    expect((await cliIn(dataDir, 'users', 'disable', 'olivia')).code).toBe(0);
    const after = JSON.parse((await cliIn(dataDir, 'users', 'list', '--json')).stdout);
    expect(after.find((u: { id: string }) => u.id === 'olivia').status).toBe('disabled');
  });

  it('refuses a duplicate, an unknown role and a missing name with exit code 2', async () => {
    const duplicate = await cliIn(
      dataDir,
      'users',
      'add',
      'admin',
      '--name',
      'X',
      '--role',
      'admin',
    );
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toContain('already a user called admin');
    const role = await cliIn(dataDir, 'users', 'add', 'x1', '--name', 'X', '--role', 'boss');
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('--role must be one of');
    expect((await cliIn(dataDir, 'users', 'add', 'x2', '--role', 'officer')).code).toBe(2);
    expect((await cliIn(dataDir, 'users', 'disable', 'nobody')).stderr).toContain(
      'no user called nobody',
    );
  });

  it('sets a person’s alert channels and manager, and refuses a bad address with exit code 2', async () => {
    await cliIn(dataDir, 'users', 'add', 'priya', '--name', 'Priya', '--role', 'officer');
    const set = await cliIn(
      dataDir,
      'users',
      'channels',
      'priya',
      '--email',
      'priya@example.org',
      '--webhook',
      'https://hooks.example.org/p',
      '--webhook-alerts',
      'off',
    );
    expect(set.code).toBe(0);
    expect(set.stdout).toContain(
      'email priya@example.org (on), webhook https://hooks.example.org/p (off)',
    );
    expect((await cliIn(dataDir, 'users', 'manager', 'priya', 'admin')).code).toBe(0);
    const store = await createEventStore({ kind: 'sqlite', dataDir });
    expect(await new UserDirectory(store).find('priya')).toMatchObject({
      managerId: 'admin',
      alertChannels: { email: 'priya@example.org', emailOn: true, webhookOn: false },
    });
    await store.close();
    const bad = await cliIn(dataDir, 'users', 'channels', 'priya', '--email', 'nope');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not an email address');
    const onOff = await cliIn(dataDir, 'users', 'channels', 'priya', '--email-alerts', 'maybe');
    expect(onOff.code).toBe(2);
    expect((await cliIn(dataDir, 'users', 'manager', 'priya', 'nobody')).stderr).toContain(
      'no user called nobody',
    );
  });
});
