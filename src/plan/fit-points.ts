// The overflow guard's split of a points slide that does not fit: its spoken passages cut at a
// sentence boundary near the middle, each half with its own key points and a title of its own.
import type { InlineText } from '../core/inline-text.js';
import type { Slide } from '../core/deck.js';
import { countWords } from '../core/text.js';
import { splitSpoken } from './fit-split.js';
import { headlineOf } from './headline.js';

/** Two slides from one, or undefined when the spoken text has a single sentence. */
export function splitPointsSlide(
  slide: Slide,
  lang: string,
  keyPoints: ((spoken: InlineText[], lang: string) => string[]) | undefined,
): [Slide, Slide] | undefined {
  const parts = splitSpoken(slide.notes.spoken, lang);
  if (!parts) return undefined;
  const [first, second] = parts;
  const bullets = halfBullets(slide, first, second, lang, keyPoints);
  const words = [wordsOf(first, lang), wordsOf(second, lang)];
  const total = words[0]! + words[1]! || 1;
  const firstSeconds = Math.round((slide.seconds * words[0]!) / total);
  const make = (spoken: InlineText[], i: 0 | 1): Slide => {
    const labels = new Set(spoken.flatMap((p) => p.refs.map((r) => r.label)));
    const sources =
      i === 0
        ? slide.notes.sources.filter((s) => labels.has(s.label) || !citedIn(s.label, second))
        : slide.notes.sources.filter((s) => labels.has(s.label));
    return {
      ...slide,
      bullets: bullets[i],
      notes: { spoken, asides: i === 0 ? slide.notes.asides : [], sources },
      words: words[i]!,
      seconds: i === 0 ? firstSeconds : slide.seconds - firstSeconds,
    };
  };
  return [make(first, 0), make(second, 1)];
}

/** The second half of a split key-point slide, headed by a phrase of its own when one is left. */
export function retitled(slide: Slide, lang: string, used: Set<string>): Slide {
  if (slide.kind !== 'points' || !slide.kicker) return slide;
  const spoken = slide.notes.spoken.map((p) => p.text).join(' ');
  const title = headlineOf({ bullets: slide.bullets ?? [], spoken, lang, used });
  return title ? { ...slide, title } : slide;
}

function citedIn(label: string, spoken: InlineText[]): boolean {
  return spoken.some((p) => p.refs.some((r) => r.label === label));
}

function wordsOf(spoken: InlineText[], lang: string): number {
  return spoken.reduce((n, p) => n + countWords(p.text, lang), 0);
}

/**
 * Bullets the planner extracted are extracted again for each half; the author's own points (or
 * bullets the key-point function would not give) are shared out by the half they came from.
 */
function halfBullets(
  slide: Slide,
  first: InlineText[],
  second: InlineText[],
  lang: string,
  keyPoints: ((spoken: InlineText[], lang: string) => string[]) | undefined,
): [string[], string[]] {
  const bullets = slide.bullets ?? [];
  if (keyPoints && sameList(keyPoints(slide.notes.spoken, lang), bullets)) {
    const again: [string[], string[]] = [keyPoints(first, lang), keyPoints(second, lang)];
    if (again[0].length > 0 && again[1].length > 0) return again;
  }
  const parted = partitionBullets(bullets, first, second, lang);
  if (bullets.length > 1 && parted.some((b) => b.length === 0)) {
    // Keep both halves showing something: move the boundary bullet across.
    const [a, b] = parted;
    if (a.length === 0) a.push(b.shift()!);
    else b.unshift(a.pop()!);
  }
  return parted;
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Each bullet goes to the half whose text shares most of its words (ties to the first half). */
export function partitionBullets(
  bullets: string[],
  first: InlineText[],
  second: InlineText[],
  lang: string,
): [string[], string[]] {
  const vocab = (spoken: InlineText[]) =>
    new Set(tokens(spoken.map((p) => p.text).join(' '), lang));
  const a = vocab(first);
  const b = vocab(second);
  const out: [string[], string[]] = [[], []];
  let lastHalf = 0;
  for (const bullet of bullets) {
    const words = tokens(bullet, lang);
    const inA = words.filter((w) => a.has(w)).length;
    const inB = words.filter((w) => b.has(w)).length;
    // Bullets follow the text's order, so once in the second half, stay there on a tie.
    const half = inB > inA || (inB === inA && lastHalf === 1) ? 1 : 0;
    out[half].push(bullet);
    lastHalf = half;
  }
  return out;
}

const wordSegmenters = new Map<string, Intl.Segmenter>();
function tokens(text: string, lang: string): string[] {
  let seg = wordSegmenters.get(lang);
  if (!seg) wordSegmenters.set(lang, (seg = new Intl.Segmenter(lang, { granularity: 'word' })));
  return [...seg.segment(text.toLocaleLowerCase(lang))]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment);
}
