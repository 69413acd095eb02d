// Problems as data with a position. Every stage of the content parser reports through one sink,
// which turns offsets in the (normalised) source into 1-based line:col.

export type Severity = 'error' | 'warning';

/** A problem with the input, as data with a position. The CLI decides what is fatal. */
export interface Problem {
  file: string;
  /** 1-based; 0 when the problem is about the whole file. */
  line: number;
  /** 1-based; 0 when unknown. */
  col: number;
  severity: Severity;
  message: string;
  /** What the user should do about it. */
  hint?: string;
}

export interface Position {
  line: number;
  col: number;
}

export class ProblemSink {
  readonly problems: Problem[] = [];
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly file: string,
    readonly source: string,
  ) {
    for (let i = 0; i < source.length; i++) {
      if (source.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  /** 1-based line:col of an offset in the source. */
  at(offset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }

  add(severity: Severity, where: Position, message: string, hint?: string): void {
    const problem: Problem = {
      file: this.file,
      line: where.line,
      col: where.col,
      severity,
      message,
    };
    if (hint) problem.hint = hint;
    this.problems.push(problem);
  }

  error(where: Position, message: string, hint?: string): void {
    this.add('error', where, message, hint);
  }

  warn(where: Position, message: string, hint?: string): void {
    this.add('warning', where, message, hint);
  }
}

/** The whole file, no line. */
export const WHOLE_FILE: Position = { line: 0, col: 0 };
