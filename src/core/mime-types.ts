// MIME types by file name, from mrmime's table (the IANA and nginx lists), for the servers'
// Content-Type and the one-file deck's data: URLs.
import { lookup } from 'mrmime';

/** The bare type of `file` (`image/png`), or undefined for an extension the table lacks. */
export function mimeType(file: string): string | undefined {
  return lookup(file);
}

/** A Content-Type header for `file`: text is said to be UTF-8, which is all Lectern writes. */
export function contentType(file: string): string {
  const type = lookup(file) ?? 'application/octet-stream';
  return type.startsWith('text/') || type === 'application/json' ? `${type}; charset=utf-8` : type;
}
