import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { defaultCalendar, londonDateOf } from '@redress/complaints';
import { UserDirectory } from '@redress/users';
import type { Browser, Page } from 'playwright-core';
import { longDate } from '../../apps/api/src/web/shared/filters';
import {
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
if (missing) console.warn(`Skipping the hazard browser journey: ${missing}`);
const describeIfBrowser = missing ? describe.skip : describe;

/**
 * Awaab's Law in Chromium (SI 2025/1042): an officer logs a complaint about black mould in a
 * rented home, is led by the banner to open a hazard case, sees both clocks on the complaint
 * and records the investigation. axe-core checks every page on the way.
 */
describeIfBrowser('a hazard case from a complaint, in Chromium (axe-core on every page)', () => {
  let browser: Browser;
  let app: NestFastifyApplication;
  let base: string;
  const violations: string[] = [];
  const cspErrors: string[] = [];

  beforeAll(async () => {
    ({ app, url: base } = await startWebServer());
    browser = await launchChromium();
    const directory = app.get(UserDirectory);
    await directory.add({ id: 'hana', name: 'Hana Housing', role: 'officer', team: 'Housing' });
    await directory.changePassword('hana', 'hana-choose-a-long-password');
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function checked(page: Page, name: string): Promise<void> {
    await checkPage(page, violations, `hazard-${name}`);
  }

  it('logs a black mould complaint, opens the hazard case from the banner, and runs both clocks', async () => {
    const context = await openContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        cspErrors.push(message.text());
    });
    await page.goto(`${base}/`);
    await page.fill('#username', 'hana');
    await page.fill('#password', 'hana-choose-a-long-password');
    await page.click('button:has-text("Sign in")');
    await page.waitForSelector('h1:has-text("My work")');

    // A rented home (low cost rental, the default tenure) with black mould.
    await page.click('a:has-text("Log a complaint")');
    await page.check('input[name="channel"][value="PHONE"]');
    await page.fill('#residentRef', 'R-700');
    await page.fill('#propertyRef', 'P-700');
    await page.fill('#description', 'Black mould in the children’s bedroom, reported twice.');
    await page.click('button:has-text("Log the complaint")');
    await page.waitForSelector('.app-hazard-prompt');
    const reference = /C-\d{4}-\d{6}/.exec((await page.textContent('h1')) ?? '')![0];
    expect(await page.textContent('.app-hazard-prompt')).toContain('mentions mould');
    await checked(page, 'complaint-banner');

    await page.click('.app-hazard-prompt a:has-text("Open a hazard case for this complaint")');
    await page.waitForSelector('h1:has-text("Report a hazard")');
    expect(await page.inputValue('#residentRef')).toBe('R-700');
    expect(await page.inputValue('#propertyRef')).toBe('P-700');
    expect(await page.isChecked('input[name="route"][value="COMPLAINT"]')).toBe(true);
    await checked(page, 'report');
    // Nothing chosen for the tenancy: the error summary, checked by axe too.
    await page.click('button:has-text("Open the hazard case")');
    await page.waitForSelector('.govuk-error-summary');
    await checked(page, 'report-errors');
    await page.check('input[name="tenure"][value="SOCIAL_RENT_ASSURED"]');
    await page.click('button:has-text("Open the hazard case")');
    await page.waitForSelector('text=Hazard case opened');
    expect(await page.textContent('main')).toContain('Awaab’s Law applies: social rented tenancy');
    expect(await page.textContent('main')).toContain(`Complaint ${reference}`);
    await checked(page, 'case-opened');

    await page.click('a:has-text("Classify the hazard")');
    await page.check('input[name="category"][value="SIGNIFICANT"]');
    await page.fill('#reason', 'Mould across a bedroom wall; children in the home');
    await checked(page, 'classify');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('text=Classify the hazard: recorded');
    // Reg 6: investigate within 10 working days of the landlord becoming aware (today).
    const today = londonDateOf(new Date());
    const investigateBy = longDate(defaultCalendar().addWorkingDays(today, 10));
    const clocks = (await page.textContent('.app-hazard-clocks')) ?? '';
    expect(clocks).toContain('SI 2025/1042 Reg 6');
    expect(clocks).toContain(investigateBy);
    await checked(page, 'classified');

    // Both clocks on the complaint: its own deadlines and the hazard's, side by side.
    await page.click(`a:has-text("Complaint ${reference}")`);
    await page.waitForSelector(`h1:has-text("${reference}")`);
    const main = (await page.textContent('main')) ?? '';
    expect(main).toContain('Acknowledge and define Stage 1');
    expect(main).toContain('Hazard cases (Awaab’s Law)');
    expect(await page.textContent('.app-hazard-clocks')).toContain(investigateBy);
    expect(await page.isVisible('.app-hazard-prompt')).toBe(false);
    await checked(page, 'complaint-both-clocks');
    await keepScreenshot(page, 'readme-hazard-complaint', {
      x: 0,
      y: 0,
      width: 1280,
      height: 1400,
    });

    await page.click('a:has-text("Significant hazard: Damp and mould")');
    await page.click('a:has-text("Record the investigation’s findings")');
    await page.check('input[name="finding"][value="HAZARD"]');
    await page.fill('#reasons', 'Condensation from a failed extractor fan; mould on two walls.');
    await page.check('input[name="preventativeWorkRequired"]');
    await checked(page, 'investigation');
    await page.click('button:has-text("Record")');
    await page.waitForSelector('text=Record the investigation’s findings: recorded');
    const after = (await page.textContent('.app-hazard-clocks')) ?? '';
    // Reg 9: written summary within 3 working days; Reg 11(2)(a) and Reg 13(2): 5.
    expect(after).toContain('Met');
    for (const provision of ['Reg 9', 'Reg 11(2)(a)', 'Reg 13(2)'])
      expect(after).toContain(`SI 2025/1042 ${provision}`);
    expect(after).toContain(longDate(defaultCalendar().addWorkingDays(today, 3)));
    await checked(page, 'investigated');
    await keepScreenshot(page, 'readme-hazard-case', { x: 0, y: 0, width: 1280, height: 1400 });
    await context.close();
  });

  it('found no accessibility violations and no Content Security Policy errors', () => {
    expect(violations).toEqual([]);
    expect(cspErrors).toEqual([]);
  });
});
