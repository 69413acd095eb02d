// The full index.html around the deck body: language, title, description for search and sharing,
// the stylesheet and the bundle as a plain `defer` script (module scripts are blocked on file://).
import Handlebars from 'handlebars';
import type { AddressMeta } from '../core/address-meta.js';

export interface PageOptions {
  meta: AddressMeta;
  body: string;
  /** Script URL relative to the page, e.g. `assets/lectern.js`. */
  script: string;
  /** Stylesheet URLs relative to the page. */
  styles: string[];
  /** Dev server: load the entry as a module script instead. */
  module?: boolean;
}

const esc = (text: string) => Handlebars.escapeExpression(text);

/**
 * The built page's Content-Security-Policy: nothing from any other origin, so even opened from disk
 * the deck cannot reach the network. Inline script and style stay allowed: reveal's speaker view
 * writes its pop-up with them, and the one-file deck inlines its bundle. Images and fonts may be
 * data: URLs (the one-file deck inlines them); the speaker view frames the deck itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function description(meta: AddressMeta): string {
  const parts = [meta.subtitle, meta.speaker, meta.role, meta.event, meta.venue, meta.date];
  return [meta.title, ...parts].filter((p): p is string => Boolean(p)).join(' — ');
}

export function renderPage(options: PageOptions): string {
  const { meta } = options;
  const head = [
    '<meta charset="utf-8">',
    // Not on the dev server's page, whose Vite client needs what a built deck does not.
    options.module
      ? ''
      : `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(meta.title)}</title>`,
    `<meta name="description" content="${esc(description(meta))}">`,
    meta.keywords.length ? `<meta name="keywords" content="${esc(meta.keywords.join(', '))}">` : '',
    meta.speaker ? `<meta name="author" content="${esc(meta.speaker)}">` : '',
    '<meta name="generator" content="Lectern">',
    // No favicon request: a deck served from a folder has none, and a 404 clutters the console.
    '<link rel="icon" href="data:,">',
    ...options.styles.map((href) => `<link rel="stylesheet" href="${esc(href)}">`),
    options.module
      ? `<script type="module" src="${esc(options.script)}"></script>`
      : `<script defer src="${esc(options.script)}"></script>`,
  ].filter(Boolean);
  return [
    '<!doctype html>',
    `<html lang="${esc(meta.lang)}">`,
    '<head>',
    ...head.map((line) => `  ${line}`),
    '</head>',
    '<body>',
    options.body.trimEnd(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
