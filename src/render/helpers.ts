// Handlebars helpers: they do the work so the templates stay markup. Every helper that returns
// markup escapes the text it is given itself; content never reaches a template unescaped.
import Handlebars from 'handlebars';
import type { FootnoteRef, InlineText } from '../model.js';

type HandlebarsEnv = ReturnType<typeof Handlebars.create>;

const escape = (text: string) => Handlebars.escapeExpression(text);

/** `<sup>[i]</sup>` — the marker a footnote reference becomes in the speaker notes. */
export function footnoteMarker(label: string): string {
  return `<sup class="lectern-fn">[${escape(label)}]</sup>`;
}

/**
 * Plain text with its footnote markers put back where they stood, as escaped HTML. A ref whose
 * offset lies outside the text is put at the end rather than dropped.
 */
export function textWithMarkers(inline: InlineText): string {
  const { text } = inline;
  const refs: FootnoteRef[] = [...inline.refs]
    .map((r) => ({ ...r, offset: Math.min(Math.max(r.offset, 0), text.length) }))
    .sort((a, b) => a.offset - b.offset);
  let html = '';
  let at = 0;
  for (const ref of refs) {
    html += escape(text.slice(at, ref.offset)) + footnoteMarker(ref.label);
    at = ref.offset;
  }
  return html + escape(text.slice(at));
}

/** Registers Lectern's helpers on an isolated Handlebars environment. */
export function registerHelpers(hb: HandlebarsEnv): void {
  hb.registerHelper(
    'withMarkers',
    (inline: InlineText) => new hb.SafeString(textWithMarkers(inline)),
  );
  hb.registerHelper('marker', (label: string) => new hb.SafeString(footnoteMarker(label)));
  hb.registerHelper('slidePartial', (kind: string) => `slide-${kind}`);
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
}
