// One Markdown block → one model block: paragraphs (or images standing alone), blockquotes with
// their attribution, lists.
import { dirname, resolve } from 'node:path';
import type { Token, Tokens } from 'marked';
import { sliceMarks, withMarks } from '../core/inline-marks.js';
import type { InlineMark, InlineText } from '../core/inline-text.js';
import type { BlockquoteBlock, ImageBlock, ListBlock, ParagraphBlock } from '../core/address.js';
import type { BodyCursor } from './body-cursor.js';
import { inlineText, normalizeSpace, rawInlineText } from './inline-text.js';
import type { FileRef } from './validate-meta.js';

export function paragraph(
  tokens: Token[] | undefined,
  cursor: BodyCursor,
  line: number,
): ParagraphBlock {
  return { kind: 'paragraph', line, ...inlineText(tokens, cursor) };
}

/** Images alone in a paragraph (whitespace between them allowed), or undefined. */
export function standaloneImages(tokens: Token[] | undefined): Tokens.Image[] | undefined {
  const list = tokens ?? [];
  const images = list.filter((t): t is Tokens.Image => t.type === 'image');
  const alone = list.every(
    (t) => t.type === 'image' || t.type === 'br' || (t.type === 'text' && !t.raw.trim()),
  );
  return images.length > 0 && alone ? images : undefined;
}

/** An image block, or undefined when the image cannot be used (reported). */
export function image(
  token: Tokens.Image,
  cursor: BodyCursor,
  file: string,
  files: FileRef[],
): ImageBlock | undefined {
  const at = cursor.find(token.raw);
  const src = token.href;
  if (/^(?:https?:)?\/\//i.test(src)) {
    cursor.sink.error(
      at,
      'remote images are refused: the deck must work offline',
      `download ${src} into the folder of ${file} and write its file name instead`,
    );
    return undefined;
  }
  if (/^[a-z][a-z0-9+.-]+:/i.test(src)) {
    cursor.sink.error(
      at,
      `image must be a file, not '${src.slice(0, 40)}'`,
      `save it next to ${file} and write its file name`,
    );
    return undefined;
  }
  let decoded = src;
  try {
    decoded = decodeURI(src);
  } catch {
    // A stray '%' is part of the file name.
  }
  const path = resolve(dirname(file), decoded);
  const alt = token.text.trim();
  if (!alt)
    cursor.sink.warn(
      at,
      'image has no alt text',
      'describe the image between the brackets: ![What it shows](file.png)',
    );
  files.push({ what: 'image', path, at });
  return { kind: 'image', line: at.line, src, path, alt };
}

const ATTRIBUTION = /^(?:—|―|--)\s*(.+)$/s;

export function blockquote(
  token: Tokens.Blockquote,
  cursor: BodyCursor,
  line: number,
): BlockquoteBlock {
  const parts: InlineText[] = [];
  for (const child of token.tokens) {
    if (child.type === 'space') continue;
    const inner = 'tokens' in child && child.tokens ? child.tokens : [];
    parts.push(
      child.type === 'paragraph' || child.type === 'text'
        ? rawInlineText(inner, cursor)
        : rawInlineText([child], cursor),
    );
  }
  const joined = join(parts, '\n');
  const cut = joined.text.trimEnd().lastIndexOf('\n');
  const lastLine = joined.text.slice(cut + 1).trim();
  const m = ATTRIBUTION.exec(lastLine);
  if (!m) return { kind: 'blockquote', line, ...normalizeSpace(joined) };
  // A footnote on the attribution line cites the quotation: it moves to the end of the text.
  const body = normalizeSpace(
    withMarks(
      {
        text: cut >= 0 ? joined.text.slice(0, cut) : '',
        refs: joined.refs.map((r) => ({
          label: r.label,
          offset: Math.min(r.offset, Math.max(cut, 0)),
        })),
      },
      sliceMarks(joined.marks, 0, Math.max(cut, 0)),
    ),
  );
  if (!body.text) {
    cursor.sink.warn(
      { line, col: 1 },
      'blockquote has only an attribution',
      'put the quotation on the lines above the — line',
    );
  }
  return {
    kind: 'blockquote',
    line,
    ...body,
    attribution: (m[1] ?? '').replace(/\s+/g, ' ').trim(),
  };
}

function join(parts: InlineText[], separator: string): InlineText {
  let text = '';
  const refs: InlineText['refs'] = [];
  const marks: InlineMark[] = [];
  for (const part of parts) {
    if (text) text += separator;
    for (const r of part.refs) refs.push({ label: r.label, offset: text.length + r.offset });
    for (const m of part.marks ?? [])
      marks.push({ kind: m.kind, start: text.length + m.start, end: text.length + m.end });
    text += part.text;
  }
  return withMarks({ text, refs }, marks);
}

export function list(token: Tokens.List, cursor: BodyCursor, line: number): ListBlock {
  return { kind: 'list', line, ordered: token.ordered, items: listItems(token, cursor) };
}

function listItems(token: Tokens.List, cursor: BodyCursor): InlineText[] {
  const items: InlineText[] = [];
  for (const item of token.items) {
    const nested: Tokens.List[] = [];
    const parts: InlineText[] = [];
    for (const child of item.tokens) {
      if (child.type === 'list') nested.push(child as Tokens.List);
      else if (child.type !== 'space') {
        parts.push(
          rawInlineText('tokens' in child && child.tokens ? child.tokens : [child], cursor),
        );
      }
    }
    const text = normalizeSpace(join(parts, ' '));
    if (text.text) items.push(text);
    // Nested points become points of their own: a slide has one level of bullets.
    for (const sub of nested) items.push(...listItems(sub, cursor));
  }
  return items;
}
