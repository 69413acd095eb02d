// Key quotes: which quotations are found, how they are joined and attributed, and which get slides.
import { describe, expect, it } from 'vitest';
import { slidesOf } from '../../../src/core/deck.js';
import { planDeck } from '../../../src/plan/index.js';
import { extractQuotations } from '../../../src/plan/extract-quotes.js';
import { quotability, STRONG_QUOTE } from '../../../src/plan/quotability.js';
import { withExcerpt } from '../../../src/plan/fit-fallbacks.js';
import { splitSentences } from '../../../src/core/text.js';
import { address, footnotes, meta, para, section, sentences } from './fixtures.js';
import { REAL_NOTES, REAL_SECTIONS } from './real-address.js';

const quotationsIn = (text: string) =>
  extractQuotations(text, splitSentences(text), 8, 'en').map((q) => q.text);

/** The quote slides planned for paragraphs (each padded with plain text so quotes may have slides). */
function quoteSlides(
  paragraphs: string[],
  extra: Parameters<typeof address>[0] extends infer A ? Partial<A> : never = {},
) {
  const blocks = paragraphs.flatMap((p, i) => [para(sentences(6, `topic${i}`).join(' ')), para(p)]);
  const deck = planDeck(
    address({
      sections: [section(0, 'One', blocks)],
      footnotes: footnotes(REAL_NOTES),
      ...extra,
    }),
  );
  return slidesOf(deck).filter((s) => s.kind === 'quote');
}

describe('finding quotations', () => {
  it('finds curly and straight quotations of 8+ words and skips scare quotes', () => {
    expect(
      quotationsIn(
        'He said "we will keep talking to our neighbours until the talks bear fruit" today. ' +
          'The role of “external factors” and the “big countries” shrank.',
      ),
    ).toEqual(['…we will keep talking to our neighbours until the talks bear fruit']);
  });

  it('keeps a quotation whose closing mark is missing, up to the end of its sentence', () => {
    const text = REAL_SECTIONS[2]![1][5]!.replace(/\[\w+\]/g, '');
    expect(quotationsIn(text).at(-1)).toBe(
      '…both parties noted the importance of consistent progress towards denuclearization and achieving long-term normalization on the Korean Peninsula.',
    );
  });

  it('keeps an utterance with ellipses inside as one quotation', () => {
    const text = REAL_SECTIONS[1]![1][6]!.replace(/\[\w+\]/g, '');
    expect(quotationsIn(text)[0]).toBe(
      'We definitely support the aspiration of Koreans for national unification. It’s a natural process. However… it should be exclusively peaceful and take into account the interests of the North, as well as of the South.',
    );
  });

  it('joins parts of one utterance in one sentence, but not a quotation from someone else', () => {
    const text = REAL_SECTIONS[2]![1][1]!.replace(/\[\w+\]/g, '');
    expect(quotationsIn(text)).toEqual([
      '…sanctions of any kind are useless and ineffective in this case',
      '…will eat grass, but they will not abandon this program unless they feel safe.',
      'In this environment, in this situation, whipping up military hysteria is absolutely pointless; it is a dead end. … may lead to a global, planet-wide disaster and enormous casualties.',
    ]);
    // A part the next one goes on from ends on no full stop of its own.
    expect(
      quotationsIn(
        '“If the scheme goes,” he said, “you will not lose your doctors overnight, but you will lose them one retirement at a time.”',
      ),
    ).toEqual([
      'If the scheme goes … you will not lose your doctors overnight, but you will lose them one retirement at a time.',
    ]);
  });
});

describe('attributing quotations', () => {
  const real = (s: number, p: number) => REAL_SECTIONS[s]![1][p]!;

  it('names the Kremlin for "According to the Kremlin, “…" and takes the Ibid. footnote after it', () => {
    const [q] = quoteSlides([real(2, 5)], {});
    // Two quotations in the paragraph: Putin's "stressing that" one is longer and wins the slide…
    expect(q!.quote!.attribution).toBe('Vladimir Putin');
    const [k] = quoteSlides([real(2, 5)], {
      meta: meta({ quotes: { pin: ['both parties noted'], exclude: [] } }),
    });
    expect(k!.quote).toMatchObject({
      attribution: 'the Kremlin',
      source: { label: 'xiii', text: REAL_NOTES[11]![1] },
    });
  });

  it('learns who "President Putin", "the Russian President" and "he" are from the address itself', () => {
    // The KBS paragraph (1, 6) holds two strong quotations: "We definitely support …" and
    // "However, I’d like to repeat …".
    const slides = quoteSlides([real(1, 2), real(1, 6), real(2, 1)]);
    expect(slides.map((s) => s.quote!.attribution)).toEqual([
      'Vladimir Putin',
      'Vladimir Putin',
      'Vladimir Putin',
      'Vladimir Putin',
    ]);
  });

  it('names the country for "Russia believes that trilateral cooperation “…”"', () => {
    const [q] = quoteSlides([real(1, 5)]);
    expect(q!.quote!.attribution).toBe('Russia');
  });

  it('gives no attribution rather than a sentence’s first word: not "— A", nor "— Comme"', () => {
    const [en] = quoteSlides([
      'A teenager at our Eastgate branch wrote on her card: “It is the only place where nobody asks what I am buying.” We have a lot of cards like that.',
    ]);
    // Not "— A": the person the sentence describes.
    expect(en!.quote!.attribution).toBe('A teenager at our Eastgate branch');
    const fr = planDeck(
      address({
        meta: meta({ lang: 'fr' }),
        sections: [
          section(0, 'Un', [
            para(
              'Comme le disait un vieil agriculteur de la plaine : « L’eau n’a pas de passeport, et elle ne demande jamais la permission de passer. » Il avait raison, comme toujours.',
            ),
          ]),
        ],
      }),
    );
    const q = slidesOf(fr).find((s) => s.kind === 'quote')!;
    expect(q.quote!.attribution).toBeUndefined();
  });

  it('attributes a quotation to someone described, not named: "a resident …, who told us:"', () => {
    const [q] = quoteSlides([
      'Let me end with the words of a resident of Tussendijken, who told us: “For the first time, my children play outside in August.”',
    ]);
    // Not "Let", the capitalised word that opens the sentence.
    expect(q!.quote!.attribution).toBe('A resident of Tussendijken');
  });

  it('names the role a sentence opens on, and never takes what the person did for a role', () => {
    const [q] = quoteSlides([
      'The mayor, Anna Berg, was blunt about the sea: “We will not give the harbour back to the water, whatever the engineers tell us.”',
    ]);
    // Not "Anna Berg, was blunt about the sea".
    expect(q!.quote!.attribution).toBe('Anna Berg, the mayor');
    const [t] = quoteSlides([
      'Last week, Ravi Shah, who runs the pilot station, told us: “Every ship that turns back is a ship we kept off the rocks.”',
    ]);
    // A time is no role.
    expect(t!.quote!.attribution).toBe('Ravi Shah');
  });

  it('names a document that speaks: "The county’s 2022 review put it plainly:"', () => {
    const [q] = quoteSlides([
      'The county’s 2022 review put it plainly: “Dispersed provision is neither clinically nor financially sustainable in the long term.”',
    ]);
    expect(q!.quote!.attribution).toBe('The county’s 2022 review');
  });

  it('finds whom "she said" means a few sentences back, and leaves out a role that is another’s ("its chair")', () => {
    const [q] = quoteSlides([
      'Harriet Osei, our collections manager, was on the pavement by half past three with a clipboard. When the fire service let her team in at dawn, she already knew which crates to carry out first. Afterwards I asked how she had stayed so calm. She said: “I wasn’t calm at all that night. I was just the only one who had the list.”',
    ]);
    expect(q!.quote!.attribution).toBe('Harriet Osei, our collections manager');
    const [p] = quoteSlides([
      'The Heritage Society put that case to the inquiry with real force. Its chair, Gerald Pike, told the inspector: “You are not restoring a river at all. You are erasing a town’s working memory.”',
    ]);
    expect(p!.quote!.attribution).toBe('Gerald Pike');
  });

  it('gives no slide to a quotation that goes on from words before it ("And we built …")', () => {
    const slides = quoteSlides([
      'Dr. Priya Anand-Cole, chief engineer of the harbour authority, put it to the committee bluntly: “We built for the last storm, not the next one, and we knew it.” She went further. “And we built the warning system for people who already own a weather radio and check it before bed.”',
    ]);
    expect(slides.map((s) => s.quote!.text)).toEqual([
      'We built for the last storm, not the next one, and we knew it.',
    ]);
  });

  it('takes no predicate for a role outside English ("Jaume Roig, lo resumió en una frase …:")', () => {
    const [q] = quoteSlides(
      [
        'El sindicato de regantes se opuso al principio. Su presidente, Jaume Roig, lo resumió en una frase que publicó La Mañana: «Nos piden que paguemos la sequía los mismos que la sufrimos cada verano.»',
      ],
      { meta: meta({ lang: 'es' }) },
    );
    expect(q!.quote!.attribution).toBe('Jaume Roig');
  });

  it('leaves the attribution empty when nobody is named', () => {
    const [q] = quoteSlides([
      '“Nobody here can tell who first said these eleven rather memorable words,” it was noted.',
    ]);
    expect(q!.quote!.attribution).toBeUndefined();
  });
});

describe('choosing quote slides', () => {
  const long =
    '“We shall keep talking, in season and out of season, until the hour of peace arrives,” he said.';
  const other =
    'As the minister put it, “trust is built slowly, one honest meeting after another, over many years.”';

  it('honours pins and excludes from the front matter and the paragraph directives', () => {
    const pinnedOnly = planDeck(
      address({
        meta: meta({ quotes: { pin: [], exclude: ['until the hour of peace'] } }),
        sections: [section(0, 'One', [para(sentences(8).join(' ')), para(long), para(other)])],
      }),
    );
    expect(
      slidesOf(pinnedOnly)
        .filter((s) => s.kind === 'quote')
        .map((s) => s.quote!.text),
    ).toEqual(['…trust is built slowly, one honest meeting after another, over many years.']);
    const dropped = planDeck(
      address({
        sections: [
          section(0, 'One', [
            para(sentences(8).join(' ')),
            para(long, { quoteSteer: 'drop' }),
            para(other, { quoteSteer: 'drop' }),
          ]),
        ],
      }),
    );
    expect(slidesOf(dropped).some((s) => s.kind === 'quote')).toBe(false);
  });

  it('warns about a pin that matches no quotation', () => {
    const deck = planDeck(
      address({
        meta: meta({ quotes: { pin: ['words nobody quoted'], exclude: [] } }),
        sections: [section(0, 'One', [para(long)])],
      }),
    );
    expect(deck.problems.map((p) => p.message)).toEqual([
      'quotes.pin "words nobody quoted" matches no quotation in the address',
    ]);
  });

  it('always gives a blockquote its slide, with its own attribution, excerpted past 60 words', () => {
    const text = Array.from(
      { length: 6 },
      (_, i) =>
        `Line ${i + 1} of the charter promises peace, trust and open doors between all the nations.`,
    ).join(' ');
    const deck = planDeck(
      address({
        sections: [
          section(0, 'One', [
            { kind: 'blockquote', line: 3, ...{ text, refs: [] }, attribution: 'The Charter' },
          ]),
        ],
      }),
    );
    const q = slidesOf(deck).find((s) => s.kind === 'quote')!;
    expect(q.quote!.attribution).toBe('The Charter');
    expect(q.quote!.excerpted).toBe(true);
    expect(q.quote!.text).toMatch(/nations\.$/);
    expect(q.quote!.text.length).toBeLessThan(text.length);
    expect(q.notes.spoken.map((p) => p.text).join(' ')).toBe(text);
  });

  it('keeps the author’s emphasis on a blockquote’s slide, cut with the excerpt', () => {
    const lines = Array.from(
      { length: 7 },
      (_, i) => `Line ${i + 1} of the charter keeps peace, trust and open doors between nations.`,
    );
    const text = `We must never again let weapons speak. ${lines.join(' ')} This last line is past it.`;
    const at = (word: string) => ({
      start: text.indexOf(word),
      end: text.indexOf(word) + word.length,
    });
    const deck = planDeck(
      address({
        sections: [
          section(0, 'One', [
            {
              kind: 'blockquote',
              line: 3,
              text,
              refs: [],
              marks: [
                { kind: 'em', ...at('never') },
                { kind: 'strong', ...at('last') },
              ],
            },
          ]),
        ],
      }),
    );
    const q = slidesOf(deck).find((s) => s.kind === 'quote')!.quote!;
    expect(q.excerpted).toBe(true);
    expect(q.marks!.map((m) => [m.kind, q.text.slice(m.start, m.end)])).toEqual([['em', 'never']]);
  });

  it('keeps the emphasis of the words a shorter excerpt keeps', () => {
    const text =
      'We will never, under any circumstances whatever, give up on the dialogue we began.';
    const quote = withExcerpt(
      {
        text,
        excerpted: false,
        marks: [
          { kind: 'em', start: 8, end: 13 },
          { kind: 'strong', start: 55, end: 63 },
        ],
      },
      'We will never …',
    );
    expect(quote).toEqual({
      text: 'We will never …',
      excerpted: true,
      marks: [{ kind: 'em', start: 8, end: 13 }],
    });
  });

  it('carries emphasis onto a quotation joined from parts of a paragraph', () => {
    const text =
      'He said that “we will never give up on dialogue,” and added that “the door stays open for everyone who wants peace.”';
    const at = (word: string) => ({
      start: text.indexOf(word),
      end: text.indexOf(word) + word.length,
    });
    const block = para(text, {
      marks: [
        { kind: 'em', ...at('never') },
        { kind: 'strong', ...at('open') },
        { kind: 'em', ...at('added') },
      ],
    });
    const deck = planDeck(
      address({ sections: [section(0, 'One', [para(sentences(6, 'intro').join(' ')), block])] }),
    );
    const q = slidesOf(deck).find((s) => s.kind === 'quote')!.quote!;
    expect(q.text).toBe(
      '…we will never give up on dialogue. … the door stays open for everyone who wants peace.',
    );
    expect(q.marks!.map((m) => [m.kind, q.text.slice(m.start, m.end)])).toEqual([
      ['em', 'never'],
      ['strong', 'open'],
    ]);
  });

  it('keeps quote slides to a third of the deck, the rest stay in the notes of points slides', () => {
    const paragraphs = Array.from(
      { length: 8 },
      (_, i) =>
        `“Quotation number ${i + 1} is long enough to count as a key quotation here,” he said.`,
    );
    const deck = planDeck(
      address({
        sections: [
          section(
            0,
            'One',
            paragraphs.map((p) => para(p)),
          ),
        ],
      }),
    );
    const slides = slidesOf(deck);
    const quotes = slides.filter((s) => s.kind === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.length).toBeLessThanOrEqual(slides.length / 3);
  });

  it('excerpts a long quotation at a sentence boundary and keeps the whole of it in the notes', () => {
    const said = Array.from(
      { length: 6 },
      (_, i) => `Point ${i + 1} of our plan keeps the door open for talks with every neighbour.`,
    ).join(' ');
    const text = `The minister was clear: “${said}”[ii]`;
    const [q] = quoteSlides([text]);
    expect(q!.quote!.excerpted).toBe(true);
    expect(q!.quote!.text).toMatch(/^Point 1 .*neighbour\.$/);
    // At most 60 words, whole sentences only: here the opening, as strong as it gets.
    const shown = q!.quote!.text.split('Point').length - 1;
    expect(shown).toBeGreaterThanOrEqual(1);
    expect(shown).toBeLessThanOrEqual(4);
    expect(q!.quote!.source!.label).toBe('ii');
    expect(q!.notes.spoken[0]!.text).toBe(text.replace('[ii]', ''));
  });

  it('shows a strong opening alone, but never without the condition that follows it', () => {
    const rest =
      'It has been discussed in many forums over many years by many different delegations and committees. The implementation of their recommendations remains, regrettably, a consideration for the administrative authorities of several jurisdictions.';
    const opening = 'We will never give up the harbour to the sea, whatever the engineers tell us.';
    const [plain] = quoteSlides([`As the mayor, Anna Berg, said: “${opening} ${rest}”[i]`]);
    expect(plain!.quote).toMatchObject({ text: opening, excerpted: true });
    const condition =
      'However, we will only hold it if the towns upstream share the cost of the meadows with us.';
    const [held] = quoteSlides([`As the mayor, Anna Berg, said: “${opening} ${condition}”[i]`]);
    expect(held!.quote!.text).toBe(`${opening} ${condition}`);
  });

  it('gives a paragraph’s second quotation its slide when it lands a punchline', () => {
    const first = 'We will not give the harbour back to the water, whatever the engineers tell us.';
    const second = 'Raising the old wall another metre is pointless; the sea always wins.';
    const slides = quoteSlides([
      `The mayor, Anna Berg, spoke first: “${first}” “${second.replace(/\.$/, '')}. … will only push the water into the next village,” she warned the council.[i]`,
    ]);
    // Strong as a whole, it is shown whole; the notes of the real address test the excerpt.
    expect(slides.map((s) => s.quote!.text)).toEqual([
      first,
      expect.stringMatching(/^Raising .* wins\./),
    ]);
    expect(slides[1]!.quote!.attribution).toBe('Anna Berg, the mayor');
    // The short clause that lands it is what makes it strong.
    const traits = {
      lang: 'en',
      person: true,
      attributed: true,
      sourced: true,
      complete: true,
      last: false,
    };
    const flat =
      'Building the wall higher every decade is pointless for the administrations of the harbour authorities.';
    const landed = flat.replace(/\.$/, '; it is a dead end.');
    expect(quotability({ ...traits, text: landed })).toBeGreaterThanOrEqual(STRONG_QUOTE);
    expect(quotability({ ...traits, text: flat })).toBeLessThan(STRONG_QUOTE);
  });

  it('pins a paragraph’s quotation with the paragraph directive, even over a longer one elsewhere', () => {
    const short = 'As the mayor said, “our two cities will trade, talk and thrive together.”';
    const slides = planDeck(
      address({
        sections: [
          section(0, 'One', [
            para(sentences(2).join(' ')),
            para(long),
            para(short, { quoteSteer: 'pin' }),
          ]),
        ],
      }),
    );
    const quotes = slidesOf(slides).filter((s) => s.kind === 'quote');
    expect(quotes.map((s) => s.quote!.text)).toContain(
      '…our two cities will trade, talk and thrive together.',
    );
  });
});

describe('the words that finish a quotation’s sentence', () => {
  it('shows a qualifier after the closing mark, so the slide claims no more than the speaker', () => {
    const [slide] = quoteSlides([
      'After the talks the minister told reporters that “our position and theirs are now very close” on the question of fishing rights.',
    ]);
    expect(slide!.quote!.text).toBe('…our position and theirs are now very close');
    expect(slide!.quote!.tail).toBe('on the question of fishing rights');
  });

  it('shows no tail when the words after the mark say who spoke or stand after a pause', () => {
    const slides = quoteSlides([
      '“We will keep the harbour open through the winter storms whatever the cost” she said firmly.',
      'The mayor put it plainly: “we will keep the library open every evening of the week”, and the council agreed.',
      'Le maire l’a dit : « nous garderons la bibliothèque ouverte tous les soirs de la semaine » a-t-il ajouté.',
    ]);
    expect(slides.length).toBeGreaterThan(1);
    for (const s of slides) expect(s.quote!.tail).toBeUndefined();
  });
});
