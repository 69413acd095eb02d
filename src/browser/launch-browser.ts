// Launches the export browser once, lazily, in a throw-away profile, and makes sure no Chromium
// process outlives the command: `dispose()` on every path, and on SIGINT/SIGTERM too.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { LecternError } from '../core/errors.js';
import { atInterrupt } from '../core/interrupt.js';
import { withDeadline } from './guard.js';

/** Prefix of the temporary profile folder: also how a leftover process can be recognised. */
export const PROFILE_PREFIX = 'lectern-profile-';

/** Flags for running headless as root or in a container, and for making no network requests of its own. */
export function browserArgs(
  isRoot = process.getuid?.() === 0,
  inContainer = existsSync('/.dockerenv'),
): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-dev-shm-usage',
    // Processes an export never uses, each a renderer of its own (~40–60 MB PSS measured on
    // Chromium 156): the omnibox popup's WebUI, which even a headless browser preloads; a spare
    // renderer kept warm for the next navigation; and pages kept alive in the back-forward cache
    // after navigating away. puppeteer merges this list with its own.
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,SpareRendererForSitePerProcess,BackForwardCache',
    // Nothing here needs a GPU or WebGL: pages are printed and screenshotted in software. Without
    // these the GPU process also loads SwiftShader, ~20 MB PSS more at the export's peak (median
    // of 7 runs on a 200-slide deck: 603 -> 582 MB).
    '--disable-gpu',
    '--disable-software-rasterizer',
    // The network service in the browser process instead of a utility process of its own: all an
    // export loads is a few files from loopback. ~20 MB PSS less at the peak (median of 6 runs at
    // 200 slides: 584 -> 564 MB). The request guard sees every request the same way.
    '--enable-features=NetworkServiceInProcess2',
  ];
  return isRoot || inContainer ? ['--no-sandbox', ...args] : args;
}

/** Kills the browser and every helper in its process group (a stopped one too). */
function killGroup(browser: Browser): void {
  const child = browser.process();
  try {
    if (child?.pid) process.kill(-child.pid, 'SIGKILL');
  } catch {
    child?.kill('SIGKILL');
  }
}

/**
 * Kills every process whose command line mentions `marker` (the browser's unique profile folder),
 * the wrapper script and helpers of one that froze while starting included. Linux (/proc) only.
 */
function killMentioning(marker: string): void {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return;
  }
  for (const pid of pids) {
    try {
      if (Number(pid) === process.pid) continue;
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker)) {
        process.kill(Number(pid), 'SIGKILL');
      }
    } catch {
      // gone already, or not ours
    }
  }
}

export interface BrowserManager {
  /** Launches on first call; later calls return the same browser. */
  get(): Promise<Browser>;
  /** Closes the browser (killing it if it does not close) and removes its profile. Idempotent. */
  dispose(): Promise<void>;
  /** The profile folder, once launched. */
  readonly profileDir: string | undefined;
}

export function createBrowserManager(options: {
  executablePath: string;
  timeoutMs?: number;
}): BrowserManager {
  let launching: Promise<Browser> | undefined;
  let browser: Browser | undefined;
  let profileDir: string | undefined;
  const timeout = options.timeoutMs ?? 60_000;

  const killNow = () => {
    // Puppeteer starts Chromium in a process group of its own: end its helpers too, or they go on
    // writing into the profile folder being removed.
    if (browser) killGroup(browser);
    try {
      if (profileDir) {
        rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
      }
    } catch {
      // exiting anyway; the temp folder is the only leftover
    }
  };
  let release: (() => void) | undefined;

  const launch = async (): Promise<Browser> => {
    profileDir = mkdtempSync(join(tmpdir(), PROFILE_PREFIX));
    release = atInterrupt(killNow);
    try {
      browser = await startWithin(options.executablePath, profileDir, timeout);
      return browser;
    } catch (error) {
      throw launchFailure(error, options.executablePath, timeout);
    }
  };

  return {
    get: () => (launching ??= launch()),
    get profileDir() {
      return profileDir;
    },
    async dispose() {
      release?.();
      release = undefined;
      await launching?.catch(() => undefined);
      const current = browser;
      browser = undefined;
      if (current) await closeOrKill(current);
      if (profileDir) await removeProfile(profileDir);
      profileDir = undefined;
      launching = undefined;
    },
  };
}

/**
 * Chromium started in `profileDir`. A browser that freezes while it starts is abandoned after the
 * limit, and killed with its helpers should it ever finish starting.
 */
async function startWithin(
  executablePath: string,
  profileDir: string,
  timeout: number,
): Promise<Browser> {
  const starting = puppeteer.launch(launchOptions(executablePath, profileDir, timeout));
  let abandoned = false;
  starting.then((late) => abandoned && killGroup(late)).catch(() => undefined);
  return withDeadline(starting, timeout + 3_000, 'starting').catch((error: unknown) => {
    abandoned = true;
    // Puppeteer has not handed over the process: find it by its profile folder.
    killMentioning(profileDir);
    throw error;
  });
}

function launchOptions(executablePath: string, profileDir: string, timeout: number) {
  return {
    executablePath,
    headless: true,
    userDataDir: profileDir,
    args: browserArgs(),
    timeout,
    // Every protocol call is bounded by the same limit: a browser that freezes after it has
    // started (stopped, swapping) ends the command instead of holding it.
    protocolTimeout: timeout,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  };
}

/** Lectern's one-line message for a browser that would not start or stopped answering. */
function launchFailure(error: unknown, executablePath: string, timeout: number): LecternError {
  const first = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const frozen = /protocolTimeout|^no answer while/.test(first);
  const reason = frozen ? `it stopped answering (no reply in ${timeout / 1000} s)` : first;
  return new LecternError(
    `Could not start the browser ${executablePath}: ${reason}. ` +
      'Pass another with --browser PATH, or run `npm run setup`.',
    { cause: error },
  );
}

/** Closes the browser, or kills it with its helpers when it does not close within 2 s. */
async function closeOrKill(browser: Browser): Promise<void> {
  const closed = browser.close().then(
    () => true,
    () => false,
  );
  const inTime = await Promise.race([
    closed,
    new Promise<false>((ok) => setTimeout(() => ok(false), 2_000).unref()),
  ]);
  if (!inTime) killGroup(browser);
}

/**
 * A killed browser's helpers may still be writing to the profile for a moment: retry, and never
 * let a leftover temp folder hide the error that brought us here.
 */
async function removeProfile(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(
    () => undefined,
  );
}
