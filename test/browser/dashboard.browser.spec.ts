import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MemoryEventStore } from '@redress/event-store';
import { UserDirectory } from '@redress/users';
import type { Browser, Page } from 'playwright-core';
import { EmbeddedProjector } from '../../apps/api/src/read-models/embedded-projector.service';
import {
  ARTEFACTS,
  browserMissing,
  checkPage,
  keepScreenshot,
  launchChromium,
  openContext,
  startWebServer,
} from '../support/browser';
import { loadCabinetMinute } from '../support/cabinet-minute';

// Two years of complaints and a real browser on a busy two-core machine: generous, never timed.
jest.setTimeout(300_000);

const missing = browserMissing();
if (missing) console.warn(`Skipping the dashboard's browser journey: ${missing}`);
const describeIfBrowser = missing ? describe.skip : describe;

/** Where the README's screenshot of the dashboard is kept (written when REDRESS_README_IMAGES=1). */
const README_IMAGE = join(__dirname, '..', '..', 'docs', 'images', 'dashboard.png');

describeIfBrowser('the governance dashboard in Chromium (axe-core on every page)', () => {
  let browser: Browser;
  let app: NestFastifyApplication;
  let base: string;
  const violations: string[] = [];
  const cspErrors: string[] = [];

  beforeAll(async () => {
    const store = new MemoryEventStore();
    await loadCabinetMinute(store);
    ({ app, url: base } = await startWebServer({ store }));
    await app.get(EmbeddedProjector).settled(240_000);
    const directory = app.get(UserDirectory);
    await directory.add({ id: 'gill', name: 'Gill Governor', role: 'governance' });
    await directory.changePassword('gill', 'gill-choose-a-long-password');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function checked(page: Page, name: string): Promise<void> {
    await checkPage(page, violations, `${name}`);
  }

  it('a governance user finds this year’s CH02 by tenure against last year’s, then the complaints behind a missed figure', async () => {
    const context = await openContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        cspErrors.push(message.text());
    });
    await page.goto(`${base}/`);
    await page.fill('#username', 'gill');
    await page.fill('#password', 'gill-choose-a-long-password');
    await page.click('button:has-text("Sign in")');
    await page.waitForSelector('h1:has-text("My work")');

    await page.click('a:has-text("Dashboard")');
    await page.waitForSelector('h1:has-text("Complaints dashboard")');
    await checked(page, 'dashboard-this-year');
    // The minute's year: chosen in the period form, which works without JavaScript.
    await page.check('input[name="period"][value="year"]');
    await page.selectOption('#year', '2023/24');
    await page.click('button:has-text("Show this period")');
    await page.waitForSelector('text=2023/24 beside 2022/23');
    await checked(page, 'dashboard-2023-24');
    const ch02 = page.locator('#ch02-stage1');
    expect(await ch02.locator('caption').textContent()).toContain('CH02');
    // Each tenure has two rows, last year then this year, under one heading.
    const rows = ch02.locator('tbody tr');
    expect(await rows.nth(0).textContent()).toContain('Low cost rental (LCRA)');
    expect(await rows.nth(0).textContent()).toContain('2022/23');
    const lcra = rows.nth(1);
    expect(await lcra.textContent()).toContain('2023/24');
    const charts = page.locator('figure.app-chart svg[role="img"]');
    expect(await charts.count()).toBe(3);
    // The README's picture: the top of the dashboard.
    await keepScreenshot(page, 'readme-dashboard', { x: 0, y: 0, width: 1280, height: 1800 });
    if (process.env.REDRESS_README_IMAGES === '1') {
      mkdirSync(join(README_IMAGE, '..'), { recursive: true });
      copyFileSync(join(ARTEFACTS, 'readme-dashboard.png'), README_IMAGE);
    }
    // Printed, and in greyscale: the page's content only.
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: join(ARTEFACTS, 'dashboard-print.pdf'), format: 'A4' });
    expect(await page.isVisible('.app-dashboard__chooser')).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // LCRA's Stage 1 complaints of 2023/24 not answered in time: the number, then its complaints.
    const missed = lcra.locator('td').nth(5).locator('a');
    const count = Number(await missed.textContent());
    expect(count).toBeGreaterThan(0);
    await missed.click();
    await page.waitForSelector('text=The complaints behind a figure');
    await checked(page, 'dashboard-missed-complaints');
    expect(await page.textContent('#figure')).toContain(
      'Stage 1 complaints not answered in time (CH02)',
    );
    const listed = await page.locator('main table tbody tr').count();
    expect(listed).toBe(Math.min(count, 25));
    const first = page.locator('main table tbody tr a').first();
    const opened = (await first.textContent())!.trim();
    await first.click();
    await page.waitForURL(/\/web\/complaints\/.+/);
    expect(await page.textContent('h1')).toContain(opened);
    await checked(page, 'dashboard-a-missed-complaint');
    await context.close();
  });

  it('found no accessibility violations and no Content Security Policy errors', () => {
    expect(violations).toEqual([]);
    expect(cspErrors).toEqual([]);
  });
});
