// Unbalanced quotation marks are the commonest flaw in sent texts. The importer never repairs the
// text (it is the speaker's); it says where a quotation opens and does not close.
import type { Notice, SourceLine } from './notice.js';

const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“' };

/** Notices for double quotations left open (or closed without opening) within one paragraph. */
export function checkQuotes(lines: SourceLine[]): Notice[] {
  const notices: Notice[] = [];
  let open: { ch: string; line: number } | undefined;
  let straight: number[] = [];
  for (const line of lines) {
    for (const ch of line.text) {
      if (open && ch === PAIRS[open.ch]) open = undefined;
      else if (PAIRS[ch]) {
        if (open) notices.push(unclosed(open.line));
        open = { ch, line: line.n };
      } else if (ch === '”' || ch === '»') {
        notices.push({
          line: line.n,
          message: `quotation closed at line ${line.n} was never opened (left as written)`,
        });
      } else if (ch === '"') straight = straight.length ? [] : [line.n];
    }
  }
  if (open) notices.push(unclosed(open.line));
  if (straight.length) notices.push(unclosed(straight[0]!));
  return notices;
}

function unclosed(line: number): Notice {
  return { line, message: `quotation opened at line ${line} is not closed (left as written)` };
}
