import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve } from 'node:path';
import { contentType } from '../core/mime-types.js';
import { hostAllowed, resolveRequest, serverUrl } from './serve-guard.js';

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  host?: string;
  port?: number;
  /**
   * Lets the browser keep what is not HTML for the server's lifetime: for a folder whose other
   * files never change while it is served (the export's print assets: fonts and CSS, shared by
   * the handout and the script). Otherwise nothing is cached, so a rebuilt deck is never stale.
   */
  cacheAssets?: boolean;
  /** Serve files and folders whose names start with a dot (the export's saved print view). */
  dotfiles?: boolean;
  /** Follow symlinks out of the folder (the export's print assets link to the font packages). */
  followSymlinks?: boolean;
  /** Host names besides localhost and IP addresses that may be asked for (`--allow-host`). */
  allowedHosts?: string[];
  /** A Content-Security-Policy header for every answer (`lectern serve`: the deck's own). */
  policy?: string;
}

function refuse(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${text}\n`);
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  options: StaticServerOptions,
): Promise<void> {
  if (!hostAllowed(req.headers.host, options.allowedHosts)) {
    refuse(res, 403, `Host ${req.headers.host ?? ''} is not allowed; see lectern serve --help`);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    refuse(res, 405, 'Method not allowed');
    return;
  }
  const rules = { dotfiles: options.dotfiles ?? false, followSymlinks: options.followSymlinks };
  let found = await resolveRequest(root, req.url ?? '/', rules);
  if (found.ok && (await stat(found.file)).isDirectory()) {
    const folder = new URL(req.url ?? '/', 'http://x').pathname;
    found = await resolveRequest(root, folder.replace(/\/*$/, '/index.html'), rules);
  }
  if (!found.ok) {
    refuse(res, found.status, found.why === 'not found' ? 'Not found' : found.why);
    return;
  }
  const info = await stat(found.file);
  if (!info.isFile()) {
    refuse(res, 404, 'Not found');
    return;
  }
  const ext = extname(found.file).toLowerCase();
  res.writeHead(200, {
    'content-type': contentType(found.file),
    'content-length': info.size,
    'cache-control':
      options.cacheAssets && ext !== '.html' ? 'private, max-age=3600, immutable' : 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(found.file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/**
 * Serves a built deck folder on loopback. Used by `lectern serve` and by the PDF export, which
 * must load the deck from an origin of its own so that any request leaving it can be blocked.
 * No request can stop it: each is answered (400, 403, 404, 405, 500) or dropped on its own.
 */
export async function startStaticServer(
  dir: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const root = await realpath(resolve(dir));
  const headers = {
    'x-content-type-options': 'nosniff',
    ...(options.policy ? { 'content-security-policy': options.policy } : {}),
  };
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    answer(req, res, root, options).catch(() => {
      if (!res.headersSent) refuse(res, 500, 'Internal error');
      else res.destroy();
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => ok());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: serverUrl(address, port),
    server,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
