// A quotation whose closing mark is missing runs, on its slide, to the end of its sentence
// (plan/extract-quotes.ts): the author should hear where, as the importer tells of a sent text.
import { quoteMarkSlips } from '../core/text.js';
import type { ProblemSink } from '../core/problems.js';

/**
 * Warns at each opening quotation mark of a paragraph (its Markdown `raw`, at `offset` in the
 * source) that is not closed before the paragraph ends or the next quotation opens. Straight
 * quotes are left alone: `"` also stands for inches and in code.
 */
export function checkQuoteMarks(raw: string, offset: number, sink: ProblemSink): void {
  for (const slip of quoteMarkSlips(raw)) {
    if (slip.kind !== 'unclosed') continue;
    sink.warn(
      sink.at(offset + slip.at),
      `quotation opened here is not closed in its paragraph`,
      `add ${slip.closer} where it ends; until then it runs to the end of its sentence`,
    );
  }
}
