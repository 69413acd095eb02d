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
import { labelsOf } from '../core/labels.js';
import type { Deck } from '../core/deck.js';
import { PdfUpdate } from './pdf-update.js';
import {
  RawPdf,
  UnexpectedLayout,
  array,
  atom,
  dict,
  name,
  ref,
  textString,
  unlessUnexpected,
} from './raw-pdf.js';

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
  const labels = labelsOf(meta);
  const label = kind === 'handout' ? labels.handoutTitle : labels.scriptTitle;
  doc.setTitle(kind === 'slides' ? meta.title : `${meta.title} — ${label}`, {
    showInWindowTitleBar: true,
  });
  if (meta.speaker) doc.setAuthor(meta.speaker);
  if (meta.event) doc.setSubject(meta.event);
  doc.setKeywords(meta.keywords.length ? [meta.keywords.join(', ')] : []);
  doc.setCreator('Lectern');
  doc.setProducer('Lectern (Chromium, pdf-lib)');
  doc.setLanguage(meta.lang);
  const date = documentDate(meta.dateIso ?? meta.date);
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

/** Lectern's Info dictionary as PDF text: the one `applyMetadata` writes, from a scratch document. */
async function infoDictionary(deck: Deck, kind: 'slides' | 'handout' | 'script'): Promise<string> {
  const scratch = await PDFDocument.create({ updateMetadata: false });
  applyMetadata(scratch, deck, kind);
  return scratch.context.lookup(scratch.context.trailerInfo.Info as PDFRef, PDFDict).toString();
}

/**
 * Finishes a browser-made PDF as an incremental update (see raw-pdf.ts) instead of pdf-lib
 * re-writing it: Lectern's Info dictionary and a fixed ID, and the bookmarks when `outline` is
 * given (for the script, Chromium's own nested outline from its headings is kept). The browser's
 * Info dictionary, which holds the print time, is blanked in place so that the same input gives
 * the same bytes. Throws `UnexpectedLayout` for a file not laid out as Chromium lays it out.
 */
export async function finishUpdate(
  update: PdfUpdate,
  deck: Deck,
  kind: 'slides' | 'handout' | 'script',
  outline?: OutlineEntry[],
): Promise<{ bytes: Uint8Array; pages: number }> {
  const { pdf } = update;
  const pages = pdf.pages();
  const catalog = pdf.object(pdf.root).value;
  if (catalog.kind !== 'dict') throw new UnexpectedLayout('the catalog is not a dictionary');
  const entries = new Map(catalog.entries);
  // Chromium's XMP packet, if any, carries the print time; the Info dictionary is authoritative.
  let changed = entries.delete('Metadata');
  const valid = (outline ?? []).filter((e) => e.page >= 0 && e.page < pages.length);
  if (outline) {
    changed = entries.delete('Outlines') || changed;
    if (valid.length > 0) {
      const root = update.reserve();
      const items = valid.map(() => update.reserve());
      valid.forEach((e, i) => {
        const item = dict({
          Title: textString(e.title),
          Parent: ref(root),
          Dest: array([ref(pages[e.page]!), name('XYZ'), atom('null'), atom('null'), atom('null')]),
        });
        if (i > 0) item.entries.set('Prev', ref(items[i - 1]!));
        if (i < items.length - 1) item.entries.set('Next', ref(items[i + 1]!));
        update.set(items[i]!, item);
      });
      update.set(
        root,
        dict({
          Type: name('Outlines'),
          First: ref(items[0]!),
          Last: ref(items[items.length - 1]!),
          Count: atom(items.length),
        }),
      );
      entries.set('Outlines', ref(root));
      entries.set('PageMode', name('UseOutlines'));
      changed = true;
    }
  }
  if (changed) update.set(pdf.root, { kind: 'dict', entries });
  update.blank(pdf.info);
  const info = update.add(atom(await infoDictionary(deck, kind)));
  return { bytes: update.bytes({ info, id: documentId(deck, kind) }), pages: pages.length };
}

/** `finishUpdate` for a PDF as Chromium printed it, or undefined when it is laid out otherwise. */
export function appendMetadata(
  bytes: Uint8Array,
  deck: Deck,
  kind: 'slides' | 'handout' | 'script',
): Promise<{ bytes: Uint8Array; pages: number } | undefined> {
  return unlessUnexpected(() => finishUpdate(new PdfUpdate(RawPdf.read(bytes)), deck, kind));
}
