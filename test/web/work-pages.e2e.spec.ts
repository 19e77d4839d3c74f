import { startApi, type ApiHarness } from '../support/api-harness';
import { WebSession } from '../support/web-session';

/** My work and Team work page through a long queue instead of stopping at a fixed number. */
// A hundred and more complaints through the command path, and argon2 sign-ins, on a busy machine.
jest.setTimeout(180_000);

describe('My work and Team work with more deadlines than a page holds', () => {
  let api: ApiHarness;
  let olivia: WebSession;
  let manager: WebSession;
  const OLIVIAS = 130;
  const SAMS = 3;

  beforeAll(async () => {
    api = await startApi({ today: '2025-04-17' });
    olivia = new WebSession(api);
    await olivia.signInAs('olivia', 'officer', 'Olivia Officer');
    await new WebSession(api).signInAs('sam', 'officer', 'Sam Second');
    manager = new WebSession(api);
    await manager.signInAs('mo', 'manager', 'Mo Manager');
    for (let i = 0; i < OLIVIAS + SAMS; i++) {
      const handlerId = i < OLIVIAS ? 'olivia' : 'sam';
      const logged = await api.request({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        sub: handlerId,
        body: { channel: 'EMAIL', residentRef: `R-${i}`, description: 'Damp' },
      });
      expect(logged.statusCode).toBe(201);
      const acked = await api.request({
        method: 'POST',
        url: `/complaints/${logged.json().id}/acknowledge`,
        role: 'officer',
        sub: handlerId,
        body: { handlerId, definition: { issues: [{ summary: 'Damp' }], outcomesSought: [] } },
      });
      expect(acked.statusCode).toBe(200);
    }
    // One nobody has acknowledged yet.
    await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      body: { channel: 'EMAIL', residentRef: 'R-waiting', description: 'Noise' },
    });
    await api.settled();
  });
  afterAll(() => api.close());

  const rowsOf = (body: string) =>
    (body.match(/<tr class="govuk-table__row">\s*<td/g) ?? []).length;

  it('My work counts every deadline I own and pages through them all', async () => {
    const first = await olivia.get('/');
    expect(first.statusCode).toBe(200);
    expect(first.body).toMatch(new RegExp(`<strong>${OLIVIAS}</strong> on track`));
    expect(first.body).toContain(`Showing 100 of ${OLIVIAS}, soonest first`);
    const next = /href="(\/\?cursor=[^"]+)"/.exec(first.body)?.[1];
    expect(next).toBeDefined();
    const second = await olivia.get(next!.replace(/&amp;/g, '&'));
    expect(second.statusCode).toBe(200);
    // The second page has the rest of mine, and no repeat of the waiting list.
    expect(second.body).toContain(`Showing ${OLIVIAS - 100} of ${OLIVIAS}`);
    expect(second.body).not.toContain('Waiting to be acknowledged');
    expect(second.body).not.toMatch(/rel="next"/);
    expect(second.body).toContain('First page');
    expect(rowsOf(first.body) - 1 + rowsOf(second.body)).toBe(OLIVIAS);
  });

  it('Team work totals each person over the whole queue, pages the list, and shows one person', async () => {
    const first = await manager.get('/web/team');
    expect(first.statusCode).toBe(200);
    const byPerson = first.body.slice(first.body.indexOf('id="by-person"'));
    expect(byPerson).toMatch(
      new RegExp(
        `Olivia Officer</a></th>\\s*<td[^>]*>0</td>\\s*<td[^>]*>0</td>\\s*<td[^>]*>${OLIVIAS}</td>`,
      ),
    );
    expect(byPerson).toMatch(
      /Sam Second<\/a><\/th>\s*<td[^>]*>0<\/td>\s*<td[^>]*>0<\/td>\s*<td[^>]*>3<\/td>/,
    );
    // The unacknowledged complaint's acknowledgement is owned by nobody yet.
    expect(byPerson).toContain('Nobody yet');
    const total = OLIVIAS + SAMS + 1;
    expect(first.body).toContain(`Showing 100 of ${total} open deadlines`);
    const next = /href="(\/web\/team\?cursor=[^"]+)"/.exec(first.body)?.[1];
    const second = await manager.get(next!.replace(/&amp;/g, '&'));
    expect(second.body).toContain(`Showing ${total - 100} of ${total}`);

    const sams = await manager.get('/web/team?owner=sam');
    expect(sams.body).toContain('Team work: Sam Second');
    expect(sams.body).toContain('Showing 3 of 3 open deadlines');
    expect(sams.body).not.toContain('Olivia Officer');
    expect((await manager.get('/web/team?cursor=not-a-cursor')).body).toContain(
      'That page of the list is no longer available',
    );
    expect((await olivia.get('/web/team')).statusCode).toBe(403);
  });
});
