// A saved web page (.html) → Lectern's Markdown: Readability (Firefox's reader view) keeps the
// article and drops navigation, footer and share buttons; the article is then read as a document.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { LecternError } from '../core/errors.js';
import { importPlainText } from './convert.js';
import { plural } from './escape.js';
import { htmlToText, type DomNode } from './html-text.js';
import { decodeText } from './decode.js';
import { looksLikeName } from './header-words.js';
import { restoreMarks } from './restore-marks.js';

export interface ImageFile {
  /** File name beside the Markdown. */
  name: string;
  bytes: Buffer;
}

export interface DocumentImport {
  markdown: string;
  report: string[];
  files: ImageFile[];
}

export function importHtml(bytes: Buffer, file: string): DocumentImport {
  const html = decodeText(bytes, file);
  const { document } = parseHTML(html);
  const pageTitle = document.querySelector('h1')?.textContent?.trim() || undefined;
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  if (!article?.content) {
    throw new LecternError(
      `${file}: found no article text in this page; copy the speech into a .txt file and import that`,
    );
  }
  const { document: doc } = parseHTML(
    `<!doctype html><html><body>${article.content}</body></html>`,
  );
  const text = htmlToText(doc.body as unknown as DomNode);
  // Images on a page are the site's; only an image file saved with it could be used. Say so.
  const images = text.images.map((img) => ({ alt: img.alt }));
  // The page's own heading; the <title> carries the site's name as well ("Speech: X | Ministry").
  const title = pageTitle ?? article.title?.replace(/\s+[|–—-]\s+[^|–—-]+$/, '').trim();
  // A byline that is more than a name ("Speech by … at …, 9 September 2024") is a header line.
  const byline = article.byline?.trim() || undefined;
  const named = byline !== undefined && looksLikeName(byline);
  const headings = new Set([...text.headings].map((n) => (byline && !named ? n + 2 : n)));
  const body = byline && !named ? `${byline}\n\n${text.text}` : text.text;
  const imported = importPlainText(body, file, {
    headings,
    seed: { title, author: named ? byline : undefined },
    paragraphs: true,
  });
  const report = [...imported.report];
  if (images.length)
    report.push(
      `${file}: left out ${plural(images.length, 'image', 'images')} of the page; add those you want with ![text](file)`,
    );
  return { markdown: restoreMarks(imported.markdown, images), report, files: [] };
}
