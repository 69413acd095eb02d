// Nothing of the address is lost, from the file the speaker's office sent to the deck the speaker
// reads from: the raw source is imported and built through the CLI, and the speaker notes and
// references the built deck shows in Chromium are compared with the raw text (not with the parsed
// model, which would hide what the importer dropped).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSpokenNotes, sourceSentences } from '../unit/plan/faithfulness.js';
import { runCli } from './helpers/cli.js';
import { launchBrowser, openDeck } from './helpers/browser.js';
import { readSlides, type SlideSeen } from './helpers/reveal.js';

const SOURCE = fileURLToPath(new URL('../fixtures/import/zhebin-ilc-2019.txt', import.meta.url));

/** The raw source cut by its own landmarks: the occasion line, the "1." headings, the note list. */
function readRawSource() {
  const lines = readFileSync(SOURCE, 'utf8').replace(/\r/g, '').split('\n');
  const start = lines.findIndex((l) => /^Address to .*, \d{4}$/.test(l.trim())) + 1;
  const end = lines.findIndex((l) => /^\[i\] /.test(l.trim()));
  const body = lines.slice(start, end).map((l) => l.trim());
  const headings = body.flatMap((l) => /^1\.\s+(.*)$/.exec(l)?.slice(1) ?? []);
  const paragraphs = body.filter((l) => l && !/^1\.\s/.test(l));
  const notes = lines
    .slice(end)
    .flatMap((l) => /^\[(\w+)\] (.*)$/.exec(l.trim())?.slice(1) ?? [])
    .reduce<{ label: string; text: string }[]>((all, _x, i, flat) => {
      if (i % 2 === 0) all.push({ label: flat[i]!, text: flat[i + 1]! });
      return all;
    }, []);
  return { headings, paragraphs, notes };
}

const raw = readRawSource();
const root = mkdtempSync(join(tmpdir(), 'lectern-e2e-faithful-'));
let browser: Browser;
let slides: SlideSeen[];

beforeAll(async () => {
  const md = join(root, 'address.md');
  const imported = await runCli('import', SOURCE, '-o', md);
  expect(imported.code, imported.err).toBe(0);
  const built = await runCli('build', md, '--out', join(root, 'dist'), '--no-pdf', '--quiet');
  expect(built.code, built.err).toBe(0);
  browser = await launchBrowser();
  const { page } = await openDeck(browser, pathToFileURL(join(root, 'dist', 'index.html')).href);
  slides = await readSlides(page);
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Label → the note's text, an "Ibid." replaced by the source it repeats. */
function resolvedNotes(): Map<string, string> {
  const full = new Map<string, string>();
  let last = '';
  for (const note of raw.notes) {
    last = /^Ibid\.?$/i.test(note.text) ? last : note.text;
    full.set(note.label, last);
  }
  return full;
}

describe('the raw address imported and built', () => {
  it('reads the source as expected: 4 headings, paragraphs, 14 notes', () => {
    expect(raw.headings).toHaveLength(4);
    expect(raw.paragraphs.length).toBeGreaterThan(15);
    expect(raw.notes.map((n) => n.label)).toEqual(
      'i ii iii iv v vi vii viii ix x xi xii xiii xiv'.split(' '),
    );
  });

  it('has every sentence of the source whole, once, in order, in the speaker notes', () => {
    const sentences = raw.paragraphs.flatMap((p) => sourceSentences(p));
    expect(sentences.length).toBeGreaterThan(40);
    expect(checkSpokenNotes(sentences, slides)).toEqual([]);
  });

  it('fails the check when one sentence is deleted from the notes', () => {
    const sentences = raw.paragraphs.flatMap((p) => sourceSentences(p));
    const victim = sentences[17]!;
    const edited = slides.map((s) => ({ ...s, spoken: s.spoken.replace(victim, '') }));
    expect(edited.some((s, i) => s.spoken !== slides[i]!.spoken)).toBe(true);
    expect(checkSpokenNotes(sentences, edited)).toEqual([`missing: ${victim}`]);
  });

  it('shows every section heading of the source on a section divider', () => {
    const dividers = slides.filter((s) => s.kind === 'section').map((s) => s.heading);
    expect(dividers).toEqual(raw.headings);
  });

  it('puts the full source of each footnote in the notes of every slide citing it, Ibid. resolved', () => {
    const full = resolvedNotes();
    const cited = new Set<string>();
    for (const slide of slides) {
      for (const [, label] of slide.spoken.matchAll(/\[(\w+)\]/g)) {
        cited.add(label!);
        expect(slide.sources, `notes of ${slide.id}`).toContainEqual(
          expect.stringContaining(`[${label}] ${full.get(label!)!}`),
        );
      }
    }
    expect([...cited].sort()).toEqual(raw.notes.map((n) => n.label).sort());
  });

  it('lists every source in full on the references slides, once, with all the labels citing it', () => {
    const listed = slides.flatMap((s) => s.references);
    const bySource = new Map<string, string[]>();
    for (const [label, text] of resolvedNotes()) {
      // A web address the source lost on its way ("http:\\") is left off the slides.
      const shown = text.replace(/\s*https?:[\\/]*$/u, '');
      bySource.set(shown, [...(bySource.get(shown) ?? []), label]);
    }
    for (const [text, labels] of bySource)
      expect(listed).toContain(`[${labels.join(', ')}] ${text}`);
    expect(listed).toHaveLength(bySource.size);
  });
});
