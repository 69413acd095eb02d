// Markdown with YAML front matter → Address, with every problem positioned. Pure: no I/O.
import { Marked } from 'marked';
import markedFootnote from 'marked-footnote';
import type { Address, Block, ParseResult, Section } from '../core/address.js';
import { readBody } from './blocks.js';
import { BodyCursor } from './body-cursor.js';
import { checkCited, readFootnotes } from './footnotes.js';
import { isPlainTextName, parseFrontMatter, splitFrontMatter } from './front-matter.js';
import { ProblemSink } from '../core/problems.js';
import { resolveIbid } from './resolve-ibid.js';
import { validateMeta, type FileRef } from './validate-meta.js';

export interface ParseOptions {
  /** Theme names a `theme:` that is not a path must be one of (built-ins); unchecked when absent. */
  knownThemes?: string[];
  /** The command line names the theme (`--theme`): the front matter's is not used, so not checked. */
  themeOverridden?: boolean;
}

export interface DetailedParse extends ParseResult {
  /** Files the content names (logo, theme file unless overridden, images), for loadAddress to check. */
  files: FileRef[];
}

/** marked-footnote keeps per-document state that only marked's parse() resets, not lexer(): a
 * fresh instance per document keeps one file's footnotes out of the next. */
function lex(markdown: string) {
  return new Marked({ gfm: true }).use(markedFootnote()).lexer(markdown);
}

/** BOM and CR line endings removed, so offsets and line numbers agree with what editors show. */
export function normalizeSource(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function parseAddressDetailed(
  rawSource: string,
  file: string,
  options: ParseOptions = {},
): DetailedParse {
  const source = normalizeSource(rawSource);
  const sink = new ProblemSink(file, source);
  const split = splitFrontMatter(source, sink);
  const entries = split.yaml === undefined ? undefined : parseFrontMatter(split, sink);
  const knownThemes = options.themeOverridden ? undefined : options.knownThemes;
  const metaResult = entries ? validateMeta(entries, file, sink, knownThemes) : undefined;

  const cursor = new BodyCursor(sink, source, split.bodyStart);
  const title = metaResult?.meta?.title;
  const body = readBody(lex(source.slice(split.bodyStart)), cursor, file, title);
  // An unclosed front matter has swallowed the body, and a plain-text file needs import, not
  // headings: "no sections" would only repeat either.
  const plainText = split.yaml === undefined && split.bodyStart === 0 && isPlainTextName(file);
  const implicit = body.sections.length === 0 && body.preamble.length > 0;
  if (body.sections.length === 0 && !implicit && split.bodyStart < source.length && !plainText) {
    sink.error(sink.at(split.bodyStart), 'no sections', "start each section with a '## ' heading");
  }
  const footnotes = resolveIbid(readFootnotes(body.footnotes, sink), sink);
  checkCited(footnotes, body.preamble, body.sections, sink);

  const files = [
    ...(metaResult?.files ?? []).filter((f) => !(options.themeOverridden && f.what === 'theme')),
    ...body.files,
  ];
  // A plain-text file's warnings would be about Markdown it was not written in; `lectern import`,
  // which its error points to, reports on the text itself (its quotation marks among them).
  const problems = (
    plainText ? sink.problems.filter((p) => p.severity === 'error') : sink.problems
  ).sort((a, b) => a.line - b.line || a.col - b.col);
  if (!metaResult?.meta) return { address: undefined, problems, files };
  const address: Address = {
    file,
    meta: metaResult.meta,
    preamble: implicit ? [] : body.preamble,
    sections: implicit ? [implicitSection(body.preamble, metaResult.meta.title)] : body.sections,
    footnotes,
  };
  return { address, problems, files };
}

/** An address with no section headings: all of its text is one section, with no outline or divider. */
function implicitSection(blocks: Block[], title: string): Section {
  return { index: 0, title, line: blocks[0]!.line, blocks, implicit: true };
}
