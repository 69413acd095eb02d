// marked's tokens carry their `raw` Markdown but no positions. The cursor walks the source in step
// with the tokens (each raw is searched for from where the previous one ended) so every block and
// every problem gets a line:col.
import type { Position, ProblemSink } from '../core/problems.js';

const UNDEFINED_REF = /\[\^([^\]\s]+)\]/g;

export class BodyCursor {
  /** Where the next top-level block is searched from. */
  private next: number;
  /** Inside the current block: where inline tokens are searched from, and where the block ends. */
  private cur: number;
  private limit: number;

  constructor(
    readonly sink: ProblemSink,
    readonly source: string,
    bodyStart: number,
  ) {
    this.next = bodyStart;
    this.cur = bodyStart;
    this.limit = source.length;
  }

  /** Enter the top-level block whose Markdown is `raw`; returns its offset in the source. */
  block(raw: string): number {
    const found = raw ? this.source.indexOf(raw, this.next) : -1;
    const start = found >= 0 ? found : this.next;
    this.cur = start;
    this.limit = found >= 0 ? start + raw.length : this.source.length;
    if (found >= 0) this.next = start + raw.length;
    return start;
  }

  /** Move to `raw` inside the current block, if it is there; returns its offset or -1. */
  seek(raw: string): number {
    if (!raw) return -1;
    const found = this.source.indexOf(raw, this.cur);
    if (found < 0 || found + raw.length > this.limit) return -1;
    this.cur = found;
    return found;
  }

  /** Step past a token found by seek. */
  passed(start: number, raw: string): void {
    if (start >= 0) this.cur = start + raw.length;
  }

  /** Position of `snippet` at or after the cursor within the block, else of the cursor. */
  find(snippet: string): Position {
    const found = this.source.indexOf(snippet, this.cur);
    return this.sink.at(found >= 0 && found < this.limit ? found : this.cur);
  }

  here(): Position {
    return this.sink.at(this.cur);
  }

  warnHere(snippet: string, message: string, hint?: string): void {
    this.sink.warn(this.find(snippet), message, hint);
  }

  /** marked-footnote leaves `[^x]` as literal text when no `[^x]:` defines it. */
  checkUndefinedRefs(raw: string): void {
    for (const m of raw.matchAll(UNDEFINED_REF)) {
      this.sink.error(
        this.find(m[0]),
        `footnote ${m[0]} is referenced but not defined`,
        `add a line '${m[0]}: <source>' at the end of the file, or remove the marker`,
      );
    }
  }
}
