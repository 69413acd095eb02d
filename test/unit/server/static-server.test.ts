// The loopback server's caching: nothing by default (a rebuilt deck is never served stale); with
// cacheAssets, the browser may keep fonts and CSS (the export's print pages share them) but never
// the HTML, which each export writes anew. Then what a hostile page or tool can send: malformed
// URLs, paths and symlinks out of the folder, dotfiles, foreign Host names.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../../src/server/static-server.js';

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

/** One raw request, as a hostile page or tool could send it; the status line's code. */
function rawStatus(url: string, request: string): Promise<{ status: number; head: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((done, fail) => {
    const socket = connect(Number(port), hostname.replace(/^\[|\]$/g, ''));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('end', () => {
      const head = text.split('\r\n\r\n')[0] ?? '';
      done({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1] ?? 0), head });
    });
    socket.on('error', fail);
    socket.write(request);
  });
}

const get = (url: string, path: string, host = new URL(url).host) =>
  rawStatus(url, `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);

describe('lectern serve’s server under hostile requests', () => {
  let server: StaticServer;
  let outside: string;

  beforeAll(async () => {
    outside = mkdtempSync(join(tmpdir(), 'lectern-static-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'not for the deck');
    mkdirSync(join(dir, '.git'), { recursive: true });
    writeFileSync(join(dir, '.git', 'config'), '[core]');
    writeFileSync(join(dir, '.env'), 'TOKEN=1');
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'photo.png'));
    symlinkSync(outside, join(dir, 'linked'));
    server = await startStaticServer(dir, {
      allowedHosts: ['deck.example'],
      policy: "default-src 'self'",
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(outside, { recursive: true, force: true });
  });

  it('answers a malformed URL with 400 and keeps serving', async () => {
    expect((await get(server.url, '/%')).status).toBe(400);
    expect((await get(server.url, '/%E0%A4%A')).status).toBe(400);
    expect((await get(server.url, '/a%00b')).status).toBe(400);
    expect((await rawStatus(server.url, 'NONSENSE\r\n\r\n')).status).toBe(400);
    expect((await get(server.url, '/')).status).toBe(200);
  });

  it('refuses paths and symlinks out of the folder, and dotfiles', async () => {
    // The URL parser already drops plain `..`: the path is then looked for inside the folder.
    expect((await get(server.url, '/../../../../etc/passwd')).status).toBe(404);
    // An encoded `..` is refused as a dot-name, and by the folder check where dotfiles are served.
    expect((await get(server.url, '/..%2F..%2F..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    const withDots = await startStaticServer(dir, { dotfiles: true });
    try {
      expect((await get(withDots.url, '/..%2F..%2F..%2F..%2Fetc%2Fpasswd')).status).toBe(403);
      expect((await get(withDots.url, '/photo.png')).status).toBe(403);
    } finally {
      await withDots.close();
    }
    expect((await get(server.url, '/photo.png')).status).toBe(403);
    expect((await get(server.url, '/linked/secret.txt')).status).toBe(403);
    expect((await get(server.url, '/.env')).status).toBe(404);
    expect((await get(server.url, '/.git/config')).status).toBe(404);
    expect((await get(server.url, '/print.css')).status).toBe(200);
  });

  it('answers only localhost, IP addresses and the allowed names, as Vite does', async () => {
    const port = new URL(server.url).port;
    expect((await get(server.url, '/', `evil.example:${port}`)).status).toBe(403);
    expect((await get(server.url, '/', `localhost:${port}`)).status).toBe(200);
    expect((await get(server.url, '/', `10.0.0.7:${port}`)).status).toBe(200);
    expect((await get(server.url, '/', `[::1]:${port}`)).status).toBe(200);
    expect((await get(server.url, '/', `Deck.Example:${port}`)).status).toBe(200);
  });

  it('sends nosniff and the policy with every answer', async () => {
    for (const path of ['/', '/print.css', '/missing']) {
      const { head } = await get(server.url, path);
      expect(head).toMatch(/\r\nx-content-type-options: nosniff\r\n/i);
      expect(head).toMatch(/\r\ncontent-security-policy: default-src 'self'\r\n/i);
    }
  });

  it('prints a URL a browser accepts when it listens on IPv6', async () => {
    const v6 = await startStaticServer(dir, { host: '::1' });
    try {
      expect(v6.url).toMatch(/^http:\/\/\[::1\]:\d+\/$/);
      expect((await fetch(v6.url)).status).toBe(200);
    } finally {
      await v6.close();
    }
  });
});

describe('static server content types', () => {
  it('names each file by its type (mrmime), text as UTF-8, and an unknown one as bytes', async () => {
    const files = {
      'a.avif': '',
      'b.txt': 'é',
      'c.css': '',
      'd.svg': '<svg/>',
      'e.unknownext': '',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const server = await startStaticServer(dir);
    try {
      const types: Record<string, string | null> = {};
      for (const name of Object.keys(files)) {
        const res = await fetch(`${server.url}${name}`);
        await res.arrayBuffer();
        types[name] = res.headers.get('content-type');
      }
      expect(types).toEqual({
        'a.avif': 'image/avif',
        'b.txt': 'text/plain; charset=utf-8',
        'c.css': 'text/css; charset=utf-8',
        'd.svg': 'image/svg+xml',
        'e.unknownext': 'application/octet-stream',
      });
    } finally {
      await server.close();
    }
  });
});
