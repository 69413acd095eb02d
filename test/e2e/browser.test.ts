// The launcher and the export's failure paths, with a real Chromium: clear one-line errors, previous
// PDFs untouched, and no browser process left behind.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LecternError } from '../../src/core/errors.js';
import { exportPdfs } from '../../src/pdf/index.js';
import { createBrowserManager, PROFILE_PREFIX } from '../../src/browser/launch-browser.js';
import { locateBrowser } from '../../src/browser/find-browser.js';
import { createPdfCommand } from '../../src/cli/commands/pdf.js';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../../src/cli/output.js';
import { fixtureDeck, writeFixtureSite } from '../fixtures/export/deck.js';
import { processesMentioning } from '../fixtures/export/read-pdf.js';

let root: string;
let browserPath: string;
const savedTmp = process.env.TMPDIR;
const deck = fixtureDeck('/work/content/address.md');
const OLD = ['address.pdf', 'address-handout.pdf', 'address-script.pdf'];

/** Each test's profile lives under its own TMPDIR, so its processes can be told from anyone else's. */
function isolate(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  process.env.TMPDIR = dir;
  return dir;
}

async function noProcessesLeft(marker: string): Promise<number[]> {
  for (let i = 0; i < 50 && processesMentioning(marker).length > 0; i++)
    await new Promise((ok) => setTimeout(ok, 100));
  return processesMentioning(marker);
}

/** A built site with previous PDFs in it, which a failed export must leave alone. */
function siteWithOldPdfs(dir: string): string {
  const site = join(dir, 'dist');
  writeFixtureSite(site, deck);
  for (const name of OLD) writeFileSync(join(site, name), `old ${name}`);
  return site;
}

function expectOldPdfs(site: string) {
  for (const name of OLD) expect(readFileSync(join(site, name), 'utf8')).toBe(`old ${name}`);
}

async function failure(run: Promise<unknown>): Promise<LecternError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LecternError);
  expect((error as LecternError).exitCode).toBe(1);
  expect((error as LecternError).message).not.toContain('\n');
  return error as LecternError;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'lectern-browser-e2e-'));
  browserPath = (await locateBrowser()).path;
});
afterEach(() => {
  process.env.TMPDIR = savedTmp;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('launcher', () => {
  it('launches lazily, once, in a temporary profile it removes on dispose', async () => {
    const dir = isolate('launch');
    const manager = createBrowserManager({ executablePath: browserPath });
    expect(manager.profileDir).toBeUndefined();
    const [a, b] = await Promise.all([manager.get(), manager.get()]);
    expect(a).toBe(b);
    const profile = manager.profileDir!;
    expect(profile.startsWith(join(dir, PROFILE_PREFIX))).toBe(true);
    expect(processesMentioning(dir).length).toBeGreaterThan(0);
    const page = await a.newPage();
    expect(await page.evaluate(() => 6 * 7)).toBe(42);
    await manager.dispose();
    await manager.dispose();
    expect(existsSync(profile)).toBe(false);
    expect(await noProcessesLeft(dir)).toEqual([]);
  });

  it('says which browser failed to start and what to do', async () => {
    isolate('not-a-browser');
    const fake = join(root, 'fake-browser.sh');
    writeFileSync(fake, '#!/bin/sh\necho "no such thing" >&2\nexit 3\n', { mode: 0o755 });
    const manager = createBrowserManager({ executablePath: fake, timeoutMs: 10_000 });
    const error = await failure(manager.get());
    expect(error.message).toContain(`Could not start the browser ${fake}`);
    await manager.dispose();
  });
});

describe('export failures', () => {
  it('a --browser path that does not exist: clear message, exit code 1, old PDFs kept', async () => {
    const site = siteWithOldPdfs(isolate('missing'));
    const command = createPdfCommand().exitOverride();
    const error = await failure(
      command.parseAsync(['node', 'pdf', site, '--browser', '/nowhere/chrome']),
    );
    expect(error.message).toBe(
      '--browser /nowhere/chrome: no such file. Give the path of a Chrome or Chromium executable.',
    );
    expectOldPdfs(site);
  });

  it('lectern pdf: exit code 0 and the files on stdout; exit code 1 and one line on stderr when it fails', async () => {
    const site = siteWithOldPdfs(isolate('cli'));
    const out: string[] = [];
    const err: string[] = [];
    const restore = captureOutput({ out: (t) => out.push(t), err: (t) => err.push(t) });
    try {
      expect(await main(['pdf', site, '--browser', '/nowhere/chrome'])).toBe(1);
      expect(err).toEqual([
        'lectern: --browser /nowhere/chrome: no such file. Give the path of a Chrome or Chromium executable.\n',
      ]);
      expectOldPdfs(site);
      expect(await main(['pdf', site, '--handout-layout', '6', '--paper', 'letter'])).toBe(0);
      expect(out.join('')).toMatch(/address-handout\.pdf {2}2 pages/);
      expect(readFileSync(join(site, 'address.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
      expect(await main(['pdf', site, '--handout-layout', '4'])).toBe(2);
      expect(err.at(-1)).toBe('lectern: --handout-layout 4: use 1, 2, 3 or 6 slides per page.\n');
    } finally {
      restore();
    }
  });

  it('a deck that never becomes print-ready: times out naming what it waited for', async () => {
    const dir = isolate('timeout');
    const site = siteWithOldPdfs(dir);
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    writeFileSync(join(site, 'index.html'), html.replace(/Reveal\.initialize\(/, 'void ('));
    const error = await failure(exportPdfs({ distDir: site, deck, browserPath, timeoutMs: 2_000 }));
    expect(error.message).toMatch(
      /^Timed out after 2 s while waiting for the deck's print view \(reveal\.js "pdf-ready"\)/,
    );
    expect(error.message).toContain('--timeout');
    expectOldPdfs(site);
    expect(await noProcessesLeft(dir)).toEqual([]);
  });

  it('a browser that dies mid-export: clear message, old PDFs kept, nothing left running', async () => {
    const dir = isolate('crash');
    const site = siteWithOldPdfs(dir);
    let pid = 0;
    const log = (msg: string) => {
      const m = /^browser: .*pid (\d+)\)$/.exec(msg);
      if (m) pid = Number(m[1]);
      if (msg.startsWith('handout:') && pid) process.kill(pid, 'SIGKILL');
    };
    const error = await failure(exportPdfs({ distDir: site, deck, browserPath, log }));
    expect(pid).toBeGreaterThan(0);
    // The three prints run at once; whichever notices first names its step.
    expect(error.message).toMatch(
      /^The browser quit unexpectedly while .+\. Nothing was written; try again\.$/,
    );
    expectOldPdfs(site);
    expect(await noProcessesLeft(dir)).toEqual([]);
    expect(readFileSync(join(site, 'lectern.json'), 'utf8')).toContain('"title"');
  });

  it('a browser that freezes once started: our one-line message within the limit, nothing left running', async () => {
    const dir = isolate('frozen');
    const site = siteWithOldPdfs(dir);
    // Starts Chromium, waits until it listens for DevTools, then stops it (SIGSTOP), as a
    // machine swapping itself to death or a hung driver would leave it.
    const wrapper = join(dir, 'frozen-chromium.sh');
    writeFileSync(
      wrapper,
      '#!/bin/sh\n' +
        `"${browserPath}" "$@" &\n` +
        'pid=$!\n' +
        'profile=$(printf "%s\\n" "$@" | sed -n "s/^--user-data-dir=//p")\n' +
        'while [ ! -s "$profile/DevToolsActivePort" ] && kill -0 $pid 2>/dev/null; do sleep 0.05; done\n' +
        'sleep 0.3\n' +
        'kill -STOP $pid\n' +
        'wait $pid\n',
      { mode: 0o755 },
    );
    const err: string[] = [];
    const restore = captureOutput({ out: () => undefined, err: (t) => err.push(t) });
    let code: number;
    try {
      code = await main(['pdf', site, '--browser', wrapper, '--timeout', '3']);
    } finally {
      restore();
    }
    expect(code).toBe(1);
    // An info line naming the browser, then the error on one line.
    const last = err.at(-1)!;
    expect(last).toMatch(
      /^lectern: (The browser stopped answering while .+ \(no reply in 3 s\)|Timed out after 3 s while|Could not start the browser .+: it stopped answering \(no reply in 3 s\))/,
    );
    expect(last.trimEnd()).not.toContain('\n');
    expect(err.join('')).not.toMatch(/protocolTimeout|\n\s+at /);
    expectOldPdfs(site);
    expect(await noProcessesLeft(dir)).toEqual([]);
  }, 30_000);
});
