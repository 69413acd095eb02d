// Steering directives live in HTML comments, so the Markdown still reads cleanly anywhere else:
//   <!-- note: Pause here. -->        the speaker's aside
//   <!-- points                       the author's own bullet points for the section
//   - first point
//   -->
//   <!-- quote: pin -->  <!-- quote: drop -->   steer the next paragraph
//   <!-- break -->                    force a slide break
// Names are case-insensitive. Any other comment is a comment, unless it looks like a directive.
import type { BodyCursor } from './body-cursor.js';
import { closest } from '../core/did-you-mean.js';
import type { ProblemSink } from '../core/problems.js';

export type Directive =
  | { kind: 'break' }
  | { kind: 'note'; text: string }
  | { kind: 'points'; items: string[] }
  | { kind: 'quote'; steer: 'pin' | 'drop' };

export const DIRECTIVE_NAMES = ['note', 'points', 'quote', 'break'];
// Comments authors write to themselves that should not draw a warning.
const PRIVATE = /^(?:todo|fixme|xxx|nb|tk)$/i;
const NAMED = /^([A-Za-z][\w-]*)[ \t]*(:|\n|$)([\s\S]*)$/;
const COMMENT = /<!--([\s\S]*?)-->/g;

export interface HtmlBlockContent {
  directives: { directive: Directive; offset: number }[];
  /** Whatever is not a comment: raw HTML, shown as text. */
  rest: string;
}

/** Read a block of raw HTML: directives and plain comments out, the rest kept as literal text. */
export function readHtmlBlock(raw: string, start: number, sink: ProblemSink): HtmlBlockContent {
  const directives: HtmlBlockContent['directives'] = [];
  let rest = raw.replace(COMMENT, (_all, inner: string, index: number) => {
    const directive = parseComment(inner, start + index, sink);
    if (directive) directives.push({ directive, offset: start + index });
    return '';
  });
  const unclosed = /<!--(?![\s\S]*-->)/.exec(raw);
  if (unclosed) {
    sink.error(
      sink.at(start + unclosed.index),
      'comment is never closed',
      "end it with '-->'; everything after it is hidden until then",
    );
    rest = rest.slice(0, rest.indexOf('<!--'));
  }
  return { directives, rest: rest.trim() };
}

function parseComment(inner: string, offset: number, sink: ProblemSink): Directive | undefined {
  const m = NAMED.exec(inner.trim());
  if (!m) return undefined;
  const name = (m[1] ?? '').toLowerCase();
  const sep = m[2] ?? '';
  const body = (m[3] ?? '').trim();
  const at = sink.at(offset);
  if (name === 'break' && sep === '' && body === '') return { kind: 'break' };
  if (name === 'note' && sep === ':') {
    if (body) return { kind: 'note', text: body.replace(/\s+/g, ' ') };
    sink.warn(at, 'empty note', "write the aside after 'note:'");
    return undefined;
  }
  if (name === 'points' && (sep === ':' || sep === '\n' || sep === ''))
    return points(body, at, sink);
  if (name === 'quote' && sep === ':') {
    const steer = body.toLowerCase();
    if (steer === 'pin' || steer === 'drop') return { kind: 'quote', steer };
    sink.warn(
      at,
      `unknown quote steer '${body}'`,
      "use '<!-- quote: pin -->' or '<!-- quote: drop -->'",
    );
    return undefined;
  }
  reportUnknown(name, sep, body, at, sink);
  return undefined;
}

function points(
  body: string,
  at: { line: number; col: number },
  sink: ProblemSink,
): Directive | undefined {
  const items: string[] = [];
  for (const line of body.split('\n')) {
    const text = line.trim();
    if (!text) continue;
    const bullet = /^(?:[-*+•]|\d+[.)])\s+(.*)$/.exec(text);
    if (bullet || items.length === 0) items.push((bullet?.[1] ?? text).trim());
    else items[items.length - 1] += ` ${text}`;
  }
  if (items.length > 0) return { kind: 'points', items };
  sink.warn(at, 'points directive has no points', "list them one per line: '- a point'");
  return undefined;
}

/** `<!-- foo: bar -->` and a lone word close to a directive name look like a mistyped directive. */
function reportUnknown(
  name: string,
  sep: string,
  body: string,
  at: { line: number; col: number },
  sink: ProblemSink,
): void {
  if (PRIVATE.test(name)) return;
  const known = DIRECTIVE_NAMES.includes(name);
  const guess = known ? name : closest(name, DIRECTIVE_NAMES);
  const lone = sep !== ':' && body === '';
  // "<!-- pointz" over a list is a points block with its name mistyped, not a comment.
  const listed = guess === 'points' && sep === '\n' && /^[-*+]\s/m.test(body);
  if (sep !== ':' && !known && !(lone && guess) && !listed) return;
  const example = guess
    ? directiveExample(guess)
    : DIRECTIVE_NAMES.map(directiveExample).join(', ');
  sink.warn(
    at,
    known ? `'${name}' directive is not written as expected` : `unknown directive '${name}'`,
    `${guess && !known ? `did you mean '${guess}'? ` : ''}write ${example}`,
  );
}

function directiveExample(name: string): string {
  switch (name) {
    case 'note':
      return "'<!-- note: Pause here. -->'";
    case 'points':
      return "'<!-- points' then '- a point' lines then '-->'";
    case 'quote':
      return "'<!-- quote: pin -->' or '<!-- quote: drop -->'";
    default:
      return "'<!-- break -->'";
  }
}

export function isDirectiveLike(raw: string): boolean {
  const m = NAMED.exec(raw.replace(/^<!--|-->$/g, '').trim());
  return !!m && (m[2] === ':' || DIRECTIVE_NAMES.includes((m[1] ?? '').toLowerCase()));
}

export function reportInlineComment(raw: string, cursor: BodyCursor): void {
  cursor.warnHere(
    raw,
    'directive inside a paragraph is ignored',
    'put the directive on a line of its own, with blank lines around it',
  );
}
