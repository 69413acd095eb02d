// "Ibid." repeats the previous source. The deck shows footnotes one slide at a time and out of
// their original neighbourhood, so each Ibid. gets the full source it stands for.
import type { Footnote } from '../core/address.js';
import type { ProblemSink } from '../core/problems.js';

// "Ibid.", "Ibid", "ibid.", "Ibidem", "Ibid., p. 5", "Ibid. P. 12", "Ibid: 40"
const IBID = /^ibid(?:em)?\b\.?\s*[,;:]?\s*(.*)$/is;
/** A page or paragraph locator ending a source: ", p. 12.", ", pp. 3–5", ", S. 88", ", para. 4.12". */
const LOCATOR = /,?\s*(?:pp?|S|Bd|para|paras|§|page|pages|col)\.?\s*[\dIVXivx][\d.,–\-\s]*\.?\s*$/u;
const STARTS_WITH_LOCATOR = /^(?:pp?|S|para|paras|§|page|pages|col)\.?\s*[\dIVXivx]/u;

/** The source an Ibid. stands for: its own page replaces the one the source was cited at. */
function repeated(previous: string, detail: string): string {
  if (!detail) return previous;
  const base = STARTS_WITH_LOCATOR.test(detail) ? previous.replace(LOCATOR, '') : previous;
  return `${base.replace(/[\s.,]+$/, '')}, ${detail}`;
}

/** Mark Ibid. footnotes and give them the source of the last non-Ibid. footnote before them. */
export function resolveIbid(footnotes: Footnote[], sink: ProblemSink): Footnote[] {
  let previous: string | undefined;
  return footnotes.map((f) => {
    const m = IBID.exec(f.text.trim());
    if (!m) {
      previous = f.source;
      return f;
    }
    const detail = (m[1] ?? '').trim();
    if (previous === undefined) {
      sink.warn(
        { line: f.line, col: 1 },
        `footnote [^${f.label}] says Ibid. but no source comes before it`,
        'write the full source here',
      );
      return { ...f, ibid: true, source: f.text };
    }
    return { ...f, ibid: true, source: repeated(previous, detail) };
  });
}
