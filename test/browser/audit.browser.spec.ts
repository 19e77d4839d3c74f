import { readFileSync } from 'node:fs';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ACCESS_LOG_PREFIX } from '@redress/audit';
import type { EventStore } from '@redress/event-store';
import { UserDirectory } from '@redress/users';
import type { Browser, Page } from 'playwright-core';
import { ReferenceIndex } from '../../apps/api/src/complaints/reference/reference-index.service';
import { SealScheduler } from '../../apps/api/src/seals/shared/seal-scheduler.service';
import { EVENT_STORE } from '../../apps/api/src/store/tokens';
import { recordAuditedComplaint } from '../support/audited-complaint';
import { recordAuditedHazard } from '../support/audited-hazard';
import {
  browserMissing,
  checkPage,
  launchChromium,
  openContext,
  startWebServer,
} from '../support/browser';

// A real browser against the real server on a busy two-core machine: generous, never timed.
jest.setTimeout(240_000);

const missing = browserMissing();
if (missing) console.warn(`Skipping the auditors' browser journey: ${missing}`);
const describeIfBrowser = missing ? describe.skip : describe;

/**
 * An auditor in Chromium: opens a complaint with a back-dated entry, sees it marked in the
 * timeline and in both views as of a date, verifies its chain and the whole store, exports CSV
 * and finds the export in the access log; then a hazard case's evidence pack. axe-core checks
 * WCAG 2.2 AA on every page; screenshots are kept as test artefacts.
 */
describeIfBrowser('the auditors’ views in Chromium (axe-core on every page)', () => {
  let browser: Browser;
  let app: NestFastifyApplication;
  let store: EventStore;
  let base: string;
  let reference: string;
  let complaintId: string;
  let hazardId: string;
  const violations: string[] = [];
  const cspErrors: string[] = [];

  beforeAll(async () => {
    ({ app, url: base } = await startWebServer());
    store = app.get(EVENT_STORE);
    browser = await launchChromium();
    const directory = app.get(UserDirectory);
    await directory.add({ id: 'ada', name: 'Ada Auditor', role: 'auditor' });
    await directory.changePassword('ada', 'ada-choose-a-long-password');
    ({ id: complaintId } = await recordAuditedComplaint(store));
    reference = await app
      .get(ReferenceIndex)
      .allocate(complaintId, '2025', { id: 'officer-1', role: 'officer' });
    ({ id: hazardId } = await recordAuditedHazard(store));
    await app.get(SealScheduler).sealNow({ id: 'admin', role: 'admin' });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function checked(page: Page, name: string): Promise<void> {
    await checkPage(page, violations, `audit-${name}`);
  }

  it('an auditor sees a back-dated entry as a finding, verifies the chain and the store, and exports CSV into the access log', async () => {
    const context = await openContext(browser, {
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        cspErrors.push(message.text());
    });
    await page.goto(`${base}/`);
    await page.fill('#username', 'ada');
    await page.fill('#password', 'ada-choose-a-long-password');
    await page.click('button:has-text("Sign in")');
    await page.waitForSelector('h1:has-text("My work")');

    await page.click('.govuk-service-navigation a:has-text("Audit")');
    await page.waitForSelector('h1:has-text("Audit")');
    await checked(page, 'start');
    await page.click('button:has-text("Open its audit record")');
    await page.waitForSelector('.govuk-error-summary');
    await checked(page, 'start-errors');
    await page.fill('#record', 'C-2025-999999');
    await page.click('button:has-text("Open its audit record")');
    await page.waitForSelector('.govuk-error-summary:has-text("No complaint has that reference")');
    await page.fill('#record', reference);
    await page.click('button:has-text("Open its audit record")');

    // The timeline: the back-dated Stage 2 response, marked with its gap and reason.
    await page.waitForSelector(`h1:has-text("History")`);
    await checked(page, 'history');
    const backdated = page.locator('tr.app-backdated-row');
    expect(await backdated.count()).toBe(1);
    expect(await backdated.textContent()).toMatch(
      /Back-dated\s+entered 6 days after it took effect/,
    );
    expect(await backdated.textContent()).toContain('entered late after leave');

    // As of 17 June 2025: missed as recorded, met in business time, the entry marked in both.
    await page.click('.app-audit-nav a:has-text("As of a date")');
    await page.waitForSelector('h1:has-text("As of a date")');
    await checked(page, 'as-of-form');
    await page.fill('#asOf-day', '31');
    await page.fill('[name="asOf-month"]', '2');
    await page.fill('[name="asOf-year"]', '2025');
    await page.click('button:has-text("Show both views")');
    await page.waitForSelector('.govuk-error-summary');
    await checked(page, 'as-of-errors');
    await page.click('.govuk-error-summary a');
    expect(await page.locator('#asOf-day:focus').count()).toBe(1);
    await page.fill('#asOf-day', '17');
    await page.fill('[name="asOf-month"]', '6');
    await page.click('button:has-text("Show both views")');
    await page.waitForSelector('#recorded-view');
    await checked(page, 'as-of');
    const recorded = (await page.textContent('#recorded-view'))!;
    const effective = (await page.textContent('#effective-view'))!;
    expect(recorded).toMatch(/Stage 2 final response[\s\S]*?Missed/);
    expect(effective).toMatch(/Stage 2 final response[\s\S]*?Met/);
    for (const view of [recorded, effective]) expect(view).toContain('Back-dated');
    expect(recorded).toContain('Not in this view');
    expect(effective).toContain('Included in this view');

    await page.click('.app-audit-nav a:has-text("Changes between two moments")');
    await page.fill('#from-day', '17');
    await page.fill('[name="from-month"]', '6');
    await page.fill('[name="from-year"]', '2025');
    await page.fill('#to-day', '19');
    await page.fill('[name="to-month"]', '6');
    await page.fill('[name="to-year"]', '2025');
    await page.click('button:has-text("Compare")');
    await page.waitForSelector('h2:has-text("From the end of 17 June 2025")');
    await checked(page, 'diff');

    // Its chain, then the whole store as a job whose page updates itself.
    await page.click('.app-audit-nav a:has-text("Verify its chain")');
    await page.waitForSelector('.app-verdict[data-intact="yes"]');
    await checked(page, 'verify-record');
    expect(await page.textContent('.app-verdict')).toContain('The chain is unbroken: 10 events');
    await page.click('a:has-text("Check the whole store and its seals")');
    await page.waitForSelector('h1:has-text("Check the whole store")');
    await checked(page, 'verify-store');
    await page.click('button:has-text("Check the whole store now")');
    await page.waitForSelector('.app-verdict[data-intact="yes"]');
    await checked(page, 'verify-store-done');
    expect(await page.textContent('.app-verdict')).toMatch(
      /The chain is unbroken: \d+ events in 1 complaint and 1 hazard case \(and \d+ other streams\) match the seal signed on/,
    );

    // Export CSV from the complaint's page: a download, and an entry in the access log.
    await page.goto(`${base}/web/audit/complaints/${reference}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('button:has-text("Download CSV")'),
    ]);
    expect(download.suggestedFilename()).toBe(`complaint-${reference}.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('Final response letter posted 12 June');
    const log = (await store.readAll({ maxCount: 10_000 })).filter((e) =>
      e.stream.startsWith(ACCESS_LOG_PREFIX),
    );
    expect(log.at(-1)).toMatchObject({
      type: 'ComplaintRecordExported',
      data: { complaintId, format: 'csv', intact: true },
      metadata: expect.objectContaining({ actor: { id: 'ada', role: 'auditor' } }),
    });

    // The hazard case: the same timeline and views for the Ombudsman's evidence pack.
    await page.goto(`${base}/web/audit?record=${hazardId}`);
    await page.waitForSelector('h1:has-text("History")');
    await checked(page, 'hazard-history');
    expect(await page.locator('tr.app-backdated-row').count()).toBe(1);
    await page.goto(
      `${base}/web/audit/hazards/${hazardId}/as-of?asOf-day=17&asOf-month=3&asOf-year=2026`,
    );
    await checked(page, 'hazard-as-of');
    expect(await page.textContent('#recorded-view')).toMatch(/Investigation[\s\S]*?Missed/);
    expect(await page.textContent('#effective-view')).toMatch(/Investigation[\s\S]*?Met/);
    await context.close();
  });

  it('found no accessibility violations and no Content Security Policy errors', () => {
    expect(violations).toEqual([]);
    expect(cspErrors).toEqual([]);
  });
});
