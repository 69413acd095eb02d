// A slide's speaker notes as plain paragraphs, as the deck's own notes give them: the spoken text
// with its footnote markers, then the sources, then the speaker's asides, under the deck's labels.
import { labelsOf } from '../core/labels.js';
import type { AddressMeta } from '../core/address-meta.js';
import type { InlineText } from '../core/inline-text.js';
import type { Notes } from '../core/deck.js';

/** Spoken text with each footnote's `[label]` back where its marker stood (at the end if out of range). */
export function spokenWithMarkers(inline: InlineText): string {
  const refs = [...inline.refs].sort((a, b) => a.offset - b.offset);
  let text = '';
  let at = 0;
  for (const ref of refs) {
    const offset = Math.min(Math.max(ref.offset, at), inline.text.length);
    text += `${inline.text.slice(at, offset)}[${ref.label}]`;
    at = offset;
  }
  return text + inline.text.slice(at);
}

export function notesParagraphs(
  notes: Notes,
  meta: Pick<AddressMeta, 'lang' | 'labels'>,
): string[] {
  const labels = labelsOf(meta);
  const paragraphs = notes.spoken.map(spokenWithMarkers);
  if (notes.sources.length > 0) {
    paragraphs.push(labels.sources, ...notes.sources.map((s) => `[${s.label}] ${s.text}`));
  }
  if (notes.asides.length > 0) paragraphs.push(labels.asides, ...notes.asides);
  return paragraphs;
}
