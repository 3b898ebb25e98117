// The report opened in a real browser: Debian's chromium, headless, driven by playwright-core
// (no browser download). Skipped where /usr/bin/chromium is absent; .ci/run installs it in CI.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { extractFiles } from '../src/files.js';
import { renderReport } from '../src/report/index.js';
import type { OutputRecord } from '../src/types.js';
import { ROOT } from './helpers/cli.js';

// The page functions below run in the browser; the project compiles without the DOM library, so
// they see these few globals through a minimal local shape.
interface PageElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
}
declare const document: { activeElement: PageElement | null; body: PageElement };
declare const window: { scrollTo(x: number, y: number): void };
declare function getComputedStyle(el: unknown, pseudo?: string): { content: string; backgroundColor: string; textDecorationLine: string };

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const SKIP_REASON = `no Chromium at ${CHROMIUM} (apt-get install chromium, as .ci/run does; or set CHROMIUM_PATH)`;
// UPDATE_DOCS_SCREENSHOT=1 refreshes the screenshot the README shows.
const DOCS_SCREENSHOT = join(ROOT, 'docs', 'report.png');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('the report in headless Chromium', () => {
  const artifacts = mkdtempSync(join(tmpdir(), 'extract-browser-'));
  let browser: Browser | undefined;
  let page: Page;
  let url: string;

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) return;
    const records: OutputRecord[] = [];
    // Relative to the root, so the page shows paths as a user gives them.
    for await (const r of extractFiles(['fixtures/seeds'], { jobs: 1 })) records.push(r);
    const file = join(artifacts, 'report.html');
    writeFileSync(file, renderReport(records, { title: 'extract report: the seed articles' }));
    url = pathToFileURL(file).href;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme: 'light' });
    await page.goto(url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it.for(['date', 'figure', 'org', 'person', 'place'])('shows %s highlights', async (kind, ctx) => {
    if (!browser) return ctx.skip(SKIP_REASON);
    const count = await page.locator(`mark.k-${kind}`).count();
    expect(count).toBeGreaterThan(0);
    await expect(page.locator(`mark.k-${kind}`).first().isVisible()).resolves.toBe(true);
  });

  it('focuses a highlight on click and shows its value in the status bar', async (ctx) => {
    if (!browser) return ctx.skip(SKIP_REASON);
    const mark = page.locator('mark.k-figure').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    const value = await mark.getAttribute('data-v');
    expect(value).toMatch(/^(count|percent|money|quantity|ordinal) /);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-v'))).toBe(value);
    expect(await page.locator('#detail').textContent()).toContain(value!);
    // The tooltip is drawn by CSS on focus.
    const tooltip = await mark.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(tooltip).toContain(value!);
    const shot = join(artifacts, 'report-focused.png');
    await page.screenshot({ path: shot });
    console.log(`browser test screenshot: ${shot}`);
    if (process.env.UPDATE_DOCS_SCREENSHOT) {
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      copyFileSync(shot, DOCS_SCREENSHOT);
    }
  });

  it('moves through the highlights with the keyboard', async (ctx) => {
    if (!browser) return ctx.skip(SKIP_REASON);
    await page.locator('mark').first().focus();
    const first = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Tab');
    const second = await page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent }));
    expect(second.tag).toBe('MARK');
    expect(second.text).not.toBeUndefined();
    expect(await page.locator('#detail').textContent()).toContain(second.text!);
    expect(first).toBeTruthy();
  });

  it('hides one kind from the legend', async (ctx) => {
    if (!browser) return ctx.skip(SKIP_REASON);
    const background = () => page.locator('mark.k-place').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const before = await background();
    await page.locator('.legend input[data-kind="place"]').uncheck();
    expect(await background()).toBe('rgba(0, 0, 0, 0)');
    await page.locator('.legend input[data-kind="place"]').check();
    expect(await background()).toBe(before);
  });

  it('strikes removed boilerplate through, with its reason', async (ctx) => {
    if (!browser) return ctx.skip(SKIP_REASON);
    await page.locator('details summary').first().click();
    const del = page.locator('ul.removed del').first();
    expect(await del.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through');
    expect(await page.locator('ul.removed .reason').first().textContent()).toMatch(/^[a-z-]+$/);
  });

  it('reads in dark mode, and makes a screenshot of each scheme', async (ctx) => {
    if (!browser) return ctx.skip(SKIP_REASON);
    const body = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(() => window.scrollTo(0, 0));
    const light = await body();
    await page.screenshot({ path: join(artifacts, 'report-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await body();
    await page.screenshot({ path: join(artifacts, 'report-dark.png') });
    expect(dark).not.toBe(light);
    console.log(`browser test screenshots: ${artifacts}/report-{light,dark,focused}.png`);
  });
});
