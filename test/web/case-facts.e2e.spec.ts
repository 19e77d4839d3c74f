import { startApi, type ApiHarness } from '../support/api-harness';
import { WebSession } from '../support/web-session';

/**
 * The forms for facts recorded along the way and for the decisions not to go on, posted as a
 * browser without JavaScript would: each offered only when the lifecycle accepts it, each
 * refusal from the rules an error summary with its provision.
 */
// argon2 sign-ins on a busy machine.
jest.setTimeout(60_000);

describe('web forms: vulnerability, adjustments, tenure, further issues, not accepting, refusing Stage 2', () => {
  let api: ApiHarness;
  let olivia: WebSession;

  beforeAll(async () => {
    api = await startApi({ today: '2025-04-17' });
    olivia = new WebSession(api);
    await olivia.signInAs('olivia', 'officer', 'Olivia Officer');
    await new WebSession(api).signInAs('sam', 'officer', 'Sam Second');
  });
  afterAll(() => api.close());

  async function logged(description = 'Damp in the bedroom'): Promise<string> {
    const response = await api.request({
      method: 'POST',
      url: '/complaints',
      role: 'officer',
      sub: 'olivia',
      body: { channel: 'PHONE', residentRef: 'R-1', description, tenure: 'LCRA' },
    });
    return `/web/complaints/${response.json().reference}`;
  }

  const post = async (url: string, action: string, fields: Record<string, string>) => {
    await olivia.get(`${url}/${action}`);
    return olivia.post(`${url}/${action}`, fields);
  };

  it('records vulnerability, an adjustment and a corrected tenure, and shows them on the complaint', async () => {
    const url = await logged();
    const flagged = await post(url, 'flag-vulnerability', {});
    expect(flagged.statusCode).toBe(400);
    expect(flagged.body).toContain('Say what makes the resident vulnerable or at risk');
    expect(
      (await post(url, 'flag-vulnerability', { details: 'Asthma; mould at home' })).statusCode,
    ).toBe(303);
    expect(
      (
        await post(url, 'record-adjustment', {
          adjustment: 'Calls only after 2pm',
          'reviewOn-day': '1',
          'reviewOn-month': '9',
          'reviewOn-year': '2025',
        })
      ).statusCode,
    ).toBe(303);
    // The same tenure again is refused by the rules, with the measure it protects.
    const same = await post(url, 'correct-tenure', { tenure: 'LCRA', reason: 'Checked' });
    expect(same.statusCode).toBe(409);
    expect(same.body).toContain('govuk-error-summary');
    expect(same.body).toContain('RSH TSM');
    const corrected = await post(url, 'correct-tenure', {
      tenure: 'LCHO',
      reason: 'Shared ownership lease found on file',
    });
    expect(corrected.statusCode).toBe(303);
    const page = await olivia.get(url);
    expect(page.body).toContain('Asthma; mould at home');
    expect(page.body).toContain('Calls only after 2pm (review by 1 September 2025)');
    expect(page.body).toContain('Shared ownership (low cost home ownership)');
  });

  it('adds a related issue raised before the response to the definition, and sends an unrelated one to a new complaint', async () => {
    const url = await logged();
    // Not offered before the complaint is acknowledged: the lifecycle does not accept it yet.
    expect((await olivia.get(`${url}/raise-issue`)).statusCode).toBe(404);
    await post(url, 'acknowledge-stage1', { handlerId: 'olivia', issues: 'Damp not treated' });
    const unrelated = await post(url, 'raise-issue', {
      summary: 'Noisy neighbours',
      related: 'no',
    });
    expect(unrelated.statusCode).toBe(409);
    expect(unrelated.body).toContain('log a new complaint instead');
    const related = await post(url, 'raise-issue', {
      summary: 'Mould came back in the hall',
      related: 'yes',
    });
    expect(related.statusCode).toBe(303);
    expect((await olivia.get(url)).body).toContain('Mould came back in the hall');
  });

  it('records a complaint not accepted only with the Ombudsman rights given (CHC 2.4)', async () => {
    const url = await logged('A repair from 2019');
    const fields = {
      exclusionCode: 'OVER_12_MONTHS',
      'issueOccurredOn-day': '3',
      'issueOccurredOn-month': '2',
      'issueOccurredOn-year': '2023',
      explanation: 'The repair was completed in 2023 and raised now for the first time',
      evidence: 'Repair job 4411 closed 3 February 2023',
      discretionConsidered: 'yes',
      discretionNote: 'No good reason for the delay was given',
    };
    const refused = await post(url, 'decline', fields);
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('provision 2.4');
    const declined = await post(url, 'decline', { ...fields, ombudsmanRightsGiven: 'yes' });
    expect(declined.statusCode).toBe(303);
    const page = await olivia.get(url);
    expect(page.body).toContain('Not accepted');
    expect(page.body).toContain('Record a referral to the Housing Ombudsman');
  });

  it('refuses Stage 2 with reasons and the Ombudsman rights', async () => {
    const url = await logged();
    await post(url, 'acknowledge-stage1', { handlerId: 'olivia', issues: 'Damp not treated' });
    await post(url, 'respond-stage1', {
      'decision-0': 'NOT_UPHELD',
      'reasons-0': 'The damp was treated on 10 April',
      noRemedyReason: 'Nothing went wrong',
      nextStepsGiven: 'yes',
    });
    await post(url, 'request-escalation', {});
    const missing = await post(url, 'refuse-escalation', { reasonCode: 'PREVIOUSLY_CONSIDERED' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Explain why, as the letter to the resident will');
    const refused = await post(url, 'refuse-escalation', {
      reasonCode: 'PREVIOUSLY_CONSIDERED',
      explanation: 'The same matter was answered at Stage 2 under an earlier complaint',
      evidence: 'Final response of 2 March',
      ombudsmanRightsGiven: 'yes',
    });
    expect(refused.statusCode).toBe(303);
    expect((await olivia.get(url)).body).toContain('Escalation refused');
  });
});
