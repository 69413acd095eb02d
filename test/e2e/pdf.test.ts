// Real Chromium: export the fixture deck and read the three PDFs back.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPdfs, type ExportSummary } from '../../src/pdf/index.js';
import { slidesOf } from '../../src/core/deck.js';
import { withMarkers } from '../helpers/markers.js';
import { fixtureDeck, writeFixtureSite } from '../fixtures/export/deck.js';
import {
  bookmarks,
  inkPerPage,
  loadDoc,
  normalise,
  pdfInfo,
  pdfText,
} from '../fixtures/export/read-pdf.js';

const deck = fixtureDeck('/work/content/address.md');
const slideCount = slidesOf(deck).length;
let root: string;
let site: string;
let summary: ExportSummary;
const file = (name: string) => join(site, name);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'lectern-pdf-e2e-'));
  site = join(root, 'dist');
  writeFixtureSite(site, deck);
  // A deck that tries to reach the network: the export must block it and say so.
  const html = readFileSync(file('index.html'), 'utf8');
  writeFileSync(
    file('index.html'),
    html.replace(
      '</head>',
      '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Lato"></head>',
    ),
  );
  summary = await exportPdfs({ distDir: site, deck });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('slides PDF', () => {
  it('has one page per slide at the deck size (1280×720 px = 960×540 pt)', async () => {
    const doc = await loadDoc(file('address.pdf'));
    expect(doc.getPageCount()).toBe(slideCount);
    for (const page of doc.getPages()) expect(page.getSize()).toEqual({ width: 960, height: 540 });
    expect(summary.files[0]).toMatchObject({ path: file('address.pdf'), pages: slideCount });
  });

  it('carries the section titles and the quotation as text', async () => {
    const text = normalise(await pdfText(file('address.pdf')));
    expect(text).toMatch(/Introduction/i);
    expect(text).toMatch(/The Summits of 2018/i);
    expect(text).toContain('There will be no more war on the Korean Peninsula.');
  });

  it('blocked and reported the request that would have left the machine', () => {
    expect(summary.blockedRequests).toEqual(['https://fonts.googleapis.com/css?family=Lato']);
  });
});

describe('handout', () => {
  it('has three slides per sheet with note lines, then the references', async () => {
    const doc = await loadDoc(file('address-handout.pdf'));
    // 8 slides, of which the sheets show the content: the key points (4) and the quote (6). The
    // title, outline, dividers and closing are left out, the references printed in full after.
    expect(slideCount).toBe(8);
    expect(doc.getPageCount()).toBe(2);
    const sheet = normalise(await pdfText(file('address-handout.pdf'), 1));
    expect(sheet).toContain('Slide 4');
    expect(sheet).toContain('Slide 6');
    for (const n of [1, 2, 3, 5, 7, 8]) expect(sheet).not.toContain(`Slide ${n}`);
    expect((await pdfInfo(file('address-handout.pdf')))['Page size']).toContain('(A4)');
    const first = sheet;
    expect(first).toContain(
      'Address to the Leadership Conference · A. Zhebin · International Leadership Conference 2019',
    );
    // The page number, in content order (not at the end); the thin spaces may be dropped.
    expect(first).toMatch(new RegExp(`\\b1 ?/ ?${doc.getPageCount()}\\b`));
  });

  it('ends with every footnote in full', async () => {
    const doc = await loadDoc(file('address-handout.pdf'));
    const last = normalise(await pdfText(file('address-handout.pdf'), doc.getPageCount()));
    expect(last).toContain('References');
    for (const note of deck.footnotes) expect(last).toContain(normalise(note.source));
    expect(last).toContain('Ibid., p. 14.');
  });

  it('6 per sheet on letter paper', async () => {
    const other = join(root, 'six');
    writeFixtureSite(other, deck);
    const six = await exportPdfs({
      distDir: other,
      deck,
      handoutLayout: 6,
      paper: 'letter',
      fragments: true,
    });
    const handout = six.files.find((f) => f.path.endsWith('-handout.pdf'))!;
    expect(handout.pages).toBe(2);
    expect((await pdfInfo(handout.path))['Page size']).toContain('612 x 792');
    expect(normalise(await pdfText(handout.path, 1))).toMatch(/Slide 4[^]*Slide 6/);
    expect(normalise(await pdfText(handout.path, 1))).not.toContain('Slide 7');
    // With fragments, the points slide's two bullets add two pages to the slides PDF.
    expect(six.files[0]!.pages).toBe(slideCount + 2);
  });
});

describe('speaker script', () => {
  it('contains every spoken word, with footnote markers, and the asides and sources', async () => {
    const text = normalise(await pdfText(file('address-script.pdf')));
    for (const slide of slidesOf(deck)) {
      for (const passage of slide.notes.spoken)
        expect(text).toContain(normalise(withMarkers(passage)));
      for (const aside of slide.notes.asides) expect(text).toContain(aside);
      for (const source of slide.notes.sources) expect(text).toContain(normalise(source.text));
    }
    expect(text).toContain('서울과 평양');
    expect(text).toContain('Russia’s firm conviction');
  });

  it('gives each slide its number, title, time and running total', async () => {
    const text = normalise(await pdfText(file('address-script.pdf')));
    expect(text).toContain('4 Introduction Points ≈ 0:40 · running total 1:10');
  });
});

describe('all three PDFs', () => {
  const names = ['address.pdf', 'address-handout.pdf', 'address-script.pdf'];

  it.each(names)(
    '%s has title, author, subject, keywords, language and the fixed date',
    async (name) => {
      const info = await pdfInfo(file(name));
      expect(info.Title).toContain('Address to the Leadership Conference');
      expect(info.Author).toBe('A. Zhebin');
      expect(info.Subject).toBe('International Leadership Conference 2019');
      expect(info.Keywords).toBe('Korea, dialogue');
      expect(info.Creator).toBe('Lectern');
      expect(info.Tagged).toBe('yes');
      const doc = await loadDoc(file(name));
      expect(doc.getCreationDate()?.toISOString()).toBe('2019-05-15T00:00:00.000Z');
      expect(String(doc.catalog.get((await import('pdf-lib')).PDFName.of('Lang')))).toContain('en');
    },
  );

  it.each(names)(
    '%s has a bookmark for the title, each section and the references',
    async (name) => {
      const top = bookmarks(await loadDoc(file(name))).map((b) => b.title);
      expect(top).toEqual([
        deck.meta.title,
        '1. Introduction',
        '2. The Summits of 2018',
        'References',
      ]);
    },
  );

  it('same input, same bytes: a second export writes identical files', async () => {
    const before = names.map((name) => readFileSync(file(name)));
    await exportPdfs({ distDir: site, deck });
    names.forEach((name, i) => expect(readFileSync(file(name)).equals(before[i]!)).toBe(true));
  });

  it.each(names)('%s has no blank page', async (name) => {
    for (const ink of await inkPerPage(file(name))) expect(ink).toBeGreaterThan(0.002);
  });
});

describe('a dark theme', () => {
  let dark: string;
  const logged: string[] = [];

  beforeAll(async () => {
    dark = join(root, 'dark');
    writeFixtureSite(dark, deck);
    const revealTheme = 'node_modules/reveal.js/dist/theme/black.css';
    writeFileSync(join(dark, 'reveal', 'black.css'), readFileSync(revealTheme));
    const html = readFileSync(join(dark, 'index.html'), 'utf8');
    writeFileSync(join(dark, 'index.html'), html.replace('reveal/white.css', 'reveal/black.css'));
    await exportPdfs({ distDir: dark, deck, log: (msg) => logged.push(msg) });
  });

  it('keeps its colours in the slides PDF and is printed light on the handout’s sheets', async () => {
    // A black slide is nearly all ink; the same slide placed on a sheet is dark text on white.
    expect((await inkPerPage(join(dark, 'address.pdf')))[0]).toBeGreaterThan(0.9);
    const [sheet] = await inkPerPage(join(dark, 'address-handout.pdf'));
    const [lightSheet] = await inkPerPage(file('address-handout.pdf'));
    expect(sheet).toBeLessThan(lightSheet! + 0.03);
    expect(logged).toContain('handout: the theme is dark, so its slides are printed light');
    // Still the slides' own text, drawn as vector.
    expect(normalise(await pdfText(join(dark, 'address-handout.pdf'), 1))).toContain(
      deck.meta.title,
    );
  });
});
