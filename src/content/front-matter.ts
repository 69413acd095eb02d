// Split the YAML front matter from the Markdown body and parse it, keeping every key's position so
// problems point at the line the user wrote.
import { isMap, isScalar, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { type Position, type ProblemSink } from '../core/problems.js';

export interface FrontMatterEntry {
  key: string;
  /** Where the key stands in the content file. */
  at: Position;
  /** The value's YAML node (null for `key:` with nothing after it). */
  node: Node | null;
  /** The value exactly as written, for scalars YAML would turn into numbers or dates. */
  written: string;
  /** The keys of a nested map value (`quotes: { pin: … }`). */
  sub?: FrontMatterEntry[];
}

export interface SplitSource {
  /** The YAML between the fences, or undefined when there is no (closed) front matter. */
  yaml?: string;
  /** Offset of the YAML's first character in the source. */
  yamlStart: number;
  /** Offset where the Markdown body starts. */
  bodyStart: number;
}

const OPEN = /^---[ \t]*\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/** Not a Markdown file: most often the plain text the speaker's office sent, given to build before import. */
export function isPlainTextName(file: string): boolean {
  return !/\.(md|markdown)$/i.test(file);
}

export function splitFrontMatter(source: string, sink: ProblemSink): SplitSource {
  const open = OPEN.exec(source);
  if (!open) {
    const plain = isPlainTextName(sink.file);
    sink.error(
      { line: 1, col: 1 },
      'no front matter',
      plain
        ? `this looks like plain text: convert it first with 'lectern import ${sink.file} -o content/address.md', then build that`
        : "start the file with a '---' line, then 'title: …', then a closing '---' line",
    );
    return { yamlStart: 0, bodyStart: 0 };
  }
  const yamlStart = open[0].length;
  const close = CLOSE.exec(source.slice(yamlStart));
  if (!close) {
    sink.error({ line: 1, col: 1 }, 'front matter is never closed', "end it with a '---' line");
    return { yamlStart, bodyStart: source.length };
  }
  const yamlEnd = yamlStart + close.index;
  const lineEnd = source.indexOf('\n', yamlEnd + close[0].length);
  return {
    yaml: source.slice(yamlStart, yamlEnd),
    yamlStart,
    bodyStart: lineEnd < 0 ? source.length : lineEnd + 1,
  };
}

/** The front matter's keys in order, or undefined when the YAML is invalid (reported). */
const UNCLOSED = [
  { test: /closing "quote/, opener: '"', closer: '"', what: 'a quotation mark "' },
  { test: /closing 'quote/, opener: "'", closer: "'", what: "a quotation mark '" },
  { test: /end with a \]/, opener: '[', closer: ']', what: 'a list [' },
  { test: /end with a \}/, opener: '{', closer: '}', what: 'a map {' },
];

/**
 * YAML notices an unclosed quote or bracket where the text runs out of it, a line or more later;
 * the mistake is where it was opened: on the last line before that point holding such an opener,
 * its first one (`'It''s` opens at the first quote).
 */
function unclosedAt(yaml: string, pos: number, message: string) {
  const kind = UNCLOSED.find((k) => k.test.test(message));
  const last = kind ? yaml.lastIndexOf(kind.opener, Math.max(0, pos - 1)) : -1;
  if (!kind || last < 0) return undefined;
  return { ...kind, offset: yaml.indexOf(kind.opener, yaml.lastIndexOf('\n', last) + 1) };
}

export function parseFrontMatter(
  split: SplitSource,
  sink: ProblemSink,
): FrontMatterEntry[] | undefined {
  const yaml = split.yaml ?? '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => sink.at(split.yamlStart + offset);
  const first = doc.errors[0];
  if (first) {
    // Only the first: the errors after a YAML syntax error are mostly echoes of it.
    const message = first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
    const unclosed = unclosedAt(yaml, first.pos[0], message);
    sink.error(
      at(unclosed?.offset ?? first.pos[0]),
      `invalid YAML in front matter: ${unclosed ? `${unclosed.what} never closed` : message}`,
      unclosed
        ? `add the closing ${unclosed.closer} on this line`
        : "write one 'key: value' per line; put values containing ': ' or ' #' in quotes",
    );
    return undefined;
  }
  if (doc.contents === null) return [];
  if (!isMap(doc.contents)) {
    sink.error(
      at(doc.contents.range?.[0] ?? 0),
      'front matter is not a list of keys',
      "write one 'key: value' per line, e.g. 'title: My address'",
    );
    return undefined;
  }
  const toEntries = (map: YAMLMap): FrontMatterEntry[] =>
    map.items.map((pair) => {
      const keyNode = pair.key as Node | null;
      const valueNode = (pair.value as Node | null) ?? null;
      const range = valueNode?.range;
      const entry: FrontMatterEntry = {
        key: isScalar(keyNode) ? String(keyNode.value) : String(keyNode),
        at: at(keyNode?.range?.[0] ?? 0),
        node: valueNode,
        written: range ? yaml.slice(range[0], range[1]).trim() : '',
      };
      if (isMap(valueNode)) entry.sub = toEntries(valueNode);
      if (isScalar(valueNode) && range) hashtagComment(yaml, range[1], entry, at, sink);
      return entry;
    });
  return toEntries(doc.contents);
}

/**
 * `footer: ILC 2019 · Seoul · #ILC19`: YAML reads ` #` as the start of a comment, so the hashtag
 * vanishes from the footer without a word. A comment whose `#` is followed by a word, not a space
 * (as comments are written), is most likely meant as text.
 */
function hashtagComment(
  yaml: string,
  valueEnd: number,
  entry: FrontMatterEntry,
  at: (offset: number) => Position,
  sink: ProblemSink,
): void {
  const lineEnd = yaml.indexOf('\n', valueEnd);
  const rest = yaml.slice(valueEnd, lineEnd < 0 ? undefined : lineEnd);
  const tag = /^\s+#(\S.*)$/.exec(rest);
  if (!tag) return;
  const kept = `${entry.written} #${tag[1]!.trimEnd()}`.replace(/"/g, '\\"');
  sink.warn(
    at(valueEnd + rest.indexOf('#')),
    `'#${tag[1]!.trimEnd()}' is a YAML comment, so it is left out of ${entry.key}`,
    `put the whole value in quotes to keep it: ${entry.key}: "${kept}"`,
  );
}
