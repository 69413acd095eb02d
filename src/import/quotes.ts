// Unbalanced quotation marks are the commonest flaw in sent texts. The importer never repairs the
// text (it is the speaker's); it says where a quotation opens and does not close.
import { quoteMarkSlips } from '../core/text.js';
import type { Notice, SourceLine } from './notice.js';

/** Notices for double quotations left open (or closed without opening) within one paragraph. */
export function checkQuotes(lines: SourceLine[]): Notice[] {
  // The paragraph as one text, and the line each of its offsets falls on.
  const lineAt: number[] = lines.flatMap((line) =>
    Array<number>(line.text.length + 1).fill(line.n),
  );
  const notices = quoteMarkSlips(lines.map((line) => line.text).join('\n')).map((slip): Notice => {
    const line = lineAt[slip.at]!;
    return slip.kind === 'unclosed'
      ? unclosed(line)
      : { line, message: `quotation closed at line ${line} was never opened (left as written)` };
  });
  let straight: number[] = [];
  for (const line of lines)
    for (const ch of line.text) if (ch === '"') straight = straight.length ? [] : [line.n];
  if (straight.length) notices.push(unclosed(straight[0]!));
  return notices;
}

function unclosed(line: number): Notice {
  return { line, message: `quotation opened at line ${line} is not closed (left as written)` };
}
