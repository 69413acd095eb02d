// Reads a .pptx back independently of the code that wrote it: its parts' XML, unzipped with jszip,
// the slides in the order presentation.xml lists them, each with its text boxes and notes.
import JSZip from 'jszip';

export interface ShapeSeen {
  name: string;
  /** EMU (914400 per inch). */
  box: { x: number; y: number; w: number; h: number };
  /** Each paragraph's text. */
  paragraphs: string[];
}

export interface SlideSeen {
  part: string;
  shapes: ShapeSeen[];
  /** Every paragraph of the slide, shapes in order. */
  text: string[];
  /** The notes' paragraphs. */
  notes: string[];
  /** The Latin typefaces the slide's text asks for. */
  fonts: string[];
}

export interface PptxSeen {
  slides: SlideSeen[];
  /** The slide size, EMU. */
  size: { cx: number; cy: number };
  core: string;
  /** Section names, in order, each with its slides' 1-based positions. */
  sections: { name: string; slides: number[] }[];
}

export function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) =>
    [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => decodeXml(t[1]!)).join(''),
  );
}

function shapesOf(xml: string): ShapeSeen[] {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].flatMap((m) => {
    const sp = m[1]!;
    const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(sp);
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp);
    if (!off || !ext || !sp.includes('<p:txBody>')) return [];
    return [
      {
        name: /<p:cNvPr id="\d+" name="([^"]*)"/.exec(sp)?.[1] ?? '',
        box: { x: +off[1]!, y: +off[2]!, w: +ext[1]!, h: +ext[2]! },
        paragraphs: paragraphsOf(sp),
      },
    ];
  });
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is not in the package`);
  return file.async('string');
}

/** `../slides/slide3.xml` from `ppt/slides/_rels/…` → `ppt/slides/slide3.xml`. */
function resolvePart(base: string, target: string): string {
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

function relsOf(xml: string): Map<string, { target: string; type: string }> {
  return new Map(
    [...xml.matchAll(/<Relationship ([^>]*)\/>/g)].map((m) => {
      const attr = (n: string) => new RegExp(`${n}="([^"]*)"`).exec(m[1]!)?.[1] ?? '';
      return [attr('Id'), { target: attr('Target'), type: attr('Type') }];
    }),
  );
}

export async function readPptx(bytes: Uint8Array): Promise<PptxSeen> {
  const zip = await JSZip.loadAsync(bytes);
  const presentation = await text(zip, 'ppt/presentation.xml');
  const rels = relsOf(await text(zip, 'ppt/_rels/presentation.xml.rels'));
  const sldIds = [...presentation.matchAll(/<p:sldId id="(\d+)" r:id="(rId\d+)"\/>/g)];
  const slides: SlideSeen[] = [];
  for (const [, , rid] of sldIds) {
    const part = resolvePart('ppt/presentation.xml', rels.get(rid!)!.target);
    const xml = await text(zip, part);
    const own = relsOf(await text(zip, part.replace(/([^/]+)$/, '_rels/$1.rels')));
    const notesRel = [...own.values()].find((r) => r.type.endsWith('/notesSlide'));
    const notesXml = notesRel ? await text(zip, resolvePart(part, notesRel.target)) : '';
    // The notes page's body placeholder: its slide number field is not part of the notes.
    const body = /<p:ph type="body"[\s\S]*?<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(notesXml)?.[1];
    const shapes = shapesOf(xml);
    slides.push({
      part,
      shapes,
      text: shapes.flatMap((s) => s.paragraphs),
      notes: body ? paragraphsOf(body) : [],
      fonts: [
        ...new Set([...xml.matchAll(/<a:latin typeface="([^"]+)"/g)].map((m) => decodeXml(m[1]!))),
      ],
    });
  }
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation)!;
  const idToIndex = new Map(sldIds.map(([, id], i) => [id!, i + 1]));
  const sections = [
    ...presentation.matchAll(/<p14:section name="([^"]*)"[^>]*>([\s\S]*?)<\/p14:section>/g),
  ].map((m) => ({
    name: decodeXml(m[1]!),
    slides: [...m[2]!.matchAll(/<p14:sldId id="(\d+)"\/>/g)].map((s) => idToIndex.get(s[1]!)!),
  }));
  return {
    slides,
    size: { cx: +size[1]!, cy: +size[2]! },
    core: await text(zip, 'docProps/core.xml'),
    sections,
  };
}
