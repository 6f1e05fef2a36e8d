// The HTML report opened in a real headless Chromium (Debian's package): what a reader sees, and that planted
// markup stays text. Skipped where /usr/bin/chromium is absent (.ci/run installs it).
import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../src/cli/main.js';
import { readReport } from '../src/index.js';
import { fazhi } from '../src/profiles/index.js';

const TEMPLATE_PARTS = fazhi.order;
import { ROOT, SAMPLES, S, samplePath } from './helpers/samples.js';

const CHROMIUM = '/usr/bin/chromium';
const FIXTURES = join(ROOT, 'test', 'fixtures', 'report-injection');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe.skipIf(!existsSync(CHROMIUM))('govdiff report in headless Chromium', () => {
  let dir = '';
  let out = '';
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let browser: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let page: any;
  const agencies = Object.values(S).map((n) => readReport(samplePath(n)).meta.agency as string);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'govdiff-report-'));
    // the samples plus a copy of one with <script> and an attribute injection planted in its text
    const inputs = join(dir, 'inputs');
    mkdirSync(inputs);
    for (const n of Object.values(S)) copyFileSync(samplePath(n), join(inputs, n));
    copyFileSync(join(FIXTURES, 'injected.txt'), join(inputs, '005_injected.txt'));
    out = join(dir, 'report.html');
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await main(['report', inputs, '--out', out]);
    vi.restoreAllMocks();
    expect(process.exitCode ?? 0).toBe(0);

    const { chromium } = await import('playwright-core');
    // a fresh profile per run: playwright takes it as userDataDir, not as --user-data-dir
    browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1366, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e: Error) => errors.push(e.message));
    await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
    // a planted script that ran could only have raised these or set window.__pwned
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    process.exitCode = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows every agency in the metadata table', async () => {
    const table = await page.locator('#reports table').innerText();
    for (const a of agencies) expect(table).toContain(a);
    expect(await page.locator('#reports tbody tr').count()).toBe(6);
  });

  it('shows every mandated part with one column per report', async () => {
    for (const part of TEMPLATE_PARTS) {
      const section = page.locator(`section[data-part="${part}"]`);
      await expect(section.isVisible()).resolves.toBe(true);
      expect(await section.locator('thead th[data-file]').count()).toBe(6);
      expect(await section.locator('h2').innerText()).toContain(part);
    }
  });

  it('puts each report’s own words under its part, and says which parts a report lacks', async () => {
    const problems = await page.locator('section[data-part="problems"] tbody').innerText();
    // 001 states its problems inside its measures: they still appear under problems
    expect(problems).toContain('基层法治建设力度有待进一步提升');
    const head = await page.locator('section[data-part="problems"] thead').innerText();
    expect(head).toContain('found inside another part');
    const duties = await page.locator('section[data-part="duties"] thead').innerText();
    expect(duties).toContain('no such part');
  });

  it('runs no planted script and shows the markup as text', async () => {
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('[onerror], [onmouseover], img').count()).toBe(0);
    const text = await page.locator('body').innerText();
    expect(text).toContain('<script>window.__pwned=1</script>');
    expect(text).toContain('" onmouseover="window.__pwned=2" data-x="<img src=x onerror=window.__pwned=3>');
    // hovering the injected heading does nothing either
    await page.getByText('onmouseover="window.__pwned=2"').first().hover();
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
  });

  it('saves a full-page screenshot of a readable size', async () => {
    const shot = join(process.env.GOVDIFF_SCREENSHOT_DIR ?? dir, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    const { width, height } = pngSize(shot);
    expect(width).toBe(1366);
    // five parts side by side make a long page; a blank or collapsed page would be a screen or less
    expect(height).toBeGreaterThan(3000);
    expect(statSync(shot).size).toBeGreaterThan(100_000);
  });
});

describe('the report file', () => {
  it('is replaced only when the new page is written whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'govdiff-report-'));
    try {
      const out = join(dir, 'report.html');
      vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      await main(['report', samplePath(S.jiangjin), '--out', out]);
      const first = readFileSync(out, 'utf8');
      expect(first).toContain('重庆市江津区科学技术局');
      // a directory that is not there: nothing written, the old file untouched
      await main(['report', SAMPLES, '--out', join(dir, 'missing', 'report.html')]);
      expect(process.exitCode).toBe(1);
      expect(readFileSync(out, 'utf8')).toBe(first);
      expect(existsSync(join(dir, 'missing'))).toBe(false);
    } finally {
      vi.restoreAllMocks();
      process.exitCode = undefined;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
