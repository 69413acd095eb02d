// The browser a step runs in: the one a caller shares with it, or one of its own. Stage-ready's
// checks and the PowerPoint export both either borrow the build's browser or, run alone, start
// their own; this says which, so that each closes only what it started.
import { locateBrowser } from './find-browser.js';
import { createBrowserManager, type BrowserManager } from './launch-browser.js';

export interface ManagedBrowser {
  manager: BrowserManager;
  /**
   * True when `manager` was created here: the step that asked owns it and disposes it when done.
   * False when it is the caller's shared one: its owner closes it, the step only its own pages.
   */
  owned: boolean;
}

/**
 * `options.manager` when given (not owned); else a manager for the browser at `browserPath` (or
 * the one `locateBrowser` finds), launched lazily on its first `get()`, owned by the caller.
 */
export async function managerFor(options: {
  manager?: BrowserManager;
  browserPath?: string;
  timeoutMs?: number;
}): Promise<ManagedBrowser> {
  if (options.manager) return { manager: options.manager, owned: false };
  const executablePath = (await locateBrowser(options.browserPath)).path;
  return {
    manager: createBrowserManager({ executablePath, timeoutMs: options.timeoutMs }),
    owned: true,
  };
}
