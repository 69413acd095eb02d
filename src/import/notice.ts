// What the importer tells the user: one short sentence, tied to a source line where there is one.

export interface Notice {
  /** 1-based line in the decoded source; absent for notices about the whole file. */
  line?: number;
  message: string;
}

/** `file:line: message`, or `file: message` — the form every report line is printed in. */
export function formatNotice(file: string, notice: Notice): string {
  return notice.line ? `${file}:${notice.line}: ${notice.message}` : `${file}: ${notice.message}`;
}

/** A source line with its 1-based number, so every later step can still say where things were. */
export interface SourceLine {
  n: number;
  text: string;
}

export function lineRange(first: number, last: number): string {
  return first === last ? `line ${first}` : `lines ${first}-${last}`;
}
