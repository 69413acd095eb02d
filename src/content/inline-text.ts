// Inline Markdown tokens → plain text: markup and escapes removed, links and code spans kept as
// their text, footnote markers lifted out into refs at the offset where they stood, emphasis kept
// as marks over the text. Raw HTML is not trusted: it stays visible as the characters the author
// typed.
import type { Token, Tokens } from 'marked';
import { withMarks } from '../core/inline-marks.js';
import type { FootnoteRef, InlineMark, InlineText } from '../core/inline-text.js';
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
  marks: InlineMark[];
  warnedHtml: boolean;
}

const MARKS: Record<string, InlineMark['kind']> = {
  em: 'em',
  strong: 'strong',
  codespan: 'code',
  del: 'del',
};

/** Plain text of inline tokens, with newlines kept (call normalizeSpace to collapse them). */
export function rawInlineText(
  tokens: Token[] | undefined,
  cursor: BodyCursor,
  options: InlineOptions = {},
): InlineText {
  const b: Builder = { text: '', refs: [], marks: [], warnedHtml: false };
  walk(tokens ?? [], b, cursor, options);
  return withMarks({ text: b.text, refs: b.refs }, b.marks);
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
    const from = b.text.length;
    leaf(token, b, cursor, options);
    const kind = MARKS[token.type];
    // Outer marks are recorded after the marks inside them: sorted by start when rendered.
    if (kind && b.text.length > from) b.marks.push({ kind, start: from, end: b.text.length });
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
  const at = (offset: number) => Math.min(map[offset] ?? out.length, out.length);
  const refs = input.refs.map((r) => ({ label: r.label, offset: at(r.offset) }));
  // A mark ends after its last character's place, and never past where the text after it starts
  // (a run of spaces at its end collapses into the one before).
  const marks = input.marks
    ?.map((m) => ({
      kind: m.kind,
      start: at(m.start),
      end: Math.min(at(m.end - 1) + 1, at(m.end)),
    }))
    .filter((m) => m.end > m.start);
  return withMarks({ text: out, refs }, marks);
}
