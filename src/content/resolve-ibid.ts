// "Ibid." repeats the previous source. The deck shows footnotes one slide at a time and out of
// their original neighbourhood, so each Ibid. gets the full source it stands for.
import type { Footnote } from '../model.js';
import type { ProblemSink } from './problems.js';

// "Ibid.", "Ibid", "ibid.", "Ibidem", "Ibid., p. 5", "Ibid. P. 12", "Ibid: 40"
const IBID = /^ibid(?:em)?\b\.?\s*[,;:]?\s*(.*)$/is;

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
    const base = detail ? previous.replace(/[\s.]+$/, '') : previous;
    return { ...f, ibid: true, source: detail ? `${base}, ${detail}` : base };
  });
}
