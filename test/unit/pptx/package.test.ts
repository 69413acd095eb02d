import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  colourMarkers,
  normalizePackage,
  rewriteCore,
  setLanguage,
  splitNotesParagraphs,
  stableSectionIds,
} from '../../../src/pptx/package.js';

const CORE = `<cp:coreProperties xmlns:cp="c" xmlns:dc="d" xmlns:dcterms="t" xmlns:xsi="x"><dc:title>T</dc:title>
<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-03T13:30:01Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-03T13:30:01Z</dcterms:modified></cp:coreProperties>`;

describe('docProps/core.xml', () => {
  it('gets the address’s date, keywords and language', () => {
    const xml = rewriteCore(
      CORE,
      { keywords: ['water', 'R&D'], lang: 'fr' },
      new Date(Date.UTC(2019, 4, 15)),
    );
    expect(xml).toContain('>2019-05-15T00:00:00Z</dcterms:created>');
    expect(xml).toContain('>2019-05-15T00:00:00Z</dcterms:modified>');
    expect(xml).toContain(
      '<cp:keywords>water, R&amp;D</cp:keywords><dc:language>fr</dc:language></cp:coreProperties>',
    );
    expect(
      rewriteCore(xml, { keywords: [], lang: 'fr' }, new Date(0)).match(/<dc:language>/g),
    ).toHaveLength(1);
  });
});

describe('the slides’ and notes’ XML', () => {
  it('replaces random section ids with ones derived from the sections', () => {
    const xml = (id: string) =>
      `<p14:section name="Intro" id="{${id}}"><p14:sldIdLst/></p14:section><p14:section name="End" id="{${id}}">`;
    const a = stableSectionIds(xml('11111111-2222-3333-4444-555555555555'));
    const b = stableSectionIds(xml('99999999-8888-7777-6666-555555555555'));
    expect(a).toBe(b);
    const ids = [...a.matchAll(/id="\{([0-9A-F-]{36})\}"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(2);
  });

  it('splits a notes slide’s one paragraph at each line into paragraphs', () => {
    const xml =
      '<a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>One.\r\nTwo.</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p>';
    expect(splitNotesParagraphs(xml)).toBe(
      '<a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>One.</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p>' +
        '<a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>Two.</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p>',
    );
  });

  it('marks runs with the deck’s language and colours list markers', () => {
    expect(setLanguage('<a:rPr lang="en-US" altLang="en-US"/>', 'ko')).toBe('<a:rPr lang="ko"/>');
    expect(colourMarkers('<a:buSzPct val="100000"/>', '8C2B1F')).toBe(
      '<a:buClr><a:srgbClr val="8C2B1F"/></a:buClr><a:buSzPct val="100000"/>',
    );
  });
});

describe('normalizePackage', () => {
  it('gives the same bytes for packages written at different times', async () => {
    const pack = async (when: Date, id: string) => {
      const zip = new JSZip();
      zip.file('docProps/core.xml', CORE.replace(/2026-12-03T13:30:01Z/g, when.toISOString()), {
        date: when,
      });
      zip.file('ppt/presentation.xml', `<p14:section name="A" id="{${id}}">`, { date: when });
      zip.file('ppt/media/image-1.png', new Uint8Array([1, 2, 3]), { date: when });
      return zip.generateAsync({ type: 'uint8array' });
    };
    const meta = { keywords: [], lang: 'en', date: 'May 15, 2019' };
    const a = await normalizePackage(
      await pack(new Date(), '11111111-2222-3333-4444-555555555555'),
      meta,
    );
    const b = await normalizePackage(
      await pack(new Date(Date.now() + 86_400_000), '99999999-8888-7777-6666-555555555555'),
      meta,
    );
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const back = await JSZip.loadAsync(a);
    expect(back.file('ppt/media/image-1.png')!.date.toISOString()).toBe('2019-05-15T00:00:00.000Z');
    expect(await back.file('docProps/core.xml')!.async('string')).toContain('2019-05-15T00:00:00Z');
  });
});
