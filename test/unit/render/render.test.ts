import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LecternError } from '../../../src/core/errors.js';
import { renderDeck, renderPage, textWithMarkers } from '../../../src/render/index.js';
import { fixtureDeck } from '../../fixtures/render/deck.js';
import { tempDir } from '../../helpers/temp-dir.js';

const html = renderDeck(fixtureDeck());

/** The markup of one slide section, from its opening tag to the next slide. */
function slideHtml(id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  expect(start, `slide ${id} is rendered`).toBeGreaterThanOrEqual(0);
  const next = html.indexOf('<section id="', start + 1);
  return html.slice(start, next === -1 ? undefined : next);
}

describe('renderDeck', () => {
  it('renders every slide kind with the classes themes style', () => {
    const expected: Record<string, string[]> = {
      title: ['h1 class="lectern-title"', 'p class="lectern-subtitle"', 'p class="lectern-byline"'],
      outline: [
        'h2 class="lectern-heading"',
        'ol class="lectern-outline"',
        '<li>Introduction</li>',
      ],
      s1: ['p class="lectern-kicker">Section 1<', 'h2 class="lectern-heading">Introduction<'],
      's1-2': ['span class="lectern-part">2/3<', 'ul class="lectern-bullets"'],
      's1-3': [
        // 13 words: a short quotation, set large.
        'figure class="lectern-quote lectern-quote-short"',
        '<blockquote><p>The Korean people',
        'span class="lectern-attribution">Moon Jae-in<',
        'span class="lectern-source"',
        'p class="lectern-excerpt-mark"',
      ],
      's1-4': ['figure class="lectern-figure"', '<img src="map.png"', '<figcaption>'],
      references: [
        'ol class="lectern-references"',
        'span class="lectern-ref-label">[i]<',
        'span class="lectern-ref-text">A. Zhebin',
      ],
      closing: ['h2 class="lectern-heading">Thank you<', 'p class="lectern-byline">A. Zhebin<'],
    };
    for (const [id, fragments] of Object.entries(expected)) {
      const slide = slideHtml(id);
      for (const fragment of fragments) expect(slide, `${id}: ${fragment}`).toContain(fragment);
    }
  });

  it('puts id, kind, source line and timing on each slide, in vertical stacks', () => {
    expect(html).toContain('<div class="reveal lectern">');
    expect(html).toContain(
      '<section id="s1" class="lectern-slide kind-section" data-kind="section" data-line="12" data-timing="6">',
    );
    expect(html).toContain('<section class="lectern-stack" data-stack="s1">');
    expect(html.match(/class="lectern-stack"/g)).toHaveLength(3);
    expect(html.match(/class="lectern-slide /g)).toHaveLength(8);
    expect(slideHtml('s1-2')).toContain('style="--lectern-scale: 0.9"');
    expect(html).toContain('<div class="lectern-footer">ILC 2019 · May 15, 2019</div>');
  });

  it('writes spoken text with footnote markers, then sources, then asides apart', () => {
    const notes = slideHtml('s1');
    const spoken = notes.indexOf('There is no alternative');
    const marker = notes.indexOf('<sup class="lectern-fn">[i]</sup>');
    const sources = notes.indexOf('Sources:');
    const source = notes.indexOf('[i] A. Zhebin, &quot;Russia and Korea&quot;');
    const asides = notes.indexOf('Speaker&#x27;s notes:');
    const aside = notes.indexOf('Slow down here');
    expect([spoken, marker, sources, source, asides, aside].every((i) => i > 0)).toBe(true);
    expect(spoken < marker && marker < sources && sources < source).toBe(true);
    expect(source < asides && asides < aside).toBe(true);
    expect(notes).toContain('<aside class="notes">');
    // A slide without asides has no asides heading.
    expect(slideHtml('s1-2')).not.toContain('Speaker&#x27;s notes:');
  });

  it('labels the deck in the address’s language, and a label cannot carry markup', () => {
    const deck = fixtureDeck();
    deck.meta.lang = 'ko';
    deck.meta.labels = { asides: '<b>메모</b>:' };
    const korean = renderDeck(deck);
    expect(korean).toContain('<p class="lectern-kicker">1부<');
    expect(korean).toContain('출처:');
    expect(korean).toContain('&lt;b&gt;메모&lt;/b&gt;:');
    expect(korean).not.toContain('Sources:');
  });

  it('escapes hostile content everywhere', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img src=x/i);
    expect(html).not.toMatch(/\sonerror=/i);
    expect(html).toContain('&lt;script&gt;window.__pwned &#x3D; 1&lt;/script&gt;');
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it('shows emphasis on a bullet whose words stand as written in the notes, and only there', () => {
    const deck = fixtureDeck();
    const slide = deck.stacks.flatMap((s) => s.slides).find((s) => s.kind === 'points')!;
    const text = 'we must never give up. Trade <grew> fast in every region of the north.';
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    slide.notes.spoken = [
      {
        text,
        refs: [],
        marks: [
          { kind: 'em', ...at('never') },
          { kind: 'strong', ...at('fast') },
        ],
      },
    ];
    slide.bullets = ['We must never give up.', 'Trade <grew> fast in every region.', 'Trade fast.'];
    const out = renderDeck(deck);
    expect(out).toContain('<li>We must <em>never</em> give up.</li>');
    expect(out).toContain('<li>Trade &lt;grew&gt; <strong>fast</strong> in every region.</li>');
    // Words left out: not the author's sentence as written, so no emphasis is guessed.
    expect(out).toContain('<li>Trade fast.</li>');
  });

  it('sets the author’s emphasis in a quotation, escaped, upright within the italics', () => {
    const deck = fixtureDeck();
    const slide = deck.stacks.flatMap((s) => s.slides).find((s) => s.kind === 'quote')!;
    slide.quote = {
      ...slide.quote!,
      text: 'We <must> never give up.',
      marks: [{ kind: 'em', start: 10, end: 15 }],
    };
    const out = renderDeck(deck);
    expect(out).toContain(
      '<blockquote><p>We &lt;must&gt; <em>never</em> give up.</p></blockquote>',
    );
  });

  it('sets the words before and after a quotation upright, in the speaker’s voice', () => {
    const deck = fixtureDeck();
    const slide = deck.stacks.flatMap((s) => s.slides).find((s) => s.kind === 'quote')!;
    slide.quote = {
      ...slide.quote!,
      lead: 'The minister',
      text: '…said our <interests> coincide',
      tail: 'on the question of fishing',
      marks: undefined,
    };
    expect(renderDeck(deck)).toContain(
      '<blockquote><p><span class="lectern-quote-lead">The minister</span> …said our &lt;interests&gt; coincide <span class="lectern-quote-lead lectern-quote-tail">on the question of fishing</span></p></blockquote>',
    );
  });

  it('is deterministic', () => {
    expect(renderDeck(fixtureDeck())).toBe(html);
  });

  it('lets a --templates folder override one partial and keeps the rest', () => {
    const dir = tempDir('lectern-tpl-');
    mkdirSync(join(dir, 'partials'));
    writeFileSync(
      join(dir, 'partials', 'slide-quote.hbs'),
      '<p class="my-quote">{{quote.text}} — {{quote.attribution}}</p>\n',
    );
    const custom = renderDeck(fixtureDeck(), { templatesDir: dir });
    expect(custom).toContain('<p class="my-quote">The Korean people');
    expect(custom).not.toContain('figure class="lectern-quote');
    expect(custom).toContain('h1 class="lectern-title"');
  });

  it('names the template file and line of a syntax error', () => {
    const dir = tempDir('lectern-tpl-');
    writeFileSync(join(dir, 'slide-title.hbs'), '<h1>\n{{#if title}}\n</h1>\n');
    expect(() => renderDeck(fixtureDeck(), { templatesDir: dir })).toThrow(LecternError);
    expect(() => renderDeck(fixtureDeck(), { templatesDir: dir })).toThrow(/slide-title\.hbs:\d+/);
  });

  it('reports a misspelled field in a user template', () => {
    const dir = tempDir('lectern-tpl-');
    writeFileSync(join(dir, 'slide-closing.hbs'), '<h2>{{titel}}</h2>\n');
    expect(() => renderDeck(fixtureDeck(), { templatesDir: dir })).toThrow(/titel/);
  });

  it('fails clearly on a missing templates folder', () => {
    expect(() => renderDeck(fixtureDeck(), { templatesDir: '/nonexistent/tpl' })).toThrow(
      /templates folder not found/,
    );
  });
});

describe('textWithMarkers', () => {
  it('puts markers at their offsets and escapes the text around them', () => {
    expect(textWithMarkers({ text: 'a < b. c', refs: [{ label: '1', offset: 6 }] })).toBe(
      'a &lt; b.<sup class="lectern-fn">[1]</sup> c',
    );
  });
  it('wraps the author’s emphasis in tags that balance, with markers after a closing tag', () => {
    // "a <i>very *strong*</i> word.[1]" with `code`: em over strong, a marker after both close.
    const text = 'a <i>very strong</i> word. x<y';
    expect(
      textWithMarkers({
        text,
        refs: [{ label: '1', offset: 20 }],
        marks: [
          { kind: 'em', start: 2, end: 20 },
          { kind: 'strong', start: 10, end: 16 },
          { kind: 'code', start: 27, end: 30 },
        ],
      }),
    ).toBe(
      'a <em>&lt;i&gt;very <strong>strong</strong>&lt;/i&gt;</em><sup class="lectern-fn">[1]</sup> word. <code>x&lt;y</code>',
    );
    // A mark that would cross the one it starts in is cut where that one ends.
    expect(
      textWithMarkers({
        text: 'abcdef',
        refs: [],
        marks: [
          { kind: 'em', start: 0, end: 4 },
          { kind: 'del', start: 2, end: 6 },
        ],
      }),
    ).toBe('<em>ab<del>cd</del></em>ef');
  });

  it('keeps a marker whose offset is past the end', () => {
    expect(textWithMarkers({ text: 'x', refs: [{ label: 'n', offset: 9 }] })).toBe(
      'x<sup class="lectern-fn">[n]</sup>',
    );
  });
});

describe('renderPage', () => {
  it('wraps the body with lang, metadata and a deferred classic script', () => {
    const deck = fixtureDeck();
    const page = renderPage({
      meta: deck.meta,
      body: '<div class="reveal"></div>',
      script: 'assets/lectern.js',
      styles: ['assets/lectern.css'],
    });
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain('<title>Peace on the Peninsula</title>');
    expect(page).toContain('<meta name="author" content="A. Zhebin">');
    expect(page).toContain('<meta name="keywords" content="Korea, dialogue">');
    expect(page).toContain('<script defer src="assets/lectern.js"></script>');
    expect(page).not.toContain('type="module"');
  });
});

describe('key-point and statement slides', () => {
  it('renders a kicker, a numbered list, a statement set large, and names kept on one line', () => {
    const deck = fixtureDeck();
    const points = deck.stacks[1]!.slides.find((s) => s.kind === 'points')!;
    Object.assign(points, {
      title: 'Two major considerations',
      kicker: 'Introduction',
      ordered: true,
      part: undefined,
      bullets: ['Chairman Kim Jong-un met the press.', 'Trade grew.'],
    });
    deck.stacks[1]!.slides.push({
      ...points,
      id: 's1-9',
      kind: 'statement',
      title: 'A wall is a held breath.',
      bullets: ['A wall is a held breath.'],
      ordered: undefined,
    });
    const out = renderDeck(deck);
    const slide = (id: string) =>
      out.slice(out.indexOf(`id="${id}"`), out.indexOf('</section>', out.indexOf(`id="${id}"`)));
    const s = slide(points.id);
    expect(s).toContain('<p class="lectern-kicker">Introduction</p>');
    expect(s).toContain('<h2 class="lectern-heading">Two major considerations</h2>');
    expect(s).toContain('<ol class="lectern-bullets lectern-numbered">');
    expect(s).toContain('Kim <span class="lectern-nowrap">Jong-un</span> met');
    expect(s).not.toContain('<ul');
    const statement = slide('s1-9');
    expect(statement).toContain('class="lectern-slide kind-statement"');
    // Six words: set larger still, so the slide is not left mostly empty.
    expect(statement).toContain(
      '<h2 class="lectern-heading lectern-statement lectern-statement-short">A wall is a held breath.</h2>',
    );
  });

  it('numbers a continued list from its first item, and puts a quote slide’s point above it', () => {
    const deck = fixtureDeck();
    const slides = deck.stacks[1]!.slides;
    const points = slides.find((s) => s.kind === 'points')!;
    Object.assign(points, { ordered: true, start: 3, bullets: ['The memory beat the data.'] });
    const quote = slides.find((s) => s.kind === 'quote')!;
    quote.point = 'Russia’s conviction is that “sanctions are useless”.';
    const out = renderDeck(deck);
    const slide = (id: string) =>
      out.slice(out.indexOf(`id="${id}"`), out.indexOf('</section>', out.indexOf(`id="${id}"`)));
    expect(slide(points.id)).toContain('<ol class="lectern-bullets lectern-numbered" start="3">');
    const q = slide(quote.id);
    expect(q).toContain(
      '<p class="lectern-quote-point">Russia’s conviction is that “sanctions are useless”.</p>',
    );
    expect(q.indexOf('lectern-quote-point')).toBeLessThan(q.indexOf('<blockquote>'));
  });
});
