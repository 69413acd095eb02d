// Document metadata, language, a fixed ID and bookmarks, written with pdf-lib. Fixed dates and IDs
// derived from the content make the same input give the same bytes, as far as Chromium allows.
import { createHash } from 'node:crypto';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFNull,
  ParseSpeeds,
  type PDFRef,
} from 'pdf-lib';
import type { Deck } from '../model.js';

export interface OutlineEntry {
  title: string;
  /** 0-based page index. */
  page: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The front matter date at midnight UTC (its first day when it is a range such as "May 15-17,
 * 2019"), or the Unix epoch when there is none. `Date.parse` is not used for free-form dates: V8
 * reads "May 15-17, 2019" as 15 May 2017.
 */
export function documentDate(date: string | undefined): Date {
  if (!date) return new Date(0);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (iso) return new Date(Date.UTC(+iso[1]!, +iso[2]! - 1, +iso[3]!));
  const year = /\b(1[89]\d\d|2\d\d\d)\b/.exec(date);
  if (!year) return new Date(0);
  const rest = date.replace(year[0], ' ');
  const month = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i.exec(rest);
  const day = /\b(\d{1,2})\b/.exec(rest);
  const m = month ? MONTHS.indexOf(month[1]!.toLowerCase()) : 0;
  const d = month && day && +day[1]! >= 1 && +day[1]! <= 31 ? +day[1]! : 1;
  return new Date(Date.UTC(+year[1]!, m, d));
}

/** 16 bytes of hex from the deck's identity and the kind of document. */
export function documentId(deck: Deck, kind: string): string {
  const { title, speaker, event, date } = deck.meta;
  return createHash('sha256')
    .update(JSON.stringify([kind, title, speaker, event, date]))
    .digest('hex')
    .slice(0, 32);
}

export function applyMetadata(
  doc: PDFDocument,
  deck: Deck,
  kind: 'slides' | 'handout' | 'script',
): void {
  const { meta } = deck;
  const label = { slides: 'slides', handout: 'audience handout', script: 'speaker script' }[kind];
  doc.setTitle(kind === 'slides' ? meta.title : `${meta.title} — ${label}`, {
    showInWindowTitleBar: true,
  });
  if (meta.speaker) doc.setAuthor(meta.speaker);
  if (meta.event) doc.setSubject(meta.event);
  doc.setKeywords(meta.keywords.length ? [meta.keywords.join(', ')] : []);
  doc.setCreator('Lectern');
  doc.setProducer('Lectern (Chromium, pdf-lib)');
  doc.setLanguage(meta.lang);
  const date = documentDate(meta.date);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const id = PDFHexString.of(documentId(deck, kind));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  // Chromium's XMP packet carries the print time; the Info dictionary above is authoritative.
  doc.catalog.delete(PDFName.of('Metadata'));
}

/** Replaces the document's bookmarks with a flat list; entries pointing past the last page are dropped. */
export function setOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  const pages = doc.getPages();
  const valid = entries.filter((e) => e.page >= 0 && e.page < pages.length);
  doc.catalog.delete(PDFName.of('Outlines'));
  if (valid.length === 0) return;
  const { context } = doc;
  const rootRef = context.nextRef();
  const refs: PDFRef[] = valid.map(() => context.nextRef());
  valid.forEach((entry, i) => {
    const item = context.obj({}) as PDFDict;
    item.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
    item.set(PDFName.of('Parent'), rootRef);
    const dest = PDFArray.withContext(context);
    dest.push(pages[entry.page]!.ref);
    dest.push(PDFName.of('XYZ'));
    dest.push(PDFNull);
    dest.push(PDFNull);
    dest.push(PDFNull);
    item.set(PDFName.of('Dest'), dest);
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    context.assign(refs[i]!, item);
  });
  const root = context.obj({}) as PDFDict;
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), refs[0]!);
  root.set(PDFName.of('Last'), refs[refs.length - 1]!);
  root.set(PDFName.of('Count'), PDFNumber.of(refs.length));
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/**
 * Loads a Chromium PDF without pdf-lib stamping its own dates and producer on it. pdf-lib's default
 * pauses a 1 ms+ timer every 100 objects, and a tagged 200-slide PDF has tens of thousands:
 * parsing straight through cut the 200-slide export by about a quarter of a second per document.
 */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/**
 * Saves without object streams, so every reader (and `pdfinfo`) sees the outline and metadata
 * plainly; without pausing every 50 objects (see `loadPdf`), which changes no byte of the output.
 */
export function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({
    useObjectStreams: false,
    updateFieldAppearances: false,
    objectsPerTick: Infinity,
  });
}

/** Latin-1 view of a PDF: one character per byte, so string offsets are byte offsets. */
function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Object `num` 0 (where its body starts, and the body), found through a classic xref table. */
function objectAt(pdf: string, xrefBody: number, num: number): { at: number; text: string } {
  const entry = xrefBody + 20 * num;
  const offset = Number(pdf.slice(entry, entry + 10));
  const head = `${num} 0 obj`;
  if (!pdf.startsWith(head, offset)) return { at: -1, text: '' };
  const at = offset + head.length;
  return { at, text: pdf.slice(at, pdf.indexOf('endobj', at)) };
}

/**
 * Chromium's PDF with Lectern's Info dictionary and ID appended as an incremental update, instead
 * of pdf-lib parsing and re-writing the whole file (for the speaker script, ~0.3 s of Node time on
 * 80 pages). For documents whose catalog is already right: Chromium writes the outline, the
 * language and DisplayDocTitle itself. Its own Info dictionary, which holds the print time, is
 * blanked in place so that the same input gives the same bytes. Undefined when the file is not laid
 * out as Chromium lays it out (one classic cross-reference table); then use pdf-lib.
 */
export async function appendMetadata(
  bytes: Uint8Array,
  deck: Deck,
  kind: 'slides' | 'handout' | 'script',
): Promise<{ bytes: Uint8Array; pages: number } | undefined> {
  const pdf = latin1(bytes);
  const end = /trailer\s*<<([^]*?)>>\s*startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf.slice(-1024));
  const field = (name: string) => new RegExp(`/${name} (\\d+)`).exec(end?.[1] ?? '')?.[1];
  const [size, root, oldInfo] = [field('Size'), field('Root'), field('Info')].map(Number);
  if (!end || !size || !root || !oldInfo || /\/(Prev|Encrypt|ID)\b/.test(end[1]!)) return undefined;
  const startxref = Number(end[2]);
  const table = /^xref\s+0 (\d+)\s+/.exec(pdf.slice(startxref, startxref + 64));
  if (!table || Number(table[1]) !== size) return undefined;
  const xrefBody = startxref + table[0].length;
  const pagesRef = /\/Pages (\d+) 0 R/.exec(objectAt(pdf, xrefBody, root).text)?.[1];
  const count = /\/Count (\d+)/.exec(objectAt(pdf, xrefBody, Number(pagesRef)).text)?.[1];
  const info = objectAt(pdf, xrefBody, oldInfo);
  if (!count || info.at < 0 || !/^\s*<<[^]*>>\s*$/.test(info.text)) return undefined;

  // The same Info dictionary pdf-lib writes for the other documents, from a scratch document.
  const scratch = await PDFDocument.create({ updateMetadata: false });
  applyMetadata(scratch, deck, kind);
  const infoDict = scratch.context.lookup(scratch.context.trailerInfo.Info as PDFRef, PDFDict);
  const id = PDFHexString.of(documentId(deck, kind)).toString();

  const blank = '\n<<>>'.padEnd(info.text.length, ' ');
  // The version pdf-lib's documents declare, in place of Chromium's %PDF-1.4 (same length).
  const head =
    pdf.slice(0, info.at).replace(/^%PDF-1\.\d/, '%PDF-1.7') +
    blank +
    pdf.slice(info.at + info.text.length);
  const base = head.endsWith('\n') ? head : `${head}\n`;
  const object = `${size} 0 obj\n${infoDict.toString()}\nendobj\n`;
  const xrefAt = base.length + object.length;
  const update =
    `${object}xref\n${size} 1\n${String(base.length).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${size + 1}\n/Root ${root} 0 R\n/Info ${size} 0 R\n/ID [${id} ${id}]\n` +
    `/Prev ${startxref}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return { bytes: new Uint8Array(Buffer.from(base + update, 'latin1')), pages: Number(count) };
}
