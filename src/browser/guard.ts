// Keeps the export browser on loopback and turns its failures into one-line errors that say what
// was being waited for.
import type { Browser, Page } from 'puppeteer-core';
import { LecternError } from '../core/errors.js';

/**
 * Opens a page that may load only from `origins` (plus data:/blob:); every other request is aborted
 * and recorded. `fresh` asks for a new tab even when the browser's first page is still unused.
 */
export async function openGuardedPage(
  browser: Browser,
  origins: string[],
  blocked: string[],
  log: (msg: string) => void,
  fresh = false,
): Promise<Page> {
  // Reuse the blank page the browser starts with: another page would be another renderer process.
  const [blank] = fresh ? [] : await browser.pages();
  // A window of its own rather than a tab, so neither page is hidden (a hidden tab gets no frames).
  const page = blank ?? (await browser.newPage(fresh ? { type: 'window' } : undefined));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (origins.some((o) => url.startsWith(o)) || /^(data|blob|about):/.test(url)) {
      void request.continue();
      return;
    }
    if (!blocked.includes(url)) {
      blocked.push(url);
      log(`blocked a request that would leave this machine: ${url}`);
    }
    void request.abort('blockedbyclient');
  });
  return page;
}

/** Beyond a step's own limit, how long before it is abandoned whatever it is waiting for. */
const DEADLINE_GRACE_MS = 3_000;

class Abandoned extends Error {
  override name = 'Abandoned';
}

/** `work`, or an Abandoned error once `ms` have passed (a browser that answers nothing at all). */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Abandoned(`no answer while ${what}`)), ms);
  });
  work.catch(() => undefined); // it may still fail after being abandoned
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** Runs one export step; a timeout, a crashed browser or any other failure becomes a LecternError naming the step. */
export async function step<T>(
  what: string,
  browser: () => Browser | undefined,
  timeoutMs: number,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await withDeadline(run(), timeoutMs + DEADLINE_GRACE_MS, what);
  } catch (error) {
    if (error instanceof LecternError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    const current = browser();
    if (current && !current.connected) {
      throw new LecternError(
        `The browser quit unexpectedly while ${what}. Nothing was written; try again.`,
        {
          cause: error,
        },
      );
    }
    if (
      error instanceof Abandoned ||
      (error instanceof Error && /protocolTimeout/.test(error.message))
    ) {
      throw new LecternError(
        `The browser stopped answering while ${what} (no reply in ${formatSeconds(timeoutMs)}), so it was stopped. Nothing was written; try again, or raise --timeout <seconds>.`,
        { cause: error },
      );
    }
    if (isTimeout(error)) {
      throw new LecternError(
        `Timed out after ${formatSeconds(timeoutMs)} while ${what}. Raise the limit with --timeout <seconds> if the deck is large.`,
        { cause: error },
      );
    }
    throw new LecternError(`Failed while ${what}: ${message.split('\n')[0]}`, {
      cause: error,
    });
  }
}

/** Puppeteer's own timeouts: a wait that ran out, or a protocol call the browser never answered. */
function isTimeout(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'TimeoutError' || /timed out|protocolTimeout/i.test(error.message);
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
