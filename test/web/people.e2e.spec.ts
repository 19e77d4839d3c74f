import { startApi, type ApiHarness } from '../support/api-harness';
import { WebSession } from '../support/web-session';
import { UserDirectory } from '@redress/users';

/** The People pages: the user directory for administrators, as `redress users` gives it. */
// argon2 hashing on a busy machine.
jest.setTimeout(60_000);

describe('People (administrators only)', () => {
  let api: ApiHarness;
  let admin: WebSession;
  beforeAll(async () => {
    api = await startApi();
    admin = new WebSession(api);
    await admin.signInAs('ada', 'admin', 'Ada Admin');
  });
  afterAll(() => api.close());

  it('adds a person once, shows their one-time password once, and disables them', async () => {
    await admin.get('/web/people/new');
    const added = await admin.post('/web/people/new', {
      name: 'Nia Officer',
      id: 'nia',
      role: 'officer',
      team: 'Housing',
    });
    expect(added.statusCode).toBe(200);
    const password = /class="app-one-time-password">([^<]+)</.exec(added.body)![1]!;
    const directory = api.app.get(UserDirectory);
    expect(await directory.verify('nia', password)).toMatchObject({
      name: 'Nia Officer',
      role: 'officer',
      team: 'Housing',
      mustChangePassword: true,
    });
    // Recorded as the administrator's doing, on the directory's own stream.
    const events = await api.store.readStream('user-directory');
    expect(events[events.length - 1]!.metadata).toMatchObject({
      actor: { id: 'ada', role: 'admin' },
    });

    await admin.get('/web/people/new');
    const twice = await admin.post('/web/people/new', { name: 'Nia', id: 'nia', role: 'officer' });
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('There is already a user called nia');
    await admin.get('/web/people/new');
    const bad = await admin.post('/web/people/new', { name: '', id: 'Not Valid', role: 'boss' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter the person’s name');
    expect(bad.body).toContain('Choose a role');

    const list = await admin.get('/web/people');
    expect(list.body).toContain('Nia Officer');
    expect(list.body).not.toContain(password);
    const disabled = await admin.post('/web/people/nia/disable', {});
    expect(disabled.statusCode).toBe(303);
    expect((await directory.find('nia'))?.disabled).toBe(true);
    expect(await directory.verify('nia', password)).toBeUndefined();
    // An administrator cannot disable themselves from here.
    await admin.get('/web/people');
    await admin.post('/web/people/ada/disable', {});
    expect((await directory.find('ada'))?.disabled).toBe(false);
  });

  it('is refused to everyone but administrators, and a post without the form token', async () => {
    const manager = new WebSession(api);
    await manager.signInAs('mo', 'manager');
    expect((await manager.get('/web/people')).statusCode).toBe(403);
    expect(
      (await manager.post('/web/people/new', { name: 'X', id: 'xx', role: 'admin' })).statusCode,
    ).toBe(403);
    expect(await api.app.get(UserDirectory).find('xx')).toBeUndefined();
    const forged = await admin.post('/web/people/new', {
      _csrf: 'forged',
      name: 'Y',
      id: 'yy',
      role: 'admin',
    });
    expect(forged.statusCode).toBe(403);
    expect(await api.app.get(UserDirectory).find('yy')).toBeUndefined();
  });
});
