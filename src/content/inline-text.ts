// Inline Markdown tokens → plain text: markup and escapes removed, links and code spans kept as
// their text, footnote markers lifted out into refs at the offset where they stood. Raw HTML is
// not trusted: it stays visible as the characters the author typed.
import type { Token, Tokens } from 'marked';
import type { FootnoteRef, InlineText } from '../model.js';
import type { BodyCursor } from './body-cursor.js';
import { isDirectiveLike, reportInlineComment } from './directives.js';
import { decodeEntities } from './entities.js';

export interface InlineOptions {
  /** Footnote sources keep a link's address: "Kremlin (http://…)". */
  linkTargets?: boolean;
}

interface Builder {
  text: string;
  refs: FootnoteRef[];
  warnedHtml: boolean;
}

/** Plain text of inline tokens, with newlines kept (call normalizeSpace to collapse them). */
export function rawInlineText(
  tokens: Token[] | undefined,
  cursor: BodyCursor,
  options: InlineOptions = {},
): InlineText {
  const b: Builder = { text: '', refs: [], warnedHtml: false };
  walk(tokens ?? [], b, cursor, options);
  return { text: b.text, refs: b.refs };
}

export function inlineText(
  tokens: Token[] | undefined,
  cursor: BodyCursor,
  options: InlineOptions = {},
): InlineText {
  return normalizeSpace(rawInlineText(tokens, cursor, options));
}

function walk(tokens: Token[], b: Builder, cursor: BodyCursor, options: InlineOptions): void {
  for (const token of tokens) {
    const start = cursor.seek(token.raw);
    leaf(token, b, cursor, options);
    cursor.passed(start, token.raw);
  }
}

function leaf(token: Token, b: Builder, cursor: BodyCursor, options: InlineOptions): void {
  switch (token.type) {
    case 'text':
      if ('tokens' in token && token.tokens) return walk(token.tokens, b, cursor, options);
      cursor.checkUndefinedRefs(token.raw);
      b.text += decodeEntities(token.text);
      return;
    case 'escape':
      b.text += token.text;
      return;
    case 'codespan':
      b.text += decodeEntities(token.text);
      return;
    case 'br':
      b.text += '\n';
      return;
    case 'footnoteRef':
      b.refs.push({ label: (token as unknown as { label: string }).label, offset: b.text.length });
      return;
    case 'link':
      return link(token as Tokens.Link, b, cursor, options);
    case 'image':
      cursor.warnHere(
        token.raw,
        'image inside text shows only its alt text',
        'put the image in a paragraph of its own',
      );
      b.text += (token as Tokens.Image).text;
      return;
    case 'html':
      return html(token.raw, b, cursor);
    default:
      if ('tokens' in token && token.tokens) walk(token.tokens, b, cursor, options);
      else if ('text' in token && typeof token.text === 'string')
        b.text += decodeEntities(token.text);
  }
}

function link(token: Tokens.Link, b: Builder, cursor: BodyCursor, options: InlineOptions): void {
  const before = b.text.length;
  walk(token.tokens, b, cursor, options);
  const shown = b.text.slice(before);
  const target = token.href.replace(/^mailto:/, '');
  if (options.linkTargets && target && target !== shown) b.text += ` (${token.href})`;
}

function html(raw: string, b: Builder, cursor: BodyCursor): void {
  if (raw.startsWith('<!--')) {
    // A comment is the author's own; a directive inside running text cannot apply to a block.
    if (isDirectiveLike(raw)) reportInlineComment(raw, cursor);
    return;
  }
  if (!b.warnedHtml) {
    cursor.warnHere(
      raw,
      'raw HTML is shown as text',
      'remove the tag, or use Markdown (*emphasis*) instead',
    );
    b.warnedHtml = true;
  }
  b.text += raw;
}

/** Collapse runs of spaces and newlines into one space and trim, keeping ref offsets in step. */
export function normalizeSpace(input: InlineText): InlineText {
  const map: number[] = [];
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < input.text.length; i++) {
    const ch = input.text[i] ?? '';
    map.push(out.length + (pendingSpace && out ? 1 : 0));
    if (/[ \t\n\r]/.test(ch)) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && out) out += ' ';
    pendingSpace = false;
    out += ch;
  }
  map.push(out.length);
  const refs = input.refs.map((r) => ({
    label: r.label,
    offset: Math.min(map[r.offset] ?? out.length, out.length),
  }));
  return { text: out, refs };
}
