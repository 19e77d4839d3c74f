import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { londonDateOf } from '@redress/complaints';
import { reportingYearOf } from '@redress/read-models';
import { UserDirectory } from '@redress/users';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadTokenKeys } from '../../apps/api/src/auth/token-keys';
import { mintToken } from '../../apps/api/src/auth/mint-token';
import { EmbeddedProjector } from '../../apps/api/src/read-models/embedded-projector.service';
import { REDRESS_CONFIG } from '../../apps/api/src/store/tokens';
import {
  ARTEFACTS,
  browserMissing,
  checkPage,
  keepScreenshot,
  launchChromium,
  openContext,
  startWebServer,
} from '../support/browser';
import { LEARNING, reportScenario } from '../support/report-scenario';

// A real browser against the real server on a busy two-core machine: generous, never timed.
jest.setTimeout(240_000);

const missing = browserMissing();
if (missing) console.warn(`Skipping the report pages' browser suite: ${missing}`);
const describeIfBrowser = missing ? describe.skip : describe;

describeIfBrowser('reports in Chromium (axe-core on every page)', () => {
  let browser: Browser;
  let app: NestFastifyApplication;
  let base: string;
  let token: (sub: string, role: 'officer' | 'manager' | 'governance') => Promise<string>;
  /** The reporting year the scenario's learning was recorded in (it depends on today). */
  let year = '';
  const violations: string[] = [];
  const cspErrors: string[] = [];
  const PASSWORD = 'a-long-password-for-the-reports';

  beforeAll(async () => {
    ({ app, url: base } = await startWebServer());
    browser = await launchChromium();
    const directory = app.get(UserDirectory);
    for (const [id, name, role] of [
      ['gill', 'Gill Governance', 'governance'],
      ['mo', 'Mo Manager', 'manager'],
      ['olivia', 'Olivia Officer', 'officer'],
      ['sam', 'Sam Second', 'officer'],
    ] as const) {
      await directory.add({ id, name, role });
      await directory.changePassword(id, PASSWORD);
    }
    const keys = await loadTokenKeys(app.get(REDRESS_CONFIG));
    token = (sub, role) => mintToken(keys.signingSecret!, sub, role);
    const { closedOn } = await reportScenario(async (url, body, officer = 'olivia') => {
      const response = await fetch(`${base}${url}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await token(officer, 'officer')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
      });
      if (response.status >= 300) throw new Error(`${url}: ${await response.text()}`);
      return (await response.json()) as { id?: string };
    }, londonDateOf(new Date()));
    year = reportingYearOf(closedOn);
    await app.get(EmbeddedProjector).settled();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function signedIn(user: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await openContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        cspErrors.push(message.text());
    });
    await page.goto(`${base}/`);
    await page.fill('#username', user);
    await page.fill('#password', PASSWORD);
    await page.click('button:has-text("Sign in")');
    await page.waitForSelector('h1:has-text("My work")');
    return { context, page };
  }

  /** Every page visited: axe-core's WCAG 2.2 AA rules, and a screenshot as a test artefact. */
  async function checked(page: Page, name: string): Promise<void> {
    await checkPage(page, violations, `${name}`);
  }

  /** Chooses a value in a chooser (a GET form) and shows it, as a person without a script would. */
  async function choose(page: Page, select: string, value: string, button: string) {
    await page.selectOption(select, value);
    await Promise.all([page.waitForURL(/\?/), page.click(`button:has-text("${button}")`)]);
  }

  it('governance: the reports, the annual report printed, and the pack for the governing body printed to PDF', async () => {
    const { context, page } = await signedIn('gill');
    await page.click('.govuk-service-navigation a:has-text("Reports")');
    await page.waitForSelector('h1:has-text("Reports")');
    await checked(page, 'reports');

    await page.click('a:has-text("Annual complaint performance and service improvement report")');
    await page.waitForSelector('.app-report');
    await choose(page, '#year', year, 'Show this year');
    await page.waitForSelector('.app-report');
    await checked(page, 'annual-report');
    expect(await page.textContent('.app-report')).toContain(LEARNING);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('a:has-text("CSV")'),
    ]);
    expect(download.suggestedFilename()).toBe(
      `complaints-annual-report-${year.replace('/', '-')}.csv`,
    );

    // Printed: the report without the navigation, the chooser or the buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.govuk-service-navigation')).toBe(false);
    expect(await page.isVisible('.app-report-chooser')).toBe(false);
    expect(await page.isVisible('.app-report')).toBe(true);
    expect(await page.isVisible('h1')).toBe(true);
    await page.pdf({ path: join(ARTEFACTS, 'annual-report.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });

    for (const [link, name] of [
      ['Self-assessment evidence', 'self-assessment'],
      ['Learning log', 'learning-log'],
    ] as const) {
      await page.click('.govuk-service-navigation a:has-text("Reports")');
      await page.click(`main a:has-text("${link}")`);
      await choose(page, '#year', year, 'Show this year');
      await checked(page, name);
    }
    expect(await page.textContent('main')).toContain(LEARNING);

    await page.click('.govuk-service-navigation a:has-text("Reports")');
    await page.click('main a:has-text("Pack for the Member Responsible for Complaints")');
    await page.waitForSelector('h1:has-text("Pack for the governing body")');
    await checked(page, 'mrc-pack-quarter');
    await choose(page, '#period', year, 'Show this period');
    await page.waitForSelector(`h1:has-text("${year}")`);
    await checked(page, 'mrc-pack-year');
    for (const id of ['volume', 'trends', 'ombudsman', 'annual', 'learning'])
      expect(await page.isVisible(`section#${id}`)).toBe(true);
    expect(await page.textContent('section#learning')).toContain(LEARNING);

    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.govuk-service-navigation')).toBe(false);
    expect(await page.isVisible('.app-report-chooser')).toBe(false);
    expect(await page.isVisible('section#annual .app-report')).toBe(true);
    const pdf = await page.pdf({ path: join(ARTEFACTS, 'mrc-pack.pdf'), format: 'A4' });
    // Each of the five sections starts a page of its own.
    expect(
      (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length,
    ).toBeGreaterThanOrEqual(5);
    await keepScreenshot(page, 'mrc-pack-print');
    await context.close();
  });

  it('a manager: the TSM return page gives the values of GET /reports/tsm for the same year', async () => {
    const { context, page } = await signedIn('mo');
    await page.click('.govuk-service-navigation a:has-text("Reports")');
    await page.click('main a:has-text("Tenant Satisfaction Measures return")');
    await choose(page, '#year', year, 'Show this year');
    await page.waitForSelector('[data-field]');
    await checked(page, 'tsm-return');
    const response = await fetch(`${base}/reports/tsm?year=${encodeURIComponent(year)}`, {
      headers: { authorization: `Bearer ${await token('mo', 'manager')}` },
    });
    expect(response.status).toBe(200);
    const tsm = (await response.json()) as {
      measures: Record<string, Record<string, Record<string, Record<string, unknown>>>>;
    };
    const cells = await page.$$eval('[data-field]', (list) =>
      list.map((c) => [c.getAttribute('data-field')!, c.textContent!.trim()]),
    );
    expect(cells).toHaveLength(48);
    for (const [field, value] of cells) {
      const [tenure, measure, stage, part] = field!.split('.');
      const figures = tsm.measures[tenure!]![measure!]![stage!]!;
      expect({ field, value: value!.toLowerCase() }).toEqual({
        field,
        value: String(figures[part!] ?? figures.note).toLowerCase(),
      });
    }
    // The scenario's complaints, so the comparison is not of two empty returns.
    expect(tsm.measures.combined!.ch01!.stage1!.complaints).toBeGreaterThan(0);
    await context.close();
  });

  it('found no accessibility violations and no Content Security Policy errors', () => {
    expect(violations).toEqual([]);
    expect(cspErrors).toEqual([]);
  });
});
