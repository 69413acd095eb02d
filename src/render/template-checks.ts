// A --templates folder from someone else must not make the deck reach the network when presented,
// just as a theme must not (theme-checks.ts): a remote <script src>, <img src>, <link href>,
// srcset, url() or @import in a template or in a stylesheet beside it is an error at its line.
// Links the audience may follow (<a href>, <area href>) fetch nothing and stay allowed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ProblemSink } from '../core/problems.js';
import { LecternError } from '../core/errors.js';
import type { Problem } from '../core/problems.js';
import { REMOTE, cssReferences } from './theme-checks.js';

/** Attributes whose value the browser fetches (href only on elements other than a and area). */
const FETCHED = /\b(src|srcset|poster|data|href|xlink:href)\s*=\s*(["']?)([^"'>]*)\2/gi;

/** Elements whose href is a link the audience may follow, not something fetched. */
const NAVIGATION = new Set(['a', 'area']);

function elementAt(text: string, index: number): string {
  const open = text.lastIndexOf('<', index);
  return /^<\s*([\w:-]+)/.exec(text.slice(open))?.[1]?.toLowerCase() ?? '';
}

/** URLs the page would fetch, with their offsets: attribute values, url() and @import. */
function fetchedUrls(text: string, isCss: boolean): { url: string; index: number }[] {
  const found = cssReferences(text).map(({ url, index }) => ({ url, index }));
  if (isCss) return found;
  for (const m of text.matchAll(FETCHED)) {
    const attribute = m[1]!.toLowerCase();
    if (attribute.endsWith('href') && NAVIGATION.has(elementAt(text, m.index))) continue;
    const start = m.index + m[0].indexOf(m[3]!, m[1]!.length);
    const candidates = attribute === 'srcset' ? m[3]!.split(',') : [m[3]!];
    let offset = start;
    for (const candidate of candidates) {
      const url = candidate.trim().split(/\s+/)[0] ?? '';
      found.push({ url, index: offset + candidate.indexOf(url) });
      offset += candidate.length + 1;
    }
  }
  return found;
}

/** The remote references of one template or stylesheet, as problems at their line:col. */
export function remoteReferenceProblems(text: string, shown: string, isCss: boolean): Problem[] {
  const sink = new ProblemSink(shown, text);
  for (const { url, index } of fetchedUrls(text, isCss)) {
    if (!REMOTE.test(url)) continue;
    sink.error(
      sink.at(index),
      `${url} is on the network, and the deck must work offline and fetch nothing`,
      'save the file beside the content and refer to it by a relative path (fonts: @fontsource packages)',
    );
  }
  return sink.problems;
}

function filesIn(dir: string, ending: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith(ending))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** Throws, with a problem per remote reference, when a file of the --templates folder `dir` has one. */
export function checkTemplatesOffline(dir: string): void {
  const problems: Problem[] = [];
  for (const folder of [dir, join(dir, 'partials')]) {
    for (const ending of ['.hbs', '.css']) {
      for (const file of filesIn(folder, ending)) {
        const shown = relative(process.cwd(), file) || file;
        problems.push(
          ...remoteReferenceProblems(readFileSync(file, 'utf8'), shown, ending === '.css'),
        );
      }
    }
  }
  const n = problems.length;
  if (n === 0) return;
  throw new LecternError(
    `the templates refer to ${n} file${n === 1 ? '' : 's'} on the network; nothing was built`,
    { problems },
  );
}
