// Generated decks for `npm run bench`: planned Deck objects of any length, no planner needed.

const SENTENCES = [
  'Russia’s firm conviction is that there is no alternative to dialogue and cooperation.',
  'New prospects for achieving re-unification were opened by the summits of 2018.',
  'The leaders declared that there will be no more war on the Korean Peninsula.',
  'Economic cooperation would build trust step by step, as it has done elsewhere.',
];

function slide(id, kind, title, extra = {}) {
  return {
    id,
    kind,
    title,
    notes: { spoken: [], asides: [], sources: [] },
    words: 0,
    seconds: 20,
    line: 0,
    ...extra,
  };
}

/** A planned deck of exactly `total` slides (title, outline, sections of points and quotes, references, closing). */
export function syntheticDeck(total, file) {
  const meta = {
    title: 'Address to the International Leadership Conference',
    speaker: 'A. Zhebin',
    event: 'International Leadership Conference 2019',
    date: '2019-05-15',
    lang: 'en',
    keywords: ['Korea'],
    theme: 'white',
    size: { width: 1280, height: 720, aspect: '16:9' },
    wordsPerMinute: 130,
    quotes: { pin: [], exclude: [] },
    branding: {
      footer: 'International Leadership Conference 2019 · 2019-05-15',
      slideNumbers: true,
    },
  };
  const source = { label: '1', text: 'Panmunjom Declaration, 27 April 2018.' };
  const stacks = [
    { slides: [slide('title', 'title', meta.title, { byline: [meta.speaker, meta.event] })] },
  ];
  const middle = total - 3;
  const sections = Math.ceil(middle / 5);
  stacks[0].slides.push(slide('outline', 'outline', 'Outline', { outline: [] }));
  let left = middle;
  for (let s = 0; s < sections && left > 0; s++) {
    const title = `Section ${s + 1} of the address`;
    // Like the planner, keep the outline slide short enough to fit.
    if (s < 6) stacks[0].slides[1].outline.push(title);
    const slides = [];
    for (let k = 0; k < 5 && left > 0; k++, left--) {
      const id = k === 0 ? `s${s + 1}` : `s${s + 1}-${k + 1}`;
      const spoken = SENTENCES.map((text) => ({ text, refs: [] }));
      const notes = { spoken, asides: [], sources: k === 2 ? [source] : [] };
      const kind = k === 0 ? 'section' : k === 2 ? 'quote' : 'points';
      const extra = { section: s, notes, words: 52, seconds: 24 };
      if (kind === 'points')
        extra.bullets = SENTENCES.slice(0, 3).map((t) => t.split(' ').slice(0, 7).join(' '));
      if (kind === 'quote')
        extra.quote = {
          text: SENTENCES[2],
          attribution: 'Panmunjom Declaration',
          source,
          excerpted: false,
        };
      slides.push(slide(id, kind, title, extra));
    }
    stacks.push({ section: s, slides });
  }
  stacks.push({
    slides: [slide('references', 'references', 'References', { references: [source] })],
  });
  const deck = {
    meta,
    stacks,
    footnotes: [{ label: '1', text: source.text, source: source.text, ibid: false, line: 1 }],
    totalSeconds: 0,
    problems: [],
    file,
  };
  deck.totalSeconds = stacks.flatMap((st) => st.slides).reduce((sum, sl) => sum + sl.seconds, 0);
  return deck;
}
