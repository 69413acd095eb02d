// Plain text → Markdown that parses back to exactly that text. Every character Markdown could
// read as markup is backslash-escaped; footnote markers are the one thing turned into markup.

export interface EscapeTally {
  backslashes: number;
  /** Other escaped characters, by character. */
  chars: Map<string, number>;
}

export function newTally(): EscapeTally {
  return { backslashes: 0, chars: new Map() };
}

// ASCII punctuation that is markup anywhere in a line. `&` only when it would start an entity.
const INLINE = /[\\`*_[\]<|~]|&(?=#?[a-z0-9]+;)/gi;
const MARKER = /\[([^[\]\s]{1,12})\]/g;

function escapeChars(text: string, tally: EscapeTally): string {
  return text.replace(INLINE, (ch) => {
    if (ch === '\\') tally.backslashes++;
    else tally.chars.set(ch, (tally.chars.get(ch) ?? 0) + 1);
    return `\\${ch}`;
  });
}

// GFM turns bare URLs into links and keeps backslashes inside them literally, so a URL is written
// as is. A URL with a scheme goes in angle brackets so a footnote marker or punctuation right
// after it stays outside the link; GFM leaves trailing punctuation outside on its own.
const BARE_URL = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>]+/gi;

function urlLength(url: string): number {
  let end = url.length;
  for (;;) {
    const tail = url.slice(0, end);
    if (/[?!.,:;*_'"~\]]$/.test(tail)) end--;
    else if (tail.endsWith(')') && tail.split('(').length < tail.split(')').length) end--;
    else return end;
  }
}

function escapePlain(text: string, tally: EscapeTally): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(BARE_URL)) {
    const end = m.index + urlLength(m[0]);
    const url = text.slice(m.index, end);
    out += escapeChars(text.slice(last, m.index), tally) + (/^www\./i.test(url) ? url : `<${url}>`);
    last = end;
  }
  return out + escapeChars(text.slice(last), tally);
}

/** What would open a block at the start of a paragraph: heading, quote, list, rule, code fence. */
function escapeLineStart(md: string, tally: EscapeTally): string {
  const count = (ch: string) => tally.chars.set(ch, (tally.chars.get(ch) ?? 0) + 1);
  const ordered = /^(\d{1,9})([.)])(?=\s|$)/.exec(md);
  if (ordered) {
    count(`1${ordered[2]}`);
    return `${ordered[1]}\\${md.slice(ordered[1]!.length)}`;
  }
  if (/^(?:[#>]|[-+](?=\s|$)|[-=]{2,}\s*$)/.test(md)) {
    count(md[0]!);
    return `\\${md}`;
  }
  return md;
}

/**
 * Escape a paragraph's text. `[x]` becomes `[^x]` when `isMarker(x)`; each marker found is passed
 * to `onMarker` so footnotes can be cross-checked.
 */
export function escapeInline(
  text: string,
  tally: EscapeTally,
  isMarker: (label: string) => boolean = () => false,
  onMarker: (label: string) => void = () => {},
): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    if (!isMarker(m[1]!)) continue;
    out += escapePlain(text.slice(last, m.index), tally) + `[^${m[1]}]`;
    onMarker(m[1]!);
    last = m.index + m[0].length;
  }
  out += escapePlain(text.slice(last), tally);
  return escapeLineStart(out, tally);
}

/** Heading text: as a paragraph, and every `#` too, since a trailing one would close the heading. */
export function escapeHeading(text: string, tally: EscapeTally): string {
  return escapeInline(text, tally).replace(/(?<!\\)#/g, '\\#');
}

/** "escaped 4 backslashes", "escaped 3 other Markdown characters (* _ |)". */
export function describeTally(tally: EscapeTally): string[] {
  const out: string[] = [];
  if (tally.backslashes)
    out.push(`escaped ${plural(tally.backslashes, 'backslash', 'backslashes')}`);
  const other = [...tally.chars.values()].reduce((a, b) => a + b, 0);
  if (other) {
    out.push(
      `escaped ${plural(other, 'other Markdown character', 'other Markdown characters')} (${[...tally.chars.keys()].join(' ')})`,
    );
  }
  return out;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
