// The print view is laid out once every font and image has loaded: the saved print view (and so
// the slides PDF) is the same whether the fonts arrive at once or late, as on a busy machine.
// Late fonts are made certain here by holding back every font response.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../src/server/static-server.js';
import { openPrintView, printUrl } from '../../src/pdf/print-slides.js';
import { runCli } from './helpers/cli.js';
import { launchBrowser } from './helpers/browser.js';

const root = mkdtempSync(join(tmpdir(), 'lectern-e2e-print-layout-'));
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const out = join(root, 'dist');
  const built = await runCli('build', 'content/address.md', '--out', out, '--no-pdf', '--quiet');
  expect(built.code, built.err).toBe(0);
  server = await startStaticServer(join(root, 'dist'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Where the print view placed each slide on its page, with fonts held back by `delayMs`. */
async function layout(delayMs: number): Promise<{ tops: string[]; fonts: number }> {
  const page = await browser.newPage();
  let fonts = 0;
  try {
    await page.setViewport({ width: 1280, height: 720 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (!/\.woff2?$/.test(new URL(request.url()).pathname)) return void request.continue();
      fonts++;
      setTimeout(() => void request.continue(), delayMs);
    });
    await openPrintView(page, printUrl(server.url, false), 30_000);
    const tops = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('.pdf-page > section'), (s) => s.style.top),
    );
    return { tops, fonts };
  } finally {
    await page.close();
  }
}

describe('the print view', () => {
  it('places every slide the same when its fonts arrive late', async () => {
    const prompt = await layout(0);
    const late = await layout(1_500);
    expect(late.fonts).toBeGreaterThan(0);
    expect(prompt.tops.length).toBeGreaterThan(3);
    expect(late.tops).toEqual(prompt.tops);
  });
});
