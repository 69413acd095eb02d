// An SVG the deck shows is cleaned before it is copied: DOMPurify (on a jsdom window) keeps the
// drawing and drops scripts, event handlers, javascript: links and foreign HTML, so the file
// cannot run script even when opened on its own from dist/images/.
import { readFile, writeFile } from 'node:fs/promises';
import { LecternError } from '../core/errors.js';

type Purify = { sanitize(source: string, config: Record<string, unknown>): string };
let purify: Promise<Purify> | undefined;

/** DOMPurify and jsdom are loaded only for a deck that has an SVG. */
async function purifier(): Promise<Purify> {
  purify ??= (async () => {
    const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([
      import('jsdom'),
      import('dompurify'),
    ]);
    return createDOMPurify(new JSDOM('').window as unknown as Window & typeof globalThis);
  })();
  return purify;
}

/** `source` with everything that could run script or reach out removed. */
export async function sanitizeSvg(source: string): Promise<string> {
  const clean = (await purifier()).sanitize(source, {
    USE_PROFILES: { svg: true, svgFilters: true },
    FORBID_TAGS: ['foreignObject', 'script'],
  });
  return clean.trim();
}

/** Copies the SVG `from` to `to`, sanitised; says so when nothing of the drawing is left. */
export async function copySanitizedSvg(from: string, to: string, shownAt: string): Promise<void> {
  const clean = await sanitizeSvg(await readFile(from, 'utf8'));
  if (!/^<svg[\s>]/i.test(clean)) {
    throw new LecternError(
      `${shownAt}: the SVG ${from} has no drawing left once its scripts are removed — export it again as a plain SVG, or as PNG`,
    );
  }
  await writeFile(to, `${clean}\n`, 'utf8');
}
