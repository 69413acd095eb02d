// A quotation whose closing mark is missing runs, on its slide, to the end of its sentence
// (plan/extract-quotes.ts): the author should hear where, as the importer tells of a sent text.
import type { ProblemSink } from './problems.js';

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“' };

/**
 * Warns at each opening quotation mark of a paragraph (its Markdown `raw`, at `offset` in the
 * source) that is not closed before the paragraph ends or the next quotation opens. Straight
 * quotes are left alone: `"` also stands for inches and in code.
 */
export function checkQuoteMarks(raw: string, offset: number, sink: ProblemSink): void {
  let open: { ch: string; at: number } | undefined;
  const report = (at: number, ch: string) =>
    sink.warn(
      sink.at(offset + at),
      `quotation opened here is not closed in its paragraph`,
      `add ${PAIRS[ch]} where it ends; until then it runs to the end of its sentence`,
    );
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (open && ch === PAIRS[open.ch]) open = undefined;
    else if (PAIRS[ch]) {
      if (open) report(open.at, open.ch);
      open = { ch, at: i };
    }
  }
  if (open) report(open.at, open.ch);
}
