import { startApi, type ApiHarness } from '../support/api-harness';
import { WebSession } from '../support/web-session';

/** Find's free text and the API's `q` are one filter over the same read model. */
// argon2 sign-ins on a busy machine.
jest.setTimeout(60_000);

describe('Find by words in the complaint', () => {
  let api: ApiHarness;
  let officer: WebSession;
  const references: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi({ today: '2025-04-17' });
    officer = new WebSession(api);
    await officer.signInAs('olivia', 'officer', 'Olivia Officer');
    for (const [resident, description] of [
      ['R-1', 'Black MOULD in the bedroom'],
      ['R-2', 'Noise from the flat above'],
      ['R-3', 'Rent up 100% overnight'],
    ]) {
      const logged = await api.request({
        method: 'POST',
        url: '/complaints',
        role: 'officer',
        body: { channel: 'EMAIL', residentRef: resident, description },
      });
      references[resident!] = logged.json().reference;
    }
    await api.settled();
  });
  afterAll(() => api.close());

  it('finds complaints by any words of their description, whatever the case', async () => {
    const page = await officer.get('/web/find?q=mould+in+THE');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Words in the complaint');
    expect(page.body).toContain(references['R-1']);
    expect(page.body).not.toContain(references['R-2']);
    // A percent sign is a character to find, not "anything".
    const percent = await officer.get('/web/find?q=%25');
    expect(percent.body).toContain(references['R-3']);
    expect(percent.body).not.toContain(references['R-1']);
    expect((await officer.get('/web/find?q=nothing+like+this')).body).toContain(
      'No complaints match.',
    );
    const tooLong = await officer.get(`/web/find?q=${'x'.repeat(201)}`);
    expect(tooLong.body).toContain('Search for 200 characters or fewer');
  });

  it('the API list takes the same filter as q', async () => {
    const listed = await api.request({
      method: 'GET',
      url: '/complaints?q=Mould',
      role: 'officer',
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((i: { residentRef: string }) => i.residentRef)).toEqual(['R-1']);
    const tooLong = await api.request({
      method: 'GET',
      url: `/complaints?q=${'x'.repeat(201)}`,
      role: 'officer',
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().code).toBe('VALIDATION_FAILED');
  });
});
