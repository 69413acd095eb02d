// The PDFs of a real `lectern build` of the address, page by page: each page of the slides PDF
// carries everything its slide shows — down to the last bullet, the attribution under a quote and
// the footer — so a slide cut off by the print layout fails here even when its words appear
// elsewhere in the document.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slidesOf, type Deck, type Slide } from '../../src/core/deck.js';
import { runCli } from './helpers/cli.js';
import { inkPerPage, pdfInfo, pdfText } from '../fixtures/export/read-pdf.js';

const root = mkdtempSync(join(tmpdir(), 'lectern-e2e-build-pdf-'));
const out = join(root, 'dist');
let deck: Deck;

/**
 * Whitespace and hyphens removed: line breaks do not change what a page says, and the text read back joins
 * a word broken after its hyphen ("inter-" / "Korean" → "interKorean").
 */
const squash = (text: string) => text.replace(/[\s-]+/g, '');

/** What a slide shows, each a string its page's text must contain. */
function shown(slide: Slide, deck: Deck): string[] {
  switch (slide.kind) {
    case 'title':
    case 'closing':
      return [slide.title, ...(slide.byline ?? [])];
    case 'outline':
      return [slide.title, ...(slide.outline ?? [])];
    case 'section':
      return [slide.title];
    case 'points':
      return [slide.title, ...(slide.bullets ?? [])];
    case 'quote':
      return [slide.quote!.text, slide.quote!.attribution ?? ''];
    case 'references':
      return (slide.references ?? []).map((r) => `[${r.label}] ${r.text}`);
    default:
      return [slide.title || deck.meta.title];
  }
}

beforeAll(async () => {
  const built = await runCli('build', 'content/address.md', '--out', out, '--quiet');
  expect(built.code, built.err).toBe(0);
  deck = JSON.parse(readFileSync(join(out, 'lectern.json'), 'utf8')) as Deck;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the slides PDF of the built address', () => {
  it('shows on each page all of its slide, the footer included, and no page is blank', async () => {
    const file = join(out, 'address.pdf');
    const slides = slidesOf(deck);
    expect(Number((await pdfInfo(file)).Pages)).toBe(slides.length);
    expect(deck.meta.event).toBeTruthy();
    for (const [i, slide] of slides.entries()) {
      const page = squash(await pdfText(file, i + 1));
      for (const text of shown(slide, deck).filter(Boolean)) {
        expect(page, `page ${i + 1} (${slide.id}) shows “${text}”`).toContain(squash(text));
      }
      expect(page, `footer on page ${i + 1}`).toContain(squash(deck.meta.event!));
    }
    for (const [i, ink] of (await inkPerPage(file)).entries()) {
      expect(ink, `ink on page ${i + 1}`).toBeGreaterThan(0.002);
    }
  });

  it('dates all three PDFs from the front matter (the talk’s year)', async () => {
    const year = /\d{4}/.exec(deck.meta.date ?? '')![0];
    for (const name of ['address.pdf', 'address-handout.pdf', 'address-script.pdf']) {
      expect((await pdfInfo(join(out, name))).CreationDate, name).toContain(year);
    }
  });
});

describe('the one-file deck of the same build', () => {
  it('holds every slide, its script and its fonts, and loads nothing beside itself', () => {
    const html = readFileSync(join(out, 'address.html'), 'utf8');
    expect(html.match(/<section[^>]* class="lectern-slide /g)).toHaveLength(slidesOf(deck).length);
    expect(html).toContain('data:font/woff2;base64,');
    expect(html).toMatch(/<script>\n/);
    expect(html).not.toMatch(/(?:src|href)="(?:assets|images)\//);
  });
});
