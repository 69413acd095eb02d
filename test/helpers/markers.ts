// The tests' oracle for the script PDF's text: the script prints each footnote marker right after
// the words that cite it, so a passage's text reads as `… in 2018.[1]` once extracted.
import type { InlineText } from '../../src/core/inline-text.js';

/** The spoken text with its footnote markers put back where they stood: `… in 2018.[1]`. */
export function withMarkers(inline: InlineText): string {
  const refs = [...inline.refs].sort((a, b) => b.offset - a.offset);
  let text = inline.text;
  for (const ref of refs)
    text = `${text.slice(0, ref.offset)}[${ref.label}]${text.slice(ref.offset)}`;
  return text;
}
