// A Word document (.docx) → Lectern's Markdown: mammoth turns it into HTML (headings, paragraphs,
// emphasis, lists, footnotes, endnotes, images), which is read as the plain text importer reads a
// file, so the same clean-up and report follow. What mammoth passes over is reported: tracked
// changes (insertions kept, deletions dropped), comments, images a browser cannot show.
import JSZip from 'jszip';
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { LecternError } from '../core/errors.js';
import { importPlainText } from './convert.js';
import { plural } from './escape.js';
import { htmlToText, MARK, type DomNode } from './html-text.js';
import type { Notice } from './notice.js';
import { restoreMarks, type PlacedImage } from './restore-marks.js';
import type { DocumentImport, ImageFile } from './web.js';

const SHOWN = new Map([
  ['image/png', 'png'],
  ['image/jpeg', 'jpg'],
  ['image/gif', 'gif'],
  ['image/webp', 'webp'],
  ['image/svg+xml', 'svg'],
]);
const STYLE_MAP = [
  "p[style-name='Title'] => h1.lectern-title:fresh",
  "p[style-name='Subtitle'] => p.lectern-subtitle:fresh",
  "p[style-name='Author'] => p.lectern-author:fresh",
  "p[style-name='Image Caption'] => p.lectern-caption:fresh",
];
/** mammoth's notes about styles it maps to plain paragraphs: not worth the user's time. */
const STYLE_NOISE =
  /^(?:Unrecognised (?:paragraph|run) style|.* style with ID .* was referenced but not defined)/;

function xmlText(xml: string | undefined, tag: string): string | undefined {
  const m = new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(xml ?? '');
  const text = m?.[1]
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
  return text || undefined;
}

async function openZip(bytes: Buffer, file: string): Promise<JSZip> {
  const zip = await JSZip.loadAsync(bytes).catch(() => undefined);
  if (!zip?.file('word/document.xml')) {
    throw new LecternError(
      `${file}: not a Word document (.docx) that can be read; open it in Word or LibreOffice and save it again as .docx`,
    );
  }
  return zip;
}

/** What mammoth passes over without a word: tracked changes and comments. */
async function unseen(zip: JSZip): Promise<Notice[]> {
  const doc = (await zip.file('word/document.xml')!.async('string')) ?? '';
  const comments = (await zip.file('word/comments.xml')?.async('string')) ?? '';
  const count = (xml: string, tag: string) =>
    (xml.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length;
  const notices: Notice[] = [];
  const [ins, del, com] = [count(doc, 'w:ins'), count(doc, 'w:del'), count(comments, 'w:comment')];
  if (ins) {
    const what = plural(ins, 'tracked insertion', 'tracked insertions');
    notices.push({ message: `kept ${what} as inserted; check the changes were accepted` });
  }
  if (del) {
    const what = plural(del, 'tracked deletion', 'tracked deletions');
    notices.push({ message: `dropped ${what}, as if accepted` });
  }
  if (com) {
    const what = plural(com, 'comment', 'comments');
    notices.push({ message: `dropped ${what}; they are the reviewers', not the speaker's` });
  }
  return notices;
}

/** Take the Title and Author paragraphs out of the body; they are the header. */
function takeStyled(
  body: { querySelector(s: string): unknown },
  selector: string,
): string | undefined {
  const el = body.querySelector(selector) as { textContent: string | null; remove(): void } | null;
  if (!el) return undefined;
  el.remove();
  return el.textContent?.replace(/\s+/g, ' ').trim() || undefined;
}

export async function importDocx(
  bytes: Buffer,
  file: string,
  imageBase: string,
): Promise<DocumentImport> {
  const zip = await openZip(bytes, file);
  const core = await zip.file('docProps/core.xml')?.async('string');
  const files: ImageFile[] = [];
  const dropped: { index: number; type: string }[] = [];
  const placed: PlacedImage[] = [];
  const convertImage = mammoth.images.imgElement(async (image) => {
    const index = placed.length;
    const ext = SHOWN.get(image.contentType);
    if (!ext) {
      dropped.push({ index, type: image.contentType.replace(/^image\/(?:x-)?/, '').toUpperCase() });
      placed.push({ alt: (image as typeof image & { altText?: string }).altText ?? '' });
    } else {
      const name = `${imageBase}-${files.length + 1}.${ext}`;
      files.push({ name, bytes: Buffer.from(await image.readAsBase64String(), 'base64') });
      placed.push({
        alt: (image as typeof image & { altText?: string }).altText ?? '',
        path: name,
      });
    }
    return { src: `lectern-image:${index}` };
  });
  const result = await mammoth.convertToHtml(
    { buffer: bytes },
    { styleMap: STYLE_MAP, convertImage },
  );
  const { document } = parseHTML(`<!doctype html><html><body>${result.value}</body></html>`);
  const title = takeStyled(document.body, 'h1.lectern-title') ?? xmlText(core, 'dc:title');
  const speaker = takeStyled(document.body, 'p.lectern-author');
  for (const caption of document.querySelectorAll('p.lectern-caption')) {
    if (placed.some((p) => p.alt && p.alt === caption.textContent?.trim())) caption.remove();
  }
  const doc = htmlToText(document.body as unknown as DomNode);
  const imported = importPlainText(doc.text, file, {
    headings: doc.headings,
    seed: { title, speaker, author: xmlText(core, 'dc:creator') },
    paragraphs: true,
  });
  const notices = [...(await unseen(zip))];
  for (const d of dropped) {
    const at = doc.text
      .split('\n')
      .findIndex((l) => l.includes(`${MARK.image}${d.index}${MARK.image}`));
    notices.push({
      line: Math.ceil((at + 1) / 2),
      message: `dropped an image in ${d.type} format, which a browser cannot show; save it as PNG and add it with ![text](file.png)`,
    });
  }
  for (const m of result.messages)
    if (!STYLE_NOISE.test(m.message)) notices.push({ message: `mammoth: ${m.message}` });
  const report = [
    ...imported.report,
    ...notices.map((n) => (n.line ? `${file}:${n.line}: ${n.message}` : `${file}: ${n.message}`)),
  ];
  return { markdown: restoreMarks(imported.markdown, placed), report, files };
}
