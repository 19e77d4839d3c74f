import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { addCalendarDays, defaultCalendar, londonDateOf } from '@redress/complaints';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadTokenKeys } from '../../apps/api/src/auth/token-keys';
import { mintToken } from '../../apps/api/src/auth/mint-token';
import { REDRESS_CONFIG } from '../../apps/api/src/store/tokens';
import { EmbeddedProjector } from '../../apps/api/src/read-models/embedded-projector.service';
import { UserDirectory } from '@redress/users';
import {
  ARTEFACTS,
  axeViolations,
  browserMissing,
  checkPage,
  keepScreenshot,
  launchChromium,
  openContext,
  startWebServer,
} from '../support/browser';

// A real browser against the real server on a busy two-core machine: generous, never timed.
jest.setTimeout(240_000);

const missing = browserMissing();
if (missing) console.warn(`Skipping the browser suite: ${missing}`);
const describeIfBrowser = missing ? describe.skip : describe;

const calendar = defaultCalendar();
const dateParts = (iso: string) => {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year: year! };
};

describeIfBrowser('the workbench in Chromium (axe-core on every page)', () => {
  let browser: Browser;
  let app: NestFastifyApplication;
  let base: string;
  const violations: string[] = [];
  const cspErrors: string[] = [];
  const fontRequests: string[] = [];
  const passwords: Record<string, string> = {};
  let reference = '';

  beforeAll(async () => {
    ({ app, url: base } = await startWebServer());
    browser = await launchChromium();
    const directory = app.get(UserDirectory);
    const admin = await directory.ensureFirstAdmin();
    passwords.admin = admin!.password;
    // Olivia is added by the administrator in the browser, in the first test.
    for (const [id, name, role] of [
      ['sam', 'Sam Second', 'officer'],
      ['mo', 'Mo Manager', 'manager'],
      ['kim', 'Kim Keyboard', 'officer'],
    ] as const) {
      await directory.add({ id, name, role, team: 'Housing' });
      await directory.changePassword(id, `${id}-choose-a-long-password`);
      passwords[id] = `${id}-choose-a-long-password`;
    }
  });

  /**
   * Three complaints Olivia acknowledged earlier, through the HTTP API, so My work has red,
   * amber and green: responses due 2 working days ago, tomorrow and in 6 working days.
   */
  /** A command through the HTTP API, as someone else's system would send it. */
  async function sendAs(token: string, url: string, body: object) {
    const response = await app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload: JSON.stringify(body),
      });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.body}`);
    return response.json() as { id: string; reference: string };
  }

  async function olderComplaints(): Promise<void> {
    const keys = await loadTokenKeys(app.get(REDRESS_CONFIG));
    const token = await mintToken(keys.signingSecret!, 'olivia', 'officer');
    const today = londonDateOf(new Date());
    const workingDaysAgo = (n: number) => {
      let day = today;
      while (calendar.workingDaysBetween(day, today) < n || !calendar.isWorkingDay(day))
        day = addCalendarDays(day, -1);
      return day;
    };
    const send = (url: string, body: object) => sendAs(token, url, body);
    for (const [ago, resident, issue] of [
      [12, 'R-041', 'Repairs to the front door not done'],
      [9, 'R-052', 'Rude call handler'],
      [4, 'R-063', 'Service charge error'],
    ] as const) {
      const on = workingDaysAgo(ago);
      const dated = { effectiveOn: on, backdateReason: 'Entered from the paper log' };
      const { id } = await send('/complaints', {
        channel: 'LETTER',
        residentRef: resident,
        description: issue,
        ...dated,
      });
      await send(`/complaints/${id}/acknowledge`, {
        handlerId: 'olivia',
        definition: { issues: [{ summary: issue }], outcomesSought: [] },
        ...dated,
      });
    }
  }
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await openContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('request', (request) => {
      if (request.url().includes('/assets/fonts/')) fontRequests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        cspErrors.push(message.text());
    });
    return { context, page };
  }

  /** Every page visited: axe-core's WCAG 2.2 AA rules, and a screenshot as a test artefact. */
  async function checked(page: Page, name: string): Promise<void> {
    await checkPage(page, violations, `${name}`);
  }

  async function signIn(page: Page, user: string): Promise<void> {
    await page.goto(`${base}/`);
    await checked(page, 'sign-in');
    await page.fill('#username', user);
    await page.fill('#password', passwords[user]!);
    await page.click('button:has-text("Sign in")');
    await page.waitForSelector('h1:has-text("My work")');
  }

  async function fillDate(page: Page, name: string, iso: string): Promise<void> {
    const { day, month, year } = dateParts(iso);
    await page.fill(`#${name}-day`, day);
    await page.fill(`[name="${name}-month"]`, month);
    await page.fill(`[name="${name}-year"]`, year);
  }

  async function settled(): Promise<void> {
    await app.get(EmbeddedProjector).settled();
  }

  it('the first admin signs in with the printed one-time password and chooses their own', async () => {
    const { context, page } = await newPage();
    await page.goto(`${base}/`);
    await page.fill('#username', 'admin');
    await page.fill('#password', passwords.admin!);
    await page.click('button:has-text("Sign in")');
    await page.waitForSelector('h1:has-text("Choose a password")');
    await checked(page, 'choose-password');
    await page.fill('#password', 'the-admins-own-password');
    await page.fill('#confirmPassword', 'the-admins-own-password');
    await page.click('button:has-text("Save password")');
    await page.waitForSelector('h1:has-text("My work")');
    await checked(page, 'my-work-admin');

    // The administrator adds the first officer, as the README's quick start says.
    await page.click('a:has-text("People")');
    await page.waitForSelector('h1:has-text("People")');
    await checked(page, 'people');
    await page.click('a:has-text("Add a person")');
    await page.waitForSelector('h1:has-text("Add a person")');
    await checked(page, 'add-person');
    await page.fill('#name', 'Olivia Officer');
    await page.fill('#id', 'Olivia Officer');
    await page.click('button:has-text("Add this person")');
    await page.waitForSelector('.govuk-error-summary');
    await checked(page, 'add-person-errors');
    await page.fill('#id', 'olivia');
    await page.check('input[name="role"][value="officer"]');
    await page.fill('#team', 'Housing');
    await page.click('button:has-text("Add this person")');
    await page.waitForSelector('.app-one-time-password');
    await checked(page, 'person-added');
    const oneTime = ((await page.textContent('.app-one-time-password')) ?? '').trim();
    expect(oneTime.length).toBeGreaterThan(10);
    await page.goto(`${base}/web/people`);
    expect(await page.textContent('main')).toContain('Not signed in yet');
    await context.close();

    // Olivia's first sign-in, with the password the administrator gave her.
    const first = await newPage();
    await first.page.goto(`${base}/`);
    await first.page.fill('#username', 'olivia');
    await first.page.fill('#password', oneTime);
    await first.page.click('button:has-text("Sign in")');
    await first.page.waitForSelector('h1:has-text("Choose a password")');
    passwords.olivia = 'olivia-choose-a-long-password';
    await first.page.fill('#password', passwords.olivia);
    await first.page.fill('#confirmPassword', passwords.olivia);
    await first.page.click('button:has-text("Save password")');
    await first.page.waitForSelector('h1:has-text("My work")');
    // An officer's navigation has no People page, and the page refuses her.
    expect(await first.page.$('a:has-text("People")')).toBeNull();
    const refused = await first.page.goto(`${base}/web/people`);
    expect(refused?.status()).toBe(403);
    await first.context.close();
    await olderComplaints();
  });

  it('an officer logs a complaint, acknowledges and defines it, extends, responds with a remedy and prints the letter', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'olivia');
    await page.click('a:has-text("Log a complaint")');
    await checked(page, 'log-complaint');
    // Nothing filled in: the error summary, checked by axe too.
    await page.click('button:has-text("Log the complaint")');
    await page.waitForSelector('.govuk-error-summary');
    await checked(page, 'log-complaint-errors');
    await page.check('input[name="channel"][value="PHONE"]');
    await page.fill('#residentRef', 'R-100');
    await page.fill('#propertyRef', 'P-9');
    await page.fill('#description', 'Black mould in the bedroom, reported twice and not treated.');
    await page.check('input[name="vulnerable"]');
    await page.fill('#reasonableAdjustments', 'Large print letters');
    await page.click('button:has-text("Log the complaint")');
    await page.waitForSelector('.govuk-notification-banner');
    reference = /C-\d{4}-\d{6}/.exec((await page.textContent('h1')) ?? '')![0];
    await checked(page, 'complaint-logged');
    expect(await page.textContent('.app-vulnerable')).toContain('Large print letters');

    await page.click('a:has-text("Acknowledge and define the complaint")');
    await checked(page, 'acknowledge');
    await page.fill(
      '#issues',
      'Mould in the bedroom not treated\nRepairs reported twice without a visit',
    );
    await page.fill('#outcomesSought', 'Treat the mould');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-notification-banner');

    const today = londonDateOf(new Date());
    await page.click('a:has-text("Extend the response deadline")');
    await checked(page, 'extend');
    await fillDate(page, 'newDueOn', calendar.addWorkingDays(today, 15));
    await page.fill('#reason', 'We are waiting for a damp survey');
    // Without the Ombudsman's details: refused by the Code (CHC 6.5), shown as an error summary.
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.textContent('.govuk-error-summary')).toContain('provision 6.5');
    await checked(page, 'extend-refused');
    await page.check('input[name="ombudsmanDetailsGiven"]');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-notification-banner');

    await page.click('a:has-text("Record the Stage 1 response")');
    await page.check('input[name="decision-0"][value="UPHELD"]');
    await page.fill('#reasons-0', 'The mould was reported twice and not treated.');
    await page.check('input[name="decision-1"][value="PARTLY_UPHELD"]');
    await page.fill('#reasons-1', 'One visit was missed.');
    await page.selectOption('#remedyType', 'FINANCIAL_REMEDY');
    await page.fill('#remedyDescription', 'Compensation for the delay');
    await fillDate(page, 'remedyDueOn', calendar.addWorkingDays(today, 10));
    await page.fill('#remedyAmount', '75.00');
    await page.fill('#actionDescription', 'Treat the mould and repaint');
    await fillDate(page, 'actionDueOn', calendar.addWorkingDays(today, 20));
    await page.check('input[name="nextStepsGiven"]');
    await checked(page, 'respond-stage1');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-notification-banner');
    await checked(page, 'complaint-responded');
    // The top of the page, as the README shows it.
    await keepScreenshot(page, 'readme-complaint', { x: 0, y: 0, width: 1280, height: 1700 });

    await page.click('a:has-text("Stage 1 response letter")');
    await page.waitForSelector('.app-letter');
    await checked(page, 'letter-stage1');
    const letter = await page.textContent('.app-letter');
    expect(letter).toContain('Riverside Homes');
    expect(letter).toContain('£75.00');
    expect(letter).toContain('ask us to look at your complaint again at Stage 2');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: join(ARTEFACTS, 'letter-stage1.pdf'), format: 'A4' });
    await keepScreenshot(page, 'letter-stage1-print');
    expect(await page.isVisible('.govuk-service-navigation')).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    await page.goto(`${base}/web/complaints/${reference}`);
    await page.click('a:has-text("Record a request for Stage 2")');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-notification-banner');
    await settled();
    await page.goto(`${base}/`);
    await checked(page, 'my-work');
    const work = (await page.textContent('main')) ?? '';
    for (const colour of ['Overdue', 'Due soon', 'On track']) expect(work).toContain(colour);
    expect(work).toContain('2 working days overdue');
    await context.close();
  });

  it('a manager assigns Stage 2 to another officer; the Code refuses the Stage 1 handler', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'mo');
    await page.click('a:has-text("Team work")');
    await checked(page, 'team-work');
    await page.click(`a:has-text("Assign Stage 2")`);
    await checked(page, 'acknowledge-stage2');
    await page.selectOption('#handlerId', 'olivia');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.textContent('.govuk-error-summary')).toContain('provision 6.13');
    await checked(page, 'acknowledge-stage2-refused');
    await page.selectOption('#handlerId', 'sam');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-notification-banner');
    await context.close();
  });

  it('the Stage 2 officer gives the final response and closes with a root cause', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'sam');
    await page.goto(`${base}/web/find`);
    await checked(page, 'find');
    await page.fill('#reference', reference.toLowerCase());
    await page.click('button:has-text("Search")');
    await page.waitForSelector(`h1:has-text("${reference}")`);
    await page.click('a:has-text("Record the final response")');
    await checked(page, 'respond-stage2');
    await page.check('input[name="decision-0"][value="UPHELD"]');
    await page.fill('#reasons-0', 'The Stage 1 findings stand.');
    // Stage 2 was defined with both Stage 1 issues: each needs a decision (CHC 6.7).
    await page.check('input[name="decision-1"][value="NOT_UPHELD"]');
    await page.fill('#reasons-1', 'The missed visit was rearranged within the week.');
    await page.fill('#noRemedyReason', 'The Stage 1 remedy stands and is being paid.');
    await page.check('input[name="nextStepsGiven"]');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-notification-banner');

    await page.click('a:has-text("Final response letter")');
    await checked(page, 'letter-stage2');
    expect(await page.textContent('.app-letter')).toContain(
      'refer your complaint to the Housing Ombudsman',
    );
    await page.goto(`${base}/web/complaints/${reference}`);

    await page.click('a:has-text("Close the complaint")');
    await checked(page, 'close');
    await page.check('input[name="outcome"][value="UPHELD"]');
    await page.fill('#learning', 'Inspect reported mould within 5 working days');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.textContent('.govuk-error-summary')).toContain('Choose the root cause');
    await checked(page, 'close-errors');
    await page.selectOption('#category', { index: 1 });
    await page.selectOption('#rootCause', { index: 1 });
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-notification-banner');
    expect(await page.textContent('h1')).toContain('Closed after final response');
    await checked(page, 'complaint-closed');
    await context.close();
  });

  it('after closure: the remedy is done, and the Ombudsman’s referral, determination, order and compliance are recorded', async () => {
    const { context, page } = await newPage();
    await signIn(page, 'sam');
    await page.goto(`${base}/web/complaints/${reference}`);

    await page.click('a:has-text("Record a remedy or action as done")');
    await page.waitForSelector('h1:has-text("Record a remedy or action as done")');
    await checked(page, 'complete-action');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.textContent('.govuk-error-summary')).toContain(
      'Choose the remedy or action that was done',
    );
    await checked(page, 'complete-action-errors');
    await page.check('input[name="actionId"] >> nth=0');
    await page.fill('#evidence', 'Paid by BACS, reference 88123');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-notification-banner');

    await page.click('a:has-text("Record a referral to the Housing Ombudsman")');
    await checked(page, 'ombudsman-referral');
    await page.fill('#ombudsmanReference', '202512345');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-notification-banner');
    expect(await page.textContent('main')).toContain('The Housing Ombudsman');

    await page.click('a:has-text("Record the Ombudsman’s determination")');
    await checked(page, 'ombudsman-determination');
    // The issues come from the Stage 2 definition; the same issue twice is refused by the rules.
    expect(await page.inputValue('#issue-0')).toBe('Mould in the bedroom not treated');
    await page.selectOption('#finding-0', 'SEVERE_MALADMINISTRATION');
    await page.selectOption('#finding-1', 'SERVICE_FAILURE');
    await page.fill('#issue-2', 'mould in the bedroom not treated');
    await page.selectOption('#finding-2', 'MALADMINISTRATION');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.textContent('.govuk-error-summary')).toContain('one finding per issue');
    await checked(page, 'ombudsman-determination-refused');
    await page.fill('#issue-2', '');
    await page.selectOption('#finding-2', '');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-notification-banner');
    expect(await page.textContent('main')).toContain('Severe maladministration');

    await page.click('a:has-text("Record an order from the Ombudsman")');
    await checked(page, 'ombudsman-order');
    await page.check('input[name="orderType"][value="COMPENSATION"]');
    await page.fill('#description', 'Pay the resident £1,000 for distress and inconvenience');
    const today = londonDateOf(new Date());
    await fillDate(page, 'dueOn', addCalendarDays(today, 28));
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.textContent('.govuk-error-summary')).toContain(
      'Enter the compensation the Ombudsman ordered',
    );
    await checked(page, 'ombudsman-order-errors');
    await page.fill('#amount', '1000');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-notification-banner');
    expect(await page.textContent('main')).toContain('£1000.00');

    await page.click('a:has-text("Record compliance with an Ombudsman order")');
    await checked(page, 'order-compliance');
    await page.check('input[name="orderId"] >> nth=0');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.textContent('.govuk-error-summary')).toContain('evidence of compliance');
    await page.fill('#evidence', 'Payment made; remittance advice sent to the Ombudsman');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-notification-banner');
    const main = (await page.textContent('main')) ?? '';
    expect(main).toContain('remittance advice sent to the Ombudsman');
    // Nothing left to comply with: the compliance action is no longer offered.
    expect(await page.$('a:has-text("Record compliance with an Ombudsman order")')).toBeNull();
    await checked(page, 'complaint-after-ombudsman');
    await context.close();
  });

  it('the forms for facts along the way and for not going on: each page checked, vulnerability recorded', async () => {
    const token = await mintToken(
      (await loadTokenKeys(app.get(REDRESS_CONFIG))).signingSecret!,
      'olivia',
      'officer',
    );
    const log = () =>
      sendAs(token, '/complaints', {
        channel: 'EMAIL',
        residentRef: 'R-300',
        description: 'Broken lift in the block',
      });
    const { id, reference: received } = await log();
    const { id: answeredId, reference: answered } = await log();
    const acknowledge = (complaintId: string) =>
      sendAs(token, `/complaints/${complaintId}/acknowledge`, {
        handlerId: 'olivia',
        definition: { issues: [{ summary: 'Lift broken' }], outcomesSought: [] },
      });
    await acknowledge(answeredId);
    await sendAs(token, `/complaints/${answeredId}/respond`, {
      decisions: [{ issueId: 'S1-I1', decision: 'NOT_UPHELD', reasons: 'Repaired the same day' }],
      noRemedyReason: 'Nothing went wrong',
      nextStepsGiven: true,
    });
    await sendAs(token, `/complaints/${answeredId}/request-escalation`, {});

    const { context, page } = await newPage();
    await signIn(page, 'olivia');
    for (const [ref, action, heading] of [
      [received, 'decline', 'not accepted'],
      [received, 'correct-tenure', 'Correct the tenure'],
      [received, 'record-adjustment', 'reasonable adjustment'],
      [answered, 'refuse-escalation', 'Refuse Stage 2'],
      [received, 'flag-vulnerability', 'vulnerable or at risk'],
    ] as const) {
      await page.goto(`${base}/web/complaints/${ref}`);
      await page.click(`a[href$="/${action}"]`);
      await page.waitForSelector(`h1:has-text("${heading}")`);
      await checked(page, action);
    }
    await page.fill('#details', 'Uses a wheelchair: the lift is the only way out');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('.govuk-notification-banner');
    expect(await page.textContent('.app-vulnerable')).toContain('the lift is the only way out');
    await acknowledge(id);
    await page.goto(`${base}/web/complaints/${received}`);
    await page.click('a[href$="/raise-issue"]');
    await page.waitForSelector('h1:has-text("further issue")');
    await checked(page, 'raise-issue');
    await context.close();
  });

  it('one whole journey by keyboard alone: sign in, log a complaint, acknowledge it', async () => {
    const { context, page } = await newPage();
    /** Presses Tab until the element is focused, as a keyboard user moves through the page. */
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 120; i++) {
        const focused = `document.activeElement?.matches(${JSON.stringify(selector)}) ?? false`;
        if (await page.evaluate<boolean>(focused)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`could not reach ${selector} with the Tab key`);
    };
    await page.goto(`${base}/`);
    await tabTo('#username');
    await page.keyboard.type('kim');
    await tabTo('#password');
    await page.keyboard.type(passwords.kim!);
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("My work")');
    await tabTo('a[href="/web/complaints/new"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Log a complaint")');
    await tabTo('input[name="channel"]');
    await page.keyboard.press('Space');
    await tabTo('#residentRef');
    await page.keyboard.type('R-200');
    await tabTo('#description');
    await page.keyboard.type('The heating has not worked for a week.');
    await tabTo('button.govuk-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-notification-banner');
    await checked(page, 'keyboard-logged');
    await tabTo('a[href$="/acknowledge-stage1"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Acknowledge and define")');
    await tabTo('#issues');
    await page.keyboard.type('Heating not working');
    await tabTo('form button.govuk-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-notification-banner');
    expect(await page.textContent('main')).toContain('Kim Keyboard');
    await checked(page, 'keyboard-acknowledged');
    await context.close();
  });

  it('axe-core is really checking: a page with an image without alt text is reported', async () => {
    const { context, page } = await newPage();
    await page.setContent(
      '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main><h1>t</h1><img src="x.png"></main></body></html>',
    );
    expect((await axeViolations(page)).join('\n')).toContain('image-alt');
    await context.close();
  });

  it('found no accessibility violations, no Content Security Policy errors and no GOV.UK font requests', () => {
    expect(violations).toEqual([]);
    expect(cspErrors).toEqual([]);
    // GDS Transport is for GOV.UK only: the workbench never asks for it.
    expect(fontRequests).toEqual([]);
  });
});
