import { describe, expect, it } from 'vitest';
import { LecternError } from '../../../src/core/errors.js';
import type { FoundBrowser } from '../../../src/browser/find-browser.js';
import {
  ensureBrowser,
  manualInstallHint,
  type SetupEnvironment,
} from '../../../src/browser/install-browser.js';

/** A machine on which a browser appears once one of the install commands succeeds. */
function machine(over: Partial<SetupEnvironment> & { succeeds?: string }) {
  const runs: string[] = [];
  const logs: string[] = [];
  let installed: FoundBrowser | undefined;
  const env: SetupEnvironment = {
    locate: async () => {
      if (installed) return installed;
      throw new LecternError('No Chrome or Chromium found');
    },
    run: async (command, args) => {
      const line = [command, ...args].join(' ');
      runs.push(line);
      if (over.succeeds && line.includes(over.succeeds)) {
        installed = { path: '/usr/bin/chromium', source: 'system' };
        return { ok: true };
      }
      return { ok: false, reason: 'exit code 1' };
    },
    platform: 'linux',
    isRoot: true,
    isDebian: true,
    puppeteerCli: '/pkg/main-cli.js',
    cacheDir: '/root/.cache/puppeteer',
    log: (msg) => logs.push(msg),
    ...over,
  };
  return { env, runs, logs };
}

describe('ensureBrowser', () => {
  it('installs nothing when a browser is already there, and says which', async () => {
    const { env, runs, logs } = machine({
      locate: async () => ({ path: '/usr/bin/chromium', source: 'system' }),
    });
    await expect(ensureBrowser(env)).resolves.toEqual({
      path: '/usr/bin/chromium',
      source: 'system',
    });
    expect(runs).toEqual([]);
    expect(logs.join('\n')).toContain('/usr/bin/chromium');
  });

  it("tries Puppeteer's download first, then apt-get as root on Debian", async () => {
    const { env, runs, logs } = machine({ succeeds: 'apt-get' });
    await expect(ensureBrowser(env)).resolves.toMatchObject({ path: '/usr/bin/chromium' });
    expect(runs[0]).toContain('install chrome@stable --path /root/.cache/puppeteer');
    expect(runs[1]).toBe('sh -c apt-get update && apt-get install -y chromium');
    expect(logs.join('\n')).toContain("Puppeteer's download did not work (exit code 1)");
  });

  it('stops after a successful download', async () => {
    const { env, runs } = machine({ succeeds: 'chrome@stable' });
    await ensureBrowser(env);
    expect(runs).toHaveLength(1);
  });

  it('does not use apt-get when not root, and prints the exact command instead', async () => {
    const { env, runs } = machine({ isRoot: false });
    await expect(ensureBrowser(env)).rejects.toThrow('`sudo apt-get install -y chromium`');
    expect(runs.some((r) => r.includes('apt-get'))).toBe(false);
  });

  it('gives a command for each platform', () => {
    expect(manualInstallHint({ platform: 'darwin', isDebian: false, cacheDir: '/c' })).toBe(
      'brew install --cask google-chrome',
    );
    expect(manualInstallHint({ platform: 'win32', isDebian: false, cacheDir: 'C:\\c' })).toBe(
      'npx @puppeteer/browsers install chrome@stable --path C:\\c',
    );
  });
});
