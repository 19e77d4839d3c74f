import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MemoryEventStore, type EventStore } from '@redress/event-store';
import { openReadModelDatabase } from '@redress/read-models';
import { chromium, errors, type Browser, type Page } from 'playwright-core';
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

export async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself: the default opens a blank page for every check to
  // combine the results of each frame (half of each check's time here), and these pages have no
  // frames from elsewhere to combine.
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return result.violations.map(
    (v) =>
      `${page.url()}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
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
