// The Markdown body → preamble and sections of blocks. `## ` headings open sections (or, in a text
// with none, its `# ` headings); directives in HTML comments add asides, points and breaks, and
// steer the paragraph after them.
import type { Token, Tokens } from 'marked';
import type { Block, Section } from '../core/address.js';
import type { BodyCursor } from './body-cursor.js';
import { blockquote, image, list, paragraph, standaloneImages } from './block-kinds.js';
import { readHtmlBlock, type Directive } from './directives.js';
import { inlineText } from './inline-text.js';
import { checkQuoteMarks } from './quote-marks.js';
import type { Position } from '../core/problems.js';
import type { FileRef } from './validate-meta.js';

export interface FootnoteToken {
  label: string;
  content: Token[];
  offset: number;
}

export interface Body {
  preamble: Block[];
  sections: Section[];
  footnotes: FootnoteToken[];
  files: FileRef[];
}

interface Walk {
  body: Body;
  /** The heading level that opens a section: 2, or 1 in a text written with `# ` sections. */
  sectionDepth: 1 | 2;
  /** The front matter's title: a `# ` heading repeating it is the title, not a section. */
  title?: string;
  blocks: Block[];
  steer?: { value: 'pin' | 'drop'; at: Position };
  cursor: BodyCursor;
  file: string;
}

/**
 * A text with no `## ` heading and two or more `# ` headings was written with `# ` sections (as
 * Quarto and Pandoc slides are): read them as sections rather than fail with "no sections". One
 * `# ` heading alone is taken for a title, as before.
 */
function sectionDepth(tokens: Token[], title: string | undefined): 1 | 2 {
  const depths = tokens.flatMap((t) =>
    t.type === 'heading' && !(t.depth === 1 && sameTitle(t.text, title)) ? [t.depth as number] : [],
  );
  return !depths.includes(2) && depths.filter((d) => d === 1).length >= 2 ? 1 : 2;
}

const sameTitle = (heading: string, title: string | undefined) =>
  title !== undefined && heading.trim().toLowerCase() === title.trim().toLowerCase();

export function readBody(tokens: Token[], cursor: BodyCursor, file: string, title?: string): Body {
  const body: Body = { preamble: [], sections: [], footnotes: [], files: [] };
  const depth = sectionDepth(tokens, title);
  const w: Walk = { body, blocks: body.preamble, cursor, file, sectionDepth: depth, title };
  for (const token of tokens) {
    // marked-footnote's summary token is not in the source; its items are read one by one below.
    if (token.type === 'footnotes') continue;
    const offset = cursor.block(token.raw);
    if (token.type === 'footnote') {
      const t = token as unknown as { label: string; content: Token[] };
      body.footnotes.push({ label: t.label, content: t.content, offset });
      continue;
    }
    readBlock(token, w, offset);
  }
  closeBlocks(w);
  return body;
}

function readBlock(token: Token, w: Walk, offset: number): void {
  const { cursor } = w;
  const at = cursor.sink.at(offset);
  switch (token.type) {
    case 'space':
    case 'def':
      return;
    case 'heading':
      return heading(token as Tokens.Heading, w, at);
    case 'paragraph': {
      const images = standaloneImages(token.tokens);
      if (!images) {
        checkQuoteMarks(token.raw, offset, cursor.sink);
        return push(w, paragraph(token.tokens, cursor, at.line));
      }
      for (const img of images) {
        const block = image(img, cursor, w.file, w.body.files);
        if (block) push(w, block);
      }
      return;
    }
    case 'blockquote':
      return push(w, blockquote(token as Tokens.Blockquote, cursor, at.line));
    case 'list':
      return push(w, list(token as Tokens.List, cursor, at.line));
    case 'hr':
      return push(w, { kind: 'break', line: at.line });
    case 'html':
      return html(token.raw, w, offset);
    case 'code':
      cursor.sink.warn(at, 'code block becomes a plain paragraph', 'write it as ordinary text');
      return push(w, {
        kind: 'paragraph',
        line: at.line,
        text: (token as Tokens.Code).text,
        refs: [],
      });
    default:
      cursor.sink.warn(
        at,
        `${token.type} is not supported and is left out`,
        'write it as paragraphs or a list',
      );
  }
}

function heading(token: Tokens.Heading, w: Walk, at: Position): void {
  const title = inlineText(token.tokens, w.cursor);
  if (title.refs.length > 0) {
    w.cursor.sink.warn(
      at,
      'footnote in a heading is dropped',
      'put the footnote marker in the text below the heading',
    );
  }
  // The front matter's title repeated as the text's first heading, as Markdown files often open.
  if (token.depth === 1 && sameTitle(token.text, w.title)) return;
  if (token.depth === 1 && w.sectionDepth === 2) {
    w.cursor.sink.warn(
      at,
      "'# ' heading is ignored: the title comes from the front matter",
      "set 'title:' in the front matter; start sections with '## '",
    );
    return;
  }
  if (token.depth === 1 && w.body.sections.length === 0) {
    w.cursor.sink.warn(
      at,
      "'# ' headings are read as sections, as the text has no '## ' headings",
      "write sections as '## ' headings; the title comes from the front matter",
    );
  }
  if (token.depth === w.sectionDepth) {
    if (token.depth === 2 && !token.raw.startsWith('#')) {
      // "Text\n---" is a Markdown (setext) heading, not text followed by a slide break.
      w.cursor.sink.warn(
        at,
        "the line above '---' became a section heading",
        "leave a blank line before '---' if you meant a slide break, or write '## ' headings",
      );
    }
    closeBlocks(w);
    const section: Section = {
      index: w.body.sections.length,
      title: title.text,
      line: at.line,
      blocks: [],
    };
    w.body.sections.push(section);
    w.blocks = section.blocks;
    return;
  }
  w.cursor.sink.warn(
    at,
    'sub-heading becomes a paragraph of the section',
    `use '${'#'.repeat(w.sectionDepth)} ' to start a new section`,
  );
  push(w, { kind: 'paragraph', line: at.line, text: title.text, refs: [] });
}

function html(raw: string, w: Walk, offset: number): void {
  const at = w.cursor.sink.at(offset);
  const content = readHtmlBlock(raw, offset, w.cursor.sink);
  for (const { directive, offset } of content.directives) {
    applyDirective(directive, w, w.cursor.sink.at(offset));
  }
  if (content.rest) {
    w.cursor.sink.warn(at, 'raw HTML is shown as text', 'remove the tags, or use Markdown instead');
    push(w, {
      kind: 'paragraph',
      line: at.line,
      text: content.rest.replace(/\s+/g, ' '),
      refs: [],
    });
  }
}

function applyDirective(d: Directive, w: Walk, at: Position): void {
  switch (d.kind) {
    case 'break':
      return push(w, { kind: 'break', line: at.line });
    case 'note':
      return push(w, { kind: 'aside', line: at.line, text: d.text });
    case 'points':
      return push(w, { kind: 'points', line: at.line, items: d.items });
    case 'quote':
      if (w.steer) danglingSteer(w);
      w.steer = { value: d.steer, at };
  }
}

function push(w: Walk, block: Block): void {
  if (w.steer) {
    if (block.kind === 'paragraph') block.quoteSteer = w.steer.value;
    else if (block.kind !== 'aside') {
      w.cursor.sink.warn(
        w.steer.at,
        `'quote: ${w.steer.value}' must come right before a paragraph`,
        'move it to the line above the paragraph it steers',
      );
    }
    if (block.kind !== 'aside') w.steer = undefined;
  }
  w.blocks.push(block);
}

function danglingSteer(w: Walk): void {
  if (!w.steer) return;
  w.cursor.sink.warn(
    w.steer.at,
    `'quote: ${w.steer.value}' has no paragraph after it`,
    'move it to the line above the paragraph it steers',
  );
  w.steer = undefined;
}

function closeBlocks(w: Walk): void {
  danglingSteer(w);
  const section = w.body.sections[w.body.sections.length - 1];
  if (section && section.blocks.length === 0) {
    w.cursor.sink.warn(
      { line: section.line, col: 1 },
      `section '${section.title}' is empty`,
      'write its text below the heading, or remove the heading',
    );
  }
}
