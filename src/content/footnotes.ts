// `[^label]: text` definitions → Footnotes in definition order, with the problems a reader of the
// references would trip over: a label defined twice, a note nobody cites.
import type { Token } from 'marked';
import type { Footnote, Section, Block } from '../core/address.js';
import { BodyCursor } from './body-cursor.js';
import type { FootnoteToken } from './blocks.js';
import { unfinishedAddress } from '../core/text.js';
import { inlineText } from './inline-text.js';
import type { ProblemSink } from '../core/problems.js';

export function readFootnotes(tokens: FootnoteToken[], sink: ProblemSink): Footnote[] {
  const seen = new Map<string, number>();
  const footnotes: Footnote[] = [];
  for (const token of tokens) {
    const at = sink.at(token.offset);
    const first = seen.get(token.label);
    if (first !== undefined) {
      sink.error(
        at,
        `footnote [^${token.label}] is defined twice (first on line ${first})`,
        'give one of them another label, or delete the copy',
      );
      continue;
    }
    seen.set(token.label, at.line);
    const cursor = new BodyCursor(sink, sink.source, token.offset);
    const text = footnoteText(token.content, cursor);
    if (!text)
      sink.warn(
        at,
        `footnote [^${token.label}] is empty`,
        `write its source after '[^${token.label}]:'`,
      );
    const stub = unfinishedAddress(text);
    if (stub)
      sink.warn(
        at,
        `footnote [^${token.label}] has an unfinished web address '${stub}'`,
        'complete the address, or delete it (it is printed as written)',
      );
    footnotes.push({ label: token.label, text, source: text, ibid: false, line: at.line });
  }
  return footnotes;
}

function footnoteText(content: Token[], cursor: BodyCursor): string {
  return content
    .filter((t) => t.type !== 'space')
    .map(
      (t) =>
        inlineText('tokens' in t && t.tokens ? t.tokens : [t], cursor, { linkTargets: true }).text,
    )
    .filter(Boolean)
    .join(' ');
}

/** Warn about footnotes no block cites. */
export function checkCited(
  footnotes: Footnote[],
  blocks: Block[],
  sections: Section[],
  sink: ProblemSink,
): void {
  const cited = new Set<string>();
  const all = [...blocks, ...sections.flatMap((s) => s.blocks)];
  for (const block of all) {
    const texts = block.kind === 'list' ? block.items : 'refs' in block ? [block] : [];
    for (const t of texts) for (const r of t.refs) cited.add(r.label);
  }
  for (const f of footnotes) {
    if (!cited.has(f.label)) {
      sink.warn(
        { line: f.line, col: 1 },
        `footnote [^${f.label}] is never cited`,
        `cite it with [^${f.label}] in the text, or delete it`,
      );
    }
  }
}
