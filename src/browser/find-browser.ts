// Finds a Chromium-based browser for PDF export by an ordered chain: what the user named first,
// then Puppeteer's own download, then the usual install locations of each platform.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { LecternError } from '../core/errors.js';

export type BrowserSource =
  | '--browser'
  | 'LECTERN_BROWSER'
  | 'PUPPETEER_EXECUTABLE_PATH'
  | 'CHROME_PATH'
  | 'puppeteer cache'
  | 'system';

export interface FoundBrowser {
  path: string;
  source: BrowserSource;
}

export interface FinderContext {
  /** The `--browser PATH` option. */
  browserPath?: string;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  /** Executables of browsers Puppeteer downloaded into its cache, newest first. */
  cached: string[];
  exists: (path: string) => boolean;
}

/** The one command that fixes a missing browser. */
export const SETUP_COMMAND = 'npm run setup';

/** Install locations of Chrome, Chromium and Edge, most likely first. */
export function systemBrowserPaths(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
): string[] {
  if (platform === 'darwin') {
    const apps = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
    ];
    const home = env.HOME ?? '';
    return [
      ...apps.map((a) => `/Applications/${a}`),
      ...(home ? apps.map((a) => `${home}/Applications/${a}`) : []),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (r): r is string => Boolean(r),
    );
    const apps = [
      'Google\\Chrome\\Application\\chrome.exe',
      'Chromium\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
    ];
    return roots.flatMap((root) => apps.map((a) => `${root}\\${a}`));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
    '/snap/bin/chromium',
    '/usr/local/bin/chromium',
    '/opt/google/chrome/chrome',
  ];
}

const ENV_SOURCES = ['LECTERN_BROWSER', 'PUPPETEER_EXECUTABLE_PATH', 'CHROME_PATH'] as const;

/**
 * Pure: walks the chain and returns the first browser that exists. A path the user named
 * (`--browser`, `LECTERN_BROWSER`) that does not exist is an error of its own, not a fall-through:
 * silently using another browser would hide the typo.
 */
export function findBrowser(ctx: FinderContext): FoundBrowser {
  if (ctx.browserPath) {
    if (ctx.exists(ctx.browserPath)) return { path: ctx.browserPath, source: '--browser' };
    throw new LecternError(
      `--browser ${ctx.browserPath}: no such file. Give the path of a Chrome or Chromium executable.`,
    );
  }
  const looked: string[] = [];
  for (const name of ENV_SOURCES) {
    const value = ctx.env[name];
    if (!value) continue;
    if (ctx.exists(value)) return { path: value, source: name };
    if (name === 'LECTERN_BROWSER') {
      throw new LecternError(
        `LECTERN_BROWSER=${value}: no such file. Point it at a Chrome or Chromium executable, or unset it.`,
      );
    }
    looked.push(`${name}=${value} (missing)`);
  }
  const cached = ctx.cached.find((p) => ctx.exists(p));
  if (cached) return { path: cached, source: 'puppeteer cache' };
  looked.push(`Puppeteer's cache (${ctx.cached.length ? ctx.cached.join(', ') : 'empty'})`);
  const candidates = systemBrowserPaths(ctx.platform, ctx.env);
  const system = candidates.find((p) => ctx.exists(p));
  if (system) return { path: system, source: 'system' };
  looked.push(candidates.join(', '));
  throw new LecternError(
    `No Chrome or Chromium found for PDF export (looked in --browser, LECTERN_BROWSER, ` +
      `PUPPETEER_EXECUTABLE_PATH, CHROME_PATH, ${looked.join('; ')}). ` +
      `Run \`${SETUP_COMMAND}\` to find or install one, or pass --browser PATH.`,
  );
}

/** Puppeteer's cache folder, as Puppeteer itself computes it. */
export function puppeteerCacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.PUPPETEER_CACHE_DIR ?? join(homedir(), '.cache', 'puppeteer');
}

/**
 * Executables of the browsers in Puppeteer's cache. `@puppeteer/browsers` comes with
 * puppeteer-core; if it cannot be loaded or the cache is unreadable, there are none.
 */
export async function listCachedBrowsers(cacheDir = puppeteerCacheDir()): Promise<string[]> {
  if (!existsSync(cacheDir)) return [];
  try {
    const browsers = await import('@puppeteer/browsers');
    const installed = await browsers.getInstalledBrowsers({ cacheDir });
    return installed
      .filter((b) => b.browser === 'chrome' || b.browser === 'chromium')
      .sort((a, b) => b.buildId.localeCompare(a.buildId, 'en', { numeric: true }))
      .map((b) => b.executablePath);
  } catch {
    return [];
  }
}

/** The chain against the real environment. */
export async function locateBrowser(browserPath?: string): Promise<FoundBrowser> {
  return findBrowser({
    browserPath,
    env: process.env,
    platform: process.platform,
    cached: await listCachedBrowsers(),
    exists: existsSync,
  });
}
