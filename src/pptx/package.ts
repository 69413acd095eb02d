// Makes the .pptx the same bytes for the same deck, and adds what pptxgenjs does not write:
// fixed zip timestamps, created/modified from the front matter's date, stable section ids,
// keywords and language in docProps/core.xml, the deck's language on every run, and notes split
// into paragraphs (pptxgenjs puts all of a slide's notes in one).
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { documentDate } from '../pdf/pdf-meta.js';
import type { AddressMeta } from '../core/address-meta.js';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** docProps/core.xml with fixed dates, the keywords and the language. */
export function rewriteCore(
  xml: string,
  meta: Pick<AddressMeta, 'keywords' | 'lang'>,
  date: Date,
): string {
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const extra =
    `<cp:keywords>${escapeXml(meta.keywords.join(', '))}</cp:keywords>` +
    `<dc:language>${escapeXml(meta.lang)}</dc:language>`;
  return xml
    .replace(/(<dcterms:created[^>]*>)[^<]*/, `$1${stamp}`)
    .replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${stamp}`)
    .replace(/<cp:keywords>[\s\S]*?<\/cp:keywords>|<dc:language>[\s\S]*?<\/dc:language>/g, '')
    .replace('</cp:coreProperties>', `${extra}</cp:coreProperties>`);
}

/** Section ids derived from each section's name and position instead of random UUIDs. */
export function stableSectionIds(xml: string): string {
  let n = 0;
  return xml.replace(
    /(<p14:section name="([^"]*)" id=")\{[0-9a-fA-F-]+\}/g,
    (_, head: string, name: string) => {
      const hex = createHash('sha256').update(`${n++}\u0000${name}`).digest('hex').toUpperCase();
      const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
      return `${head}{${uuid}}`;
    },
  );
}

/** A notes slide's single paragraph (lines joined by CRLF) → one paragraph per line. */
export function splitNotesParagraphs(xml: string): string {
  return xml.replace(
    /<a:p><a:r>(<a:rPr [^>]*\/>)<a:t>([^<]*)<\/a:t><\/a:r>(<a:endParaRPr [^>]*\/>)<\/a:p>/,
    (whole, rPr: string, text: string, end: string) => {
      const lines = text.split(/\r?\n/);
      if (lines.length < 2) return whole;
      return lines.map((line) => `<a:p><a:r>${rPr}<a:t>${line}</a:t></a:r>${end}</a:p>`).join('');
    },
  );
}

/** pptxgenjs marks every run and empty paragraph `en-US`: the deck's own language instead. */
export function setLanguage(xml: string, lang: string): string {
  return xml
    .replace(/\blang="en-US"/g, `lang="${escapeXml(lang)}"`)
    .replace(/ altLang="en-US"/g, '');
}

/** pptxgenjs colours a list marker as its text: the theme's marker colour instead. */
export function colourMarkers(xml: string, hex: string | undefined): string {
  if (!hex) return xml;
  return xml.replace(/<a:buSzPct /g, `<a:buClr><a:srgbClr val="${hex}"/></a:buClr><a:buSzPct `);
}

/** The package rewritten: every part in the same order, stamped with the document's date. */
export async function normalizePackage(
  bytes: Uint8Array,
  meta: Pick<AddressMeta, 'keywords' | 'lang' | 'date' | 'dateIso'>,
  markerColor?: string,
): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const date = documentDate(meta.dateIso ?? meta.date);
  // Zip stores local DOS time from 1980 on: a date before that (no date given) becomes 1980-01-01.
  const zipDate = new Date(Math.max(date.getTime(), Date.UTC(1980, 0, 1, 12)));
  const out = new JSZip();
  const names = Object.keys(source.files).filter((name) => !source.files[name]!.dir);
  for (const name of names) {
    const file = source.files[name]!;
    if (/\.(xml|rels)$/.test(name)) {
      let xml = await file.async('string');
      if (name === 'docProps/core.xml') xml = rewriteCore(xml, meta, date);
      if (name === 'ppt/presentation.xml') xml = stableSectionIds(xml);
      if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) xml = splitNotesParagraphs(xml);
      if (/^ppt\/(slides|notesSlides)\//.test(name)) xml = setLanguage(xml, meta.lang);
      if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) xml = colourMarkers(xml, markerColor);
      out.file(name, xml, { date: zipDate, createFolders: false });
    } else {
      out.file(name, await file.async('uint8array'), { date: zipDate, createFolders: false });
    }
  }
  return out.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'UNIX',
  });
}
