import { describe, expect, it } from 'vitest';
import type { BrowserManager } from '../../../src/browser/launch-browser.js';
import { managerFor } from '../../../src/browser/manager-for.js';

describe('managerFor', () => {
  it("returns the caller's shared manager as it is, not owned: its owner closes it", async () => {
    const shared: BrowserManager = {
      get: () => Promise.reject(new Error('not launched in this test')),
      dispose: () => Promise.resolve(),
      profileDir: undefined,
    };
    const got = await managerFor({ manager: shared, browserPath: '/nowhere/chromium' });
    expect(got.owned).toBe(false);
    expect(got.manager).toBe(shared);
  });

  it('creates a manager for the browser path, owned by the caller and not launched yet', async () => {
    // Any existing file passes the finder's --browser step; nothing is launched until get().
    const got = await managerFor({ browserPath: process.execPath, timeoutMs: 1000 });
    expect(got.owned).toBe(true);
    expect(got.manager.profileDir).toBeUndefined();
    await got.manager.dispose();
  });

  it('says where it looked when the browser path does not exist', async () => {
    await expect(managerFor({ browserPath: '/nowhere/chromium' })).rejects.toThrow(
      '/nowhere/chromium',
    );
  });
});
