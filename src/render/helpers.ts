// Handlebars helpers: they do the work so the templates stay markup. Every helper that returns
// markup escapes the text it is given itself; content never reaches a template unescaped.
import Handlebars from 'handlebars';
import type { FootnoteRef, InlineMark, InlineText } from '../core/inline-text.js';

type HandlebarsEnv = ReturnType<typeof Handlebars.create>;

const escape = (text: string) => Handlebars.escapeExpression(text);

/** `<sup>[i]</sup>` — the marker a footnote reference becomes in the speaker notes. */
export function footnoteMarker(label: string): string {
  return `<sup class="lectern-fn">[${escape(label)}]</sup>`;
}

const TAG: Record<InlineMark['kind'], string> = {
  em: 'em',
  strong: 'strong',
  code: 'code',
  del: 'del',
};

/**
 * Text as escaped HTML with the author's emphasis as `<em>`, `<strong>`, `<code>` and `<del>`,
 * and each footnote marker (`marker(label)`, already HTML) put back where it stood. A ref whose
 * offset lies outside the text is put at the end rather than dropped. Marks nest as the Markdown
 * did; one that would cross another is cut where the other closes, so the tags always balance.
 */
export function inlineHtml(inline: InlineText, marker: (label: string) => string): string {
  const { text } = inline;
  const refs: FootnoteRef[] = [...inline.refs]
    .map((r) => ({ ...r, offset: Math.min(Math.max(r.offset, 0), text.length) }))
    .sort((a, b) => a.offset - b.offset);
  const marks = [...(inline.marks ?? [])]
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    // Only the kinds Lectern writes: lectern.json can be edited by hand.
    .filter((m) => m.end > m.start && Object.hasOwn(TAG, m.kind))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const open: InlineMark[] = [];
  let html = '';
  let at = 0;
  const closeUntil = (pos: number) => {
    while (open.length > 0 && open[open.length - 1]!.end <= pos)
      html += `</${TAG[open.pop()!.kind]}>`;
  };
  const stops = [
    ...new Set([
      0,
      text.length,
      ...refs.map((r) => r.offset),
      ...marks.flatMap((m) => [m.start, m.end]),
    ]),
  ].sort((a, b) => a - b);
  let nextMark = 0;
  let nextRef = 0;
  for (const pos of stops) {
    html += escape(text.slice(at, pos));
    at = pos;
    closeUntil(pos);
    while (nextRef < refs.length && refs[nextRef]!.offset === pos)
      html += marker(refs[nextRef++]!.label);
    while (nextMark < marks.length && marks[nextMark]!.start === pos) {
      const mark = marks[nextMark++]!;
      // Inside the innermost open mark: never past its end.
      const limit = open.length > 0 ? open[open.length - 1]!.end : text.length;
      const inner = { ...mark, end: Math.min(mark.end, limit) };
      html += `<${TAG[inner.kind]}>`;
      open.push(inner);
    }
  }
  closeUntil(Infinity);
  return html;
}

/** The speaker notes' form: footnote markers as superscripts. */
export function textWithMarkers(inline: InlineText): string {
  return inlineHtml(inline, footnoteMarker);
}

/**
 * Escaped text whose hyphenated names ("Kim Jong-un", "Anand-Cole") are kept on one line: a slide
 * that breaks a name at its hyphen reads as two words. Applied to escaped HTML, whose only tags are
 * Lectern's own lower-case ones, so a capitalised word is always text.
 */
export function keepNames(html: string): string {
  // The whole written word, its punctuation with it ("Re-unification:"), so nothing but the tag
  // stands between it and its neighbours.
  return html.replace(
    /(^|[\s>])(\p{Lu}[^\s<]*\p{L}-\p{L}[^\s<]*)/gu,
    (_, before: string, word: string) => `${before}<span class="lectern-nowrap">${word}</span>`,
  );
}

/** Registers Lectern's helpers on an isolated Handlebars environment. */
export function registerHelpers(hb: HandlebarsEnv): void {
  hb.registerHelper(
    'withMarkers',
    (inline: InlineText) => new hb.SafeString(textWithMarkers(inline)),
  );
  // Text with the author's emphasis and no footnote markers: a quotation, a bullet.
  hb.registerHelper(
    'emphasis',
    (value: { text: string; marks?: InlineText['marks'] }) =>
      new hb.SafeString(
        keepNames(inlineHtml({ text: value.text, refs: [], marks: value.marks }, () => '')),
      ),
  );
  // A heading's text, its hyphenated names kept whole.
  hb.registerHelper('heading', (text: string) => new hb.SafeString(keepNames(escape(text ?? ''))));
  hb.registerHelper('marker', (label: string) => new hb.SafeString(footnoteMarker(label)));
  hb.registerHelper('slidePartial', (kind: string) => `slide-${kind}`);
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
}
