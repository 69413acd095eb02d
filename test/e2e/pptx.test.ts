// The PowerPoint the build writes, read back from its XML (helpers/pptx.ts), not through the code
// that wrote it: one slide per deck slide in order, each slide's text, the address in the notes,
// the document properties, and the same bytes when exported again.
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck, Slide } from '../../src/core/deck.js';
import { slidesOf } from '../../src/core/deck.js';
import { checkSpokenNotes, sourceSentences } from '../unit/plan/faithfulness.js';
import { runCli } from './helpers/cli.js';
import { readPptx, type PptxSeen } from './helpers/pptx.js';

const ADDRESS = fileURLToPath(new URL('../../content/address.md', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'lectern-e2e-pptx-'));
const dist = join(root, 'dist');
let source: string;
let deck: Deck;
let seen: PptxSeen;
let built: Buffer;

/** The address's own paragraphs and footnotes, read from the Markdown file as written. */
function rawAddress(md: string) {
  const body = md.replace(/^---[\s\S]*?\n---\n/, '').split('\n');
  const notes = body.flatMap((l) => /^\[\^(\w+)\]: (.*)$/.exec(l)?.slice(1, 3) ?? []);
  const paragraphs = body.filter((l) => l.trim() && !/^(##|\[\^)/.test(l));
  return {
    paragraphs,
    footnotes: Array.from({ length: notes.length / 2 }, (_, i) => ({
      label: notes[2 * i]!,
      text: notes[2 * i + 1]!,
    })),
  };
}

/** What the deck shows on a slide, in reading order (the kicker as set, in capitals or not). */
function shownText(slide: Slide): string[] {
  return [
    slide.kicker,
    // A quote slide's title is its section's, for the outline and notes: the slide shows the quote.
    slide.kind === 'quote' ? undefined : slide.title,
    slide.subtitle,
    ...(slide.byline ?? []),
    ...(slide.outline ?? []),
    // A statement slide's one bullet is its headline.
    ...(slide.kind === 'statement' ? [] : (slide.bullets ?? [])),
    slide.point,
    slide.quote?.text,
    slide.quote?.attribution,
    slide.quote?.source?.text,
    ...(slide.references ?? []).flatMap((r) => [`[${r.label}]`, r.text]),
  ].filter((t): t is string => Boolean(t));
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

beforeAll(async () => {
  source = readFileSync(ADDRESS, 'utf8').replace(
    /^lang: en$/m,
    'lang: en\nkeywords: [Korea, Russia, dialogue]',
  );
  writeFileSync(join(root, 'address.md'), source);
  const build = await runCli('build', join(root, 'address.md'), '--out', dist, '--quiet');
  expect(build.code, build.err).toBe(0);
  deck = JSON.parse(readFileSync(join(dist, 'lectern.json'), 'utf8')) as Deck;
  built = readFileSync(join(dist, 'address.pptx'));
  seen = await readPptx(built);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('lectern build → address.pptx', () => {
  it('has one slide per deck slide, in the deck’s order and sections, at 16:9', () => {
    expect(seen.slides).toHaveLength(slidesOf(deck).length);
    expect(seen.size).toEqual({ cx: 12192000, cy: 6858000 });
    const sectioned = deck.stacks.filter((s) => s.section !== undefined);
    const names = seen.sections.map((s) => s.name);
    for (const stack of sectioned) expect(names).toContain(stack.slides[0]!.title);
    expect(seen.sections.flatMap((s) => s.slides)).toEqual(seen.slides.map((_, i) => i + 1));
  });

  it('shows each slide’s text as editable text, in the deck’s reading order', () => {
    slidesOf(deck).forEach((slide, i) => {
      const text = flat(seen.slides[i]!.text.join('\n'));
      let at = 0;
      for (const expected of shownText(slide)) {
        const found = text.indexOf(flat(expected), at);
        expect(found, `${slide.id}: "${expected}" in ${text}`).toBeGreaterThanOrEqual(0);
        at = found + flat(expected).length;
      }
    });
  });

  it('lays bullets out as a real list, one paragraph per bullet', async () => {
    const points = slidesOf(deck).findIndex((s) => s.kind === 'points' && !s.ordered);
    const xml = await (
      await import('jszip')
    ).default
      .loadAsync(built)
      .then((zip) => zip.file(seen.slides[points]!.part)!.async('string'));
    const bullets = slidesOf(deck)[points]!.bullets!;
    expect(xml.match(/<a:buChar /g)).toHaveLength(bullets.length);
    const shape = seen.slides[points]!.shapes.find((s) => s.name === 'bullets')!;
    expect(shape.paragraphs.map(flat)).toEqual(bullets.map(flat));
  });

  it('holds every sentence of the address in the notes, whole and in order', () => {
    const sentences = rawAddress(source).paragraphs.flatMap((p) => sourceSentences(p));
    expect(sentences.length).toBeGreaterThan(40);
    const spoken = seen.slides.map((s, i) => {
      const cut = s.notes.findIndex((p) => p === 'Sources:' || p === "Speaker's notes:");
      return { id: String(i + 1), spoken: (cut < 0 ? s.notes : s.notes.slice(0, cut)).join('\n') };
    });
    expect(checkSpokenNotes(sentences, spoken)).toEqual([]);
  });

  it('holds every footnote in the notes of the slides citing it', () => {
    const notes = seen.slides.map((s) => s.notes.join('\n'));
    for (const note of rawAddress(source).footnotes) {
      const citing = notes.filter((n) => n.split('Sources:')[0]!.includes(`[${note.label}]`));
      expect(citing.length, `[${note.label}] cited`).toBeGreaterThan(0);
      const text = note.text.replace(/\s*https?:[\\/]*$/u, '');
      for (const n of citing) {
        if (/^Ibid\.?$/i.test(text)) expect(n).toMatch(new RegExp(`\\[${note.label}\\] \\S`));
        else expect(n).toContain(`[${note.label}] ${text}`);
      }
    }
  });

  it('names the title, speaker, event, keywords, language and the address’s date', () => {
    expect(seen.core).toContain(
      '<dc:title>Address to International Leadership Conference 2019</dc:title>',
    );
    expect(seen.core).toContain('<dc:creator>A. Zhebin</dc:creator>');
    expect(seen.core).toContain(
      '<dc:subject>International Leadership Conference 2019</dc:subject>',
    );
    expect(seen.core).toContain('<cp:keywords>Korea, Russia, dialogue</cp:keywords>');
    expect(seen.core).toContain('<dc:language>en</dc:language>');
    expect(seen.core).toMatch(/<dcterms:created[^>]*>2019-05-15T00:00:00Z</);
    expect(seen.core).toMatch(/<dcterms:modified[^>]*>2019-05-15T00:00:00Z</);
  });

  it('is written again byte for byte by `lectern pptx`', async () => {
    const first = join(root, 'first.pptx');
    copyFileSync(join(dist, 'address.pptx'), first);
    const again = await runCli('pptx', dist);
    expect(again.code, again.err).toBe(0);
    expect(again.out).toMatch(/address\.pptx {2}\d+ slides/);
    expect(readFileSync(join(dist, 'address.pptx')).equals(readFileSync(first))).toBe(true);
  });

  it('is skipped with --no-pptx, and `lectern pptx` says when there is no built deck', async () => {
    const other = join(root, 'other');
    const build = await runCli(
      'build',
      join(root, 'address.md'),
      '--out',
      other,
      '--no-pptx',
      '--quiet',
    );
    expect(build.code, build.err).toBe(0);
    expect(existsSync(join(other, 'address.pdf'))).toBe(true);
    expect(existsSync(join(other, 'address.pptx'))).toBe(false);
    const missing = await runCli('pptx', join(root, 'nowhere'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no built deck here/);
    expect(missing.err).not.toMatch(/\n\s+at /);
  });
});
