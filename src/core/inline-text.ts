// Text as the address's stages carry it: plain text with its footnote markers and the author's
// emphasis lifted out as offsets, so that every cut and join keeps them in place (inline-marks.ts).

/** A footnote marker inside a block's text: `offset` is the index in `text` where the marker stood. */
export interface FootnoteRef {
  label: string;
  offset: number;
}

/** Emphasis the author wrote (`*em*`, `**strong**`, `` `code` ``, `~~del~~`) over `text[start, end)`. */
export interface InlineMark {
  kind: 'em' | 'strong' | 'code' | 'del';
  start: number;
  end: number;
}

/** Plain text (Markdown escapes and inline markup removed, footnote markers lifted out into refs). */
export interface InlineText {
  text: string;
  refs: FootnoteRef[];
  /** Where the author's emphasis stood; nested, never crossing. Absent when there is none. */
  marks?: InlineMark[];
}
