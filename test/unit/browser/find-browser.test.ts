import { describe, expect, it } from 'vitest';
import {
  findBrowser,
  systemBrowserPaths,
  type FinderContext,
} from '../../../src/browser/find-browser.js';
import { LecternError } from '../../../src/core/errors.js';

function ctx(existing: string[], over: Partial<FinderContext> = {}): FinderContext {
  return { env: {}, platform: 'linux', cached: [], exists: (p) => existing.includes(p), ...over };
}

describe('findBrowser', () => {
  it('takes --browser over every other source', () => {
    const found = findBrowser(
      ctx(['/opt/mine', '/env/lectern', '/usr/bin/chromium'], {
        browserPath: '/opt/mine',
        env: { LECTERN_BROWSER: '/env/lectern' },
      }),
    );
    expect(found).toEqual({ path: '/opt/mine', source: '--browser' });
  });

  it('walks the environment variables in order: LECTERN_BROWSER, PUPPETEER_EXECUTABLE_PATH, CHROME_PATH', () => {
    const env = { LECTERN_BROWSER: '/a', PUPPETEER_EXECUTABLE_PATH: '/b', CHROME_PATH: '/c' };
    expect(findBrowser(ctx(['/a', '/b', '/c'], { env })).source).toBe('LECTERN_BROWSER');
    expect(
      findBrowser(ctx(['/b', '/c'], { env: { ...env, LECTERN_BROWSER: undefined } })).source,
    ).toBe('PUPPETEER_EXECUTABLE_PATH');
    expect(
      findBrowser(
        ctx(['/c', '/usr/bin/chromium'], {
          env: { CHROME_PATH: '/c', PUPPETEER_EXECUTABLE_PATH: '/gone' },
        }),
      ),
    ).toEqual({
      path: '/c',
      source: 'CHROME_PATH',
    });
  });

  it("prefers Puppeteer's cached browser to a system one", () => {
    const cached = '/root/.cache/puppeteer/chrome/linux-131/chrome-linux64/chrome';
    expect(findBrowser(ctx([cached, '/usr/bin/chromium'], { cached: [cached] }))).toEqual({
      path: cached,
      source: 'puppeteer cache',
    });
  });

  it('finds Debian Chromium, then Google Chrome, in the usual places', () => {
    expect(findBrowser(ctx(['/usr/bin/chromium', '/usr/bin/google-chrome'])).path).toBe(
      '/usr/bin/chromium',
    );
    expect(findBrowser(ctx(['/usr/bin/google-chrome-stable'])).path).toBe(
      '/usr/bin/google-chrome-stable',
    );
    expect(findBrowser(ctx(['/snap/bin/chromium'])).source).toBe('system');
  });

  it('knows macOS and Windows install locations', () => {
    expect(systemBrowserPaths('darwin', {})[0]).toBe(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    const win = systemBrowserPaths('win32', { PROGRAMFILES: 'C:\\Program Files' });
    expect(win).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(win).toContain('C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  it('rejects a --browser path that does not exist instead of silently using another', () => {
    expect(() => findBrowser(ctx(['/usr/bin/chromium'], { browserPath: '/typo/chrome' }))).toThrow(
      '--browser /typo/chrome: no such file',
    );
    expect(() =>
      findBrowser(ctx(['/usr/bin/chromium'], { env: { LECTERN_BROWSER: '/nope' } })),
    ).toThrow('LECTERN_BROWSER=/nope: no such file');
  });

  it('says where it looked and the one command that fixes it when nothing is found', () => {
    let error: unknown;
    try {
      findBrowser(ctx([], { env: { CHROME_PATH: '/old/chrome' } }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LecternError);
    const message = (error as Error).message;
    expect(message).toContain('CHROME_PATH=/old/chrome (missing)');
    expect(message).toContain('/usr/bin/chromium');
    expect(message).toContain("Puppeteer's cache");
    expect(message).toContain('`npm run setup`');
    expect(message).not.toContain('\n');
  });
});
