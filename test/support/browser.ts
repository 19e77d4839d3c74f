import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MemoryEventStore, type EventStore } from '@redress/event-store';
import { openReadModelDatabase } from '@redress/read-models';
import type * as Axe from 'axe-core';
import {
  chromium,
  errors,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { loadTokenKeys } from '../../apps/api/src/auth/token-keys';
import { createApp } from '../../apps/api/src/bootstrap/create-app';
import { loadConfig } from '@redress/config';

export const CHROMIUM = '/usr/bin/chromium';
/** Screenshots and printed letters from the browser suite: test artefacts, not committed. */
export const ARTEFACTS = join(__dirname, '..', '..', 'test-artifacts', 'browser');

/** Why the browser suite cannot run here, or undefined when it can. */
export function browserMissing(): string | undefined {
  return existsSync(CHROMIUM)
    ? undefined
    : `${CHROMIUM} is not installed (apt-get install chromium); the browser suite is skipped`;
}

export function launchChromium(): Promise<Browser> {
  mkdirSync(ARTEFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * The api as `npm start` runs it, on a free port (or the one given), with a temporary data
 * directory and any further settings, over an empty memory store or the one given (e.g. with a
 * data set already played into it).
 */
export async function startWebServer(
  options: { store?: EventStore; env?: Record<string, string>; port?: number } = {},
): Promise<{ app: NestFastifyApplication; url: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'redress-web-'));
  const config = loadConfig({
    REDRESS_STORE: 'memory',
    REDRESS_DATA_DIR: dataDir,
    REDRESS_LOG_LEVEL: 'silent',
    REDRESS_LANDLORD_NAME: 'Riverside Homes',
    REDRESS_LANDLORD_ADDRESS: '1 River Street|Riverton|RV1 2AB',
    ...options.env,
  });
  const app = await createApp({
    config,
    store: options.store ?? new MemoryEventStore(),
    keys: await loadTokenKeys(config),
    readModels: await openReadModelDatabase(':memory:'),
  });
  await app.listen(options.port ?? 0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${address.port}` };
}

/** WCAG 2.2 AA, as axe-core checks it: every page visited must have no violations. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's own script, as its package ships it. */
const AXE_SCRIPT = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * A browser context whose every page has axe-core loaded as it opens. Putting the script into
 * the page for each check (as `@axe-core/playwright` does, twice per check) took half of each
 * check's time, and the browser suites check every page they visit.
 */
export async function openContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: AXE_SCRIPT });
  return context;
}

/** The page's WCAG 2.2 AA violations, as axe-core finds them, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // A page written by the test (setContent) or opened outside openContext has no axe yet.
  // (Run in the page: `globalThis` is its window.)
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SCRIPT);
  const violations = await page.evaluate(async (tags) => {
    const { axe, document } = globalThis as unknown as {
      axe: typeof Axe;
      document: Axe.ElementContext;
    };
    // Only the violations' nodes are listed: the passes' are not needed, and listing costs.
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, WCAG_TAGS);
  return violations.map(
    (v) => `${page.url()}: ${v.id} (${v.impact}) ${v.help} — ${v.targets.join(', ')}`,
  );
}

/** How long a screenshot may take before it is given up: a picture, never a check. */
const SCREENSHOT_TIMEOUT_MS = 20_000;
/** Pages whose screenshot timed out: Chromium queues the next capture behind the stuck one. */
const stuckCapture = new WeakSet<Page>();

/**
 * Keeps a screenshot of the page as a test artefact (and, for some, a README picture). A
 * screenshot asserts nothing, so one that does not come is reported and the test goes on: on a
 * busy machine headless Chromium has been seen to leave a capture unanswered while the page
 * itself still worked, and a test failed for the picture, not for Redress. Any earlier file of
 * the same name is removed first, so a stale picture is never taken for a new one.
 */
export async function keepScreenshot(
  page: Page,
  name: string,
  clip?: { x: number; y: number; width: number; height: number },
): Promise<boolean> {
  const path = join(ARTEFACTS, `${name}.png`);
  rmSync(path, { force: true });
  if (stuckCapture.has(page)) {
    console.warn(`No screenshot ${name}.png: an earlier capture of this page did not finish`);
    return false;
  }
  try {
    await page.screenshot({ path, fullPage: true, clip, timeout: SCREENSHOT_TIMEOUT_MS });
    return true;
  } catch (error) {
    if (!(error instanceof errors.TimeoutError)) throw error;
    stuckCapture.add(page);
    console.warn(`No screenshot ${name}.png: Chromium did not capture ${page.url()} in time`);
    return false;
  }
}

/**
 * Every page a browser test visits: loaded, checked by axe-core against WCAG 2.2 AA (its
 * violations added to the list the suite asserts empty at its end), and kept as a screenshot.
 */
export async function checkPage(page: Page, violations: string[], name: string): Promise<void> {
  await page.waitForLoadState('load');
  violations.push(...(await axeViolations(page)));
  await keepScreenshot(page, name);
}

/** A port free at this moment, for a server whose address another must know before it starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
