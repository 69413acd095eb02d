// The loopback server's caching: nothing by default (a rebuilt deck is never served stale); with
// cacheAssets, the browser may keep fonts and CSS (the export's print pages share them) but never
// the HTML, which each export writes anew.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../../src/build/static-server.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-static-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><p>deck</p>');
  writeFileSync(join(dir, 'print.css'), 'p { color: red }');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cacheControl(cacheAssets: boolean | undefined, path: string) {
  const server = await startStaticServer(dir, cacheAssets === undefined ? {} : { cacheAssets });
  try {
    const res = await fetch(`${server.url}${path}`);
    await res.arrayBuffer();
    return { status: res.status, cache: res.headers.get('cache-control') };
  } finally {
    await server.close();
  }
}

describe('static server caching', () => {
  it('lets the browser cache nothing by default', async () => {
    expect(await cacheControl(undefined, 'print.css')).toEqual({ status: 200, cache: 'no-store' });
    expect(await cacheControl(undefined, '')).toEqual({ status: 200, cache: 'no-store' });
  });

  it('with cacheAssets, keeps CSS and fonts cacheable but never the HTML', async () => {
    expect((await cacheControl(true, 'print.css')).cache).toMatch(/max-age=\d+/);
    expect(await cacheControl(true, 'index.html')).toEqual({ status: 200, cache: 'no-store' });
    expect(await cacheControl(true, '')).toEqual({ status: 200, cache: 'no-store' });
  });
});
