// What the deck server refuses before it reads a file: a Host it does not know (a page elsewhere
// re-pointing its own name at this machine, "DNS rebinding"), a URL that does not decode, a
// dotfile, and any path that leaves the folder, symlinks included.
import { realpath } from 'node:fs/promises';
import { isIP } from 'node:net';
import { join, normalize, relative, sep } from 'node:path';

/** The host name of a Host header: `[::1]:8000` → `::1`, `Deck.Local:80` → `deck.local`. */
export function hostName(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(header);
  if (bracketed) return bracketed[1]!.toLowerCase();
  return header.replace(/:\d+$/, '').toLowerCase();
}

/**
 * As Vite allows: localhost and its subdomains, any IP address (so `--host 0.0.0.0` works on a
 * network by address), and the names the user listed. Undefined Host (HTTP/1.0) passes.
 */
export function hostAllowed(header: string | undefined, allowed: readonly string[] = []): boolean {
  const name = hostName(header);
  if (name === undefined) return true;
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (isIP(name) !== 0) return true;
  return allowed.some((a) => a.toLowerCase() === name);
}

export type Resolved =
  { ok: true; file: string } | { ok: false; status: 400 | 403 | 404; why: string };

/** The real file a request path names inside `root` (a real path), or why it may not be served. */
export async function resolveRequest(
  root: string,
  rawUrl: string,
  options: { dotfiles: boolean; followSymlinks?: boolean },
): Promise<Resolved> {
  let urlPath: string;
  try {
    urlPath = decodeURIComponent(new URL(rawUrl, 'http://x').pathname);
  } catch {
    return { ok: false, status: 400, why: 'malformed URL' };
  }
  if (urlPath.includes('\0')) return { ok: false, status: 400, why: 'malformed URL' };
  const segments = urlPath.split('/').filter(Boolean);
  if (!options.dotfiles && segments.some((s) => s.startsWith('.'))) {
    return { ok: false, status: 404, why: 'not found' };
  }
  const file = normalize(join(root, ...segments));
  if (!inside(root, file)) return { ok: false, status: 403, why: 'outside the folder' };
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return { ok: false, status: 404, why: 'not found' };
  }
  // A symlink inside the folder that points out of it is refused like a path that climbs out.
  if (!options.followSymlinks && !inside(root, real))
    return { ok: false, status: 403, why: 'outside the folder' };
  return { ok: true, file: real };
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

/** A URL for `address:port` that a browser accepts, IPv6 in brackets. */
export function serverUrl(address: string, port: number): string {
  return `http://${isIP(address) === 6 ? `[${address}]` : address}:${port}/`;
}
