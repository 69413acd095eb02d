import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectAssets, copyAssets } from '../../../src/bundle/assets.js';
import { entrySource, revealConfig } from '../../../src/bundle/entry.js';
import { formatSummary, type BuildSummary } from '../../../src/pipeline/summary.js';
import { checkReplaceable, swapIntoPlace } from '../../../src/pipeline/swap.js';
import { fixtureDeck, MAP_PNG } from '../../fixtures/render/deck.js';
import { tempDir } from '../../helpers/temp-dir.js';

const modules = {
  reveal: '/r/reveal.mjs',
  notes: '/r/notes.mjs',
  zoom: '/r/zoom.mjs',
  search: '/r/search.mjs',
};

describe('the deck entry', () => {
  it('configures reveal.js from the deck', () => {
    const config = revealConfig(fixtureDeck());
    expect(config).toMatchObject({
      hash: true,
      slideNumber: 'c/t',
      navigationMode: 'linear',
      width: 1280,
      height: 720,
      margin: 0.04,
      showNotes: false,
      totalTime: 1200,
      // No arrows or progress bar on the projector unless the front matter asks for them.
      controls: false,
      progress: false,
    });
    expect(config.defaultTiming).toBeGreaterThan(0);
    const asked = fixtureDeck();
    asked.meta.branding.controls = true;
    expect(revealConfig(asked)).toMatchObject({ controls: true, progress: true });
  });

  it('hides slide numbers when branding says so and has no total time without a slot', () => {
    const deck = fixtureDeck();
    deck.meta.branding.slideNumbers = false;
    delete deck.meta.duration;
    const config = revealConfig(deck);
    expect(config.slideNumber).toBe(false);
    expect(config).not.toHaveProperty('totalTime');
  });

  it('imports the styles in order, exposes window.Reveal before initialize, honours reduced motion', () => {
    const source = entrySource(fixtureDeck(), { styles: ['/a.css', '/b.css'], modules });
    expect(source.indexOf('import "/a.css"')).toBeLessThan(source.indexOf('import "/b.css"'));
    expect(source.indexOf('window.Reveal = deck')).toBeLessThan(
      source.indexOf('deck.initialize()'),
    );
    expect(source).toContain("matchMedia('(prefers-reduced-motion: reduce)')");
    expect(source).toContain('[RevealNotes, RevealZoom, RevealSearch]');
    expect(source).toBe(entrySource(fixtureDeck(), { styles: ['/a.css', '/b.css'], modules }));
  });

  it('carries no content text into the script', () => {
    const deck = fixtureDeck();
    deck.meta.title = 'x\u2028alert(1)//';
    expect(entrySource(deck, { styles: [], modules })).not.toContain('alert(1)');
  });
});

describe('deck images', () => {
  it('gives each file a stable name and numbers clashing base names', () => {
    const deck = fixtureDeck();
    const dir = tempDir('lectern-assets-');
    mkdirSync(join(dir, 'other'));
    const clash = join(dir, 'other', 'map.png');
    writeFileSync(clash, readFileSync(MAP_PNG));
    deck.meta.branding.logo = clash;
    const assets = collectAssets(deck);
    expect(assets.assetUrl(clash)).toBe('images/map.png');
    expect(assets.assetUrl(MAP_PNG)).toBe('images/map-2.png');
  });

  it('copies images and names the slide line of a missing one', async () => {
    const out = tempDir('lectern-assets-');
    const deck = fixtureDeck();
    await copyAssets(deck, collectAssets(deck), out);
    expect(existsSync(join(out, 'images', 'map.png'))).toBe(true);
    deck.stacks[1]!.slides[3]!.image!.path = join(out, 'gone.png');
    await expect(copyAssets(deck, collectAssets(deck), out)).rejects.toThrow(
      'test/fixtures/render/address.md:24:1: image not found',
    );
  });
});

describe('swapIntoPlace', () => {
  it('replaces the old folder with the new one', async () => {
    const root = tempDir('lectern-swap-');
    const out = join(root, 'dist');
    const staging = join(root, 'staging');
    mkdirSync(out);
    writeFileSync(join(out, 'old.txt'), 'old');
    mkdirSync(staging);
    writeFileSync(join(staging, 'new.txt'), 'new');
    await swapIntoPlace(staging, out);
    expect(existsSync(join(out, 'new.txt'))).toBe(true);
    expect(existsSync(join(out, 'old.txt'))).toBe(false);
    expect(existsSync(staging)).toBe(false);
  });
});

describe('checkReplaceable', () => {
  it('refuses to replace a folder that is not a Lectern build', () => {
    const root = tempDir('lectern-swap-');
    writeFileSync(join(root, 'address.md'), '# mine');
    expect(() => checkReplaceable(root)).toThrow(/not a Lectern build/);
    expect(() => checkReplaceable(join(root, 'address.md'))).toThrow(/is a file/);
    writeFileSync(join(root, 'lectern.json'), '{}');
    expect(() => checkReplaceable(root)).not.toThrow();
    expect(() => checkReplaceable(join(root, 'new'))).not.toThrow();
  });
});

describe('formatSummary', () => {
  it('reports slides per section, timing against the slot and the files', () => {
    const summary: BuildSummary = {
      input: 'content/address.md',
      outDir: 'dist',
      theme: 'address',
      sections: [{ number: 1, title: 'Introduction', slides: 4, seconds: 95 }],
      slides: 8,
      seconds: 1290,
      durationSeconds: 1200,
      files: ['index.html', 'lectern.json'],
      problems: [],
      pdf: [{ path: 'address.pdf', pages: 8, bytes: 1000 }],
    };
    const text = formatSummary(summary).join('\n');
    expect(text).toContain(' 1. Introduction — 4 slides, 1:35');
    expect(text).toContain('8 slides, about 21:30 spoken (slot 20:00, over time), theme address');
    expect(text).toContain('address.pdf — 8 pages, 1 KB');
    expect(text).toContain('overflow guard skipped (no browser found)');
  });

  it('lists the overview and the one-file deck with sizes beside the PDFs, and what the guard fitted', () => {
    const summary: BuildSummary = {
      input: 'content/address.md',
      outDir: 'dist',
      theme: 'address',
      sections: [],
      slides: 25,
      seconds: 738,
      files: ['address-overview.png', 'address.html', 'address.pdf'],
      problems: [],
      pdf: [{ path: 'address.pdf', pages: 25, bytes: 1_800_000 }],
      extras: [
        { path: 'address-overview.png', bytes: 180_000, what: 'overview of 25 slides' },
        { path: 'address.html', bytes: 434_000, what: 'one-file deck' },
      ],
      fitted: [
        'split slide s2-3 (line 40) into s2-3 and s2-3b',
        'shrank slide s3-1 (line 52) to 90%',
      ],
    };
    expect(formatSummary(summary).slice(1)).toEqual([
      '3 files in dist',
      '  address-overview.png — overview of 25 slides, 176 KB',
      '  address.html — one-file deck, 424 KB',
      '  address.pdf — 25 pages, 1.7 MB',
      'overflow guard: 2 changes',
      '  split slide s2-3 (line 40) into s2-3 and s2-3b',
      '  shrank slide s3-1 (line 52) to 90%',
    ]);
    expect(formatSummary({ ...summary, fitted: [] }).join('\n')).not.toMatch(/overflow guard/);
  });
});
