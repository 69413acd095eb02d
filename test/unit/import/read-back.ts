// Test helper: parse the importer's Markdown the way the content stage does (marked + footnotes)
// and read the plain text back, so tests can compare it with the source word for word.
import { Marked, type Token, type Tokens } from 'marked';
import markedFootnote from 'marked-footnote';
import { parse as parseYaml } from 'yaml';

export interface ReadBack {
  meta: Record<string, unknown>;
  headings: string[];
  /** Each paragraph's text with footnote references written `[label]`, as in the source. */
  paragraphs: string[];
  notes: { label: string; text: string }[];
  /** Headings (without `#`) and paragraphs in the order they stand. */
  blocks: string[];
}

/** Inline tokens back to text; anything that is markup (emphasis, code, HTML) shows as raw so a comparison fails. */
function inlineText(tokens: Token[] = []): string {
  return tokens
    .map((t) => {
      if (t.type === 'text' || t.type === 'escape') return (t as Tokens.Text).text;
      if (t.type === 'footnoteRef') return `[${(t as unknown as { label: string }).label}]`;
      // Autolinks (bare or in <>) read as their own text, as a URL in the address should.
      if (
        t.type === 'link' &&
        /^(?:https?:\/\/|ftp:\/\/|mailto:)?(.*)$/.exec((t as Tokens.Link).href)?.[1] ===
          (t as Tokens.Link).text.replace(/^(?:https?:\/\/|ftp:\/\/)/, '')
      ) {
        return (t as Tokens.Link).text;
      }
      return `<<${t.type}:${t.raw}>>`;
    })
    .join('');
}

export function readBack(markdown: string): ReadBack {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error('no front matter');
  const marked = new Marked();
  marked.use(markedFootnote());
  const tokens = marked.lexer(markdown.slice(match[0].length));
  const out: ReadBack = {
    meta: parseYaml(match[1]!),
    headings: [],
    paragraphs: [],
    notes: [],
    blocks: [],
  };
  for (const t of tokens) {
    if (t.type === 'heading') {
      out.headings.push(`${'#'.repeat(t.depth)} ${inlineText(t.tokens)}`);
      out.blocks.push(inlineText(t.tokens));
    } else if (t.type === 'paragraph') {
      out.paragraphs.push(inlineText(t.tokens));
      out.blocks.push(inlineText(t.tokens));
    } else if (t.type === 'footnotes') {
      for (const item of (t as unknown as { items: { label: string; content: Token[] }[] }).items) {
        const paras = item.content.filter((c): c is Tokens.Paragraph => c.type === 'paragraph');
        out.notes.push({
          label: item.label,
          text: paras.map((p) => inlineText(p.tokens)).join('\n\n'),
        });
      }
    } else if (t.type !== 'space' && t.type !== 'footnote')
      out.paragraphs.push(`<<${t.type}:${t.raw}>>`);
  }
  return out;
}
