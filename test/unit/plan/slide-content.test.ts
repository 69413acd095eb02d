// What a key-point slide says, rule by rule: fillers stay in the notes, an announced thesis and a
// list after a colon reach the screen, an enumeration a quotation interrupts goes on numbered, a
// slide without a noun phrase is headed by its own short statement, and speakers are named as the
// address names them (with their role, described, or "he" resolved to the sentence before).
import { describe, expect, it } from 'vitest';
import { slidesOf, type Slide } from '../../../src/core/deck.js';
import { planDeck } from '../../../src/plan/index.js';
import { enumerationIn } from '../../../src/plan/enumeration.js';
import { splitSentences } from '../../../src/core/text.js';
import { address, meta, para, section } from './fixtures.js';

function deckOf(paragraphs: string[], lang = 'en', title = 'Part'): Slide[] {
  return slidesOf(
    planDeck(
      address({
        meta: meta({ lang }),
        sections: [
          section(
            0,
            title,
            paragraphs.map((p) => para(p)),
          ),
        ],
      }),
    ),
  );
}

const shown = (slides: Slide[]) =>
  slides.flatMap((s) => [s.title, ...(s.bullets ?? []), s.quote?.text ?? '']).join('\n');

describe('fillers', () => {
  it('keeps sentences that lean on their neighbours off the slide, and in its notes', () => {
    const slides = deckOf([
      'Now I come to money, which is where most speeches go vague. I will try not to. The ministry believes that coastal towns should pay a larger share of the cost. That is the width of my hand. Let me end where I began.',
    ]);
    const text = shown(slides);
    for (const filler of [
      'I will try not to',
      'That is the width of my hand',
      'Let me end where I began',
    ]) {
      expect(text).not.toContain(filler);
      expect(slides.some((s) => s.notes.spoken.some((p) => p.text.includes(filler)))).toBe(true);
    }
    expect(text).toContain('The ministry believes that coastal towns should pay a larger share');
  });

  it('leaves off a sentence whose point is the quotation after it ("said it better")', () => {
    const slides = deckOf([
      'The ferry has run since 1901 and carries nine hundred people a day across the bay.',
      'Anna Berg, who ran the ferry for thirty years, said it better than any report. “The bay does not care about our timetable, and it never will, whatever we print,” she recalled.',
    ]);
    expect(shown(slides)).not.toContain('said it better');
  });

  it('drops three-word formulas outside English ("Je vous remercie.")', () => {
    const slides = deckOf(
      [
        'Nous avons eu peur, en 2022. Faisons en sorte que cette peur serve enfin à quelque chose ! Je vous remercie.',
      ],
      'fr',
    );
    expect(shown(slides)).not.toContain('Je vous remercie');
  });
});

describe('an announced thesis', () => {
  it('shows the words after "My argument … is:" first, though longer than a bullet', () => {
    const slides = deckOf([
      'The wall held by eleven centimetres. The water came over the top for nearly an hour.',
      'My argument this morning is a simple one: a town that survives a storm by eleven centimetres has not been made safe; it has been lucky, and luck is not a policy. Everything else I have to say follows from that.',
    ]);
    expect(shown(slides)).toContain(
      'A town that survives a storm by eleven centimetres has not been made safe; it has been lucky, and luck is not a policy.',
    );
  });
});

describe('a conclusion', () => {
  it('reaches the screen though longer than a bullet, and keeps the German verb second', () => {
    const en = deckOf([
      'The harbour board met four times this winter. It heard from the pilots, the ferry company and the fishermen, who all described the same problem at the same two berths. Hence the board must rebuild the two western berths before the next storm season begins, whatever the ministry decides about the rest of the quay.',
    ]);
    expect(shown(en)).toContain(
      'The board must rebuild the two western berths before the next storm season begins, whatever the ministry decides about the rest of the quay.',
    );
    const de = deckOf(
      [
        'Die Stadtwerke haben im letzten Jahr drei neue Wärmenetze gebaut. Viele Haushalte in der Nordstadt sind schon angeschlossen. Deshalb müssen die Kommunen jetzt die Planung für alle übrigen Quartiere beginnen, bevor die Fördermittel des Bundes auslaufen.',
      ],
      'de',
    );
    expect(shown(de)).toContain(
      'Deshalb müssen die Kommunen jetzt die Planung für alle übrigen Quartiere beginnen, bevor die Fördermittel des Bundes auslaufen.',
    );
    expect(shown(de)).not.toMatch(/^Müssen/mu);
  });
});

describe('contrasts and negations outside English', () => {
  it('never leaves out a clause of contrast as an aside ("…, pero mide mal …,")', () => {
    const slides = deckOf(
      [
        'Mi tesis es sencilla: la nota mide bien lo que un estudiante ha aprendido, pero mide mal lo que puede llegar a aprender, y una universidad pública debe admitir a sus estudiantes pensando en lo segundo.',
      ],
      'es',
    );
    expect(shown(slides)).toContain('pero mide mal lo que puede llegar a aprender');
    expect(shown(slides)).not.toContain('ha aprendido y una universidad');
  });

  it('reads "si" inside a clause as "whether", and lets a clause of its own go whole', () => {
    const es = deckOf(
      [
        'Daremos tres pasos antes del próximo curso. Primero, reservaremos el diez por ciento de las plazas para estudiantes de institutos con baja tasa de acceso. Segundo, abriremos una oficina de orientación en cada comarca. Tercero, publicaremos cada año las tasas de titulación según el origen de los estudiantes, para que cualquiera pueda comprobar si funciona.',
      ],
      'es',
    );
    expect(es.find((s) => s.ordered)?.bullets).toHaveLength(3);
    const fr = deckOf(
      [
        'Je sais que cette idée inquiète. Les représentants de l’agriculture irriguée considèrent qu’elle menace leurs exploitations, et je ne balaie pas cette inquiétude d’un revers de main. Mais une agriculture qui dépend de la rivière a intérêt à ce que la rivière survive.',
      ],
      'fr',
    );
    expect(shown(fr)).toContain(
      'Les représentants de l’agriculture irriguée considèrent qu’elle menace leurs exploitations.',
    );
  });

  it('gives two lists in a row a slide each', () => {
    const slides = deckOf(
      [
        'Proponemos, por tanto, cambiar el sistema por dos razones: primero, porque perdemos cada año a estudiantes que habrían terminado la carrera; segundo, porque una universidad que solo admite a quienes ya tenían ventaja no corrige la desigualdad.',
        'Daremos tres pasos antes del próximo curso. Primero, reservaremos el diez por ciento de las plazas. Segundo, abriremos una oficina de orientación en cada comarca. Tercero, publicaremos cada año las tasas de titulación.',
      ],
      'es',
    );
    expect(slides.filter((s) => s.ordered).map((s) => s.bullets!.length)).toEqual([2, 3]);
  });
});

describe('lists after a colon', () => {
  const listed = (text: string, lang: string) =>
    enumerationIn(
      splitSentences(text, lang).map((s) => s.text),
      { maxWords: 18, lang },
    );

  it('gives one numbered item per part that the count announces', () => {
    const e = listed(
      'Concrètement, nous proposerons à nos voisins trois engagements : un observatoire commun des débits, ouvert à tous ; un volume prélevable révisé tous les cinq ans ; et un fonds de solidarité pour les communes de montagne.',
      'fr',
    );
    expect(e).toMatchObject({
      signpost: 'Nous proposerons à nos voisins trois engagements',
      items: [
        'Un observatoire commun des débits, ouvert à tous',
        'Un volume prélevable révisé tous les cinq ans',
        'Un fonds de solidarité pour les communes de montagne',
      ],
    });
  });

  it('leaves the marker and "because" off each reason', () => {
    const e = listed(
      'We propose it for two reasons: on the one hand, because it is cheaper; on the other hand, because it works with the water.',
      'en',
    );
    expect(e?.items).toEqual(['It is cheaper', 'It works with the water']);
  });

  it('finds no list when the count and the parts disagree', () => {
    expect(listed('We made three promises: to open longer; to hire staff.', 'en')).toBeUndefined();
  });
});

describe('fragments and the line they set up', () => {
  it('shows short fragments with the sentence that says what they are, as one bullet', () => {
    const slides = deckOf([
      'Let me end where I began. Eleven centimetres. That is the width of my hand. It is the margin by which this town escaped the worst night in its history, and it must never again be the margin by which we measure our safety.',
    ]);
    expect(shown(slides)).toContain(
      'Eleven centimetres. That is the width of my hand. It is the margin by which this town escaped the worst night in its history.',
    );
  });

  it('shows a sentence with the fragments that echo it, but never across paragraphs or with thanks', () => {
    const slides = deckOf(
      [
        'Este curso recibimos 23.400 solicitudes para 6.100 plazas. Casi cuatro de cada cinco plazas se asignaron únicamente por la nota de acceso. Una sola cifra. Una sola mañana.',
        'Presumimos de nuestros mejores expedientes. Deberíamos presumir de nuestros mejores comienzos.',
        'Termino donde empecé. Ninguna vida debería decidirse en una sola mañana. Muchas gracias.',
      ],
      'es',
    );
    const text = shown(slides);
    expect(text).toContain(
      'Casi cuatro de cada cinco plazas se asignaron únicamente por la nota de acceso. Una sola cifra. Una sola mañana.',
    );
    expect(text).not.toMatch(/comienzos\. Termino/u);
    expect(text).not.toMatch(/Muchas gracias/u);
  });

  it('leaves a sentence that only names what was said before off a slide with better ones', () => {
    const slides = deckOf([
      'The ministry believes that coastal towns should pay a larger share of their defences. I do not dismiss that argument. The ministry is right that the national budget cannot protect every metre of coast.',
    ]);
    expect(shown(slides)).not.toContain('I do not dismiss that argument');
  });
});

describe('lists made by repetition', () => {
  it('shows clauses that open on the same word as bullets, headed by the sentence before them', () => {
    const slides = deckOf(
      [
        'Wir werden deshalb in Hallerbeck nicht warten. Wir bauen im kommenden Jahr den zweiten Abschnitt des Nordstadtnetzes, wir öffnen in jedem Ortsteil eine Beratungsstelle, und wir beteiligen die Genossenschaften an jedem neuen Netz, sofern sie das wollen.',
      ],
      'de',
    );
    const s = slides.find((x) => x.kind === 'points')!;
    expect(s.title).toBe('Wir werden deshalb in Hallerbeck nicht warten');
    expect(s.bullets).toEqual([
      'Wir bauen im kommenden Jahr den zweiten Abschnitt des Nordstadtnetzes.',
      'Wir öffnen in jedem Ortsteil eine Beratungsstelle.',
      'Wir beteiligen die Genossenschaften an jedem neuen Netz, sofern sie das wollen.',
    ]);
  });

  it('shows sentences in a row that open on the same words, all of them', () => {
    const slides = deckOf([
      'What we need to do is to stop apologising for what the library has become. It is a living room for people who do not have one. It is an office for people who cannot afford one. It is, on a wet Tuesday in February, the only door on the high street that opens without a card.',
    ]);
    const s = slides.find((x) => x.kind === 'points')!;
    expect(s.title).toBe(
      'What we need to do is to stop apologising for what the library has become',
    );
    expect(s.bullets).toHaveLength(3);
    expect(s.bullets!.every((b) => b.startsWith('It is'))).toBe(true);
  });
});

describe('the speaker steering and announcing', () => {
  it('keeps "Now I come to money" and "My thesis is simple." off the slide, and shows the thesis', () => {
    const slides = deckOf([
      'Every hospital has two lives. My thesis this morning is simple. The night shift is not a quieter version of the day; it is a different hospital, with different risks, and we must staff it, support it and measure it as one.',
      'Now I come to money, which is where speeches like this one usually stop being specific. The ministry believes that hospitals can make nights safer without new funding.',
    ]);
    const text = shown(slides);
    expect(text).not.toContain('My thesis this morning is simple');
    expect(text).not.toContain('I come to money');
    expect(text).toContain('we must staff it, support it and measure it as one');
  });

  it('never parts a cleft from its "that" clause ("it is the visit, not the loan, that …")', () => {
    const slides = deckOf([
      'But a download is not a visit, and it is the visit, not the loan, that people tell us they value most.',
    ]);
    expect(shown(slides)).not.toMatch(/not the loan\.$/mu);
  });

  it('never leaves a share without what it is a share of', () => {
    const slides = deckOf([
      'Now I come to money, which is where most speeches go vague. I will try not to. The national government believes that coastal towns should pay a larger share of the cost of their own defences.',
    ]);
    expect(shown(slides)).not.toMatch(/a larger share\.$/mu);
    expect(shown(slides)).toContain('a larger share of the cost of their own defences');
  });

  it('never leaves out the end of a series ("plan it, fund it and staff it")', () => {
    const slides = deckOf([
      'The public library has become the last public room in our towns, and we must plan it, fund it and staff it as one.',
    ]);
    expect(shown(slides)).not.toMatch(/we must plan it\.$/mu);
  });
});

describe('what a list is for', () => {
  const listed = (text: string, lang: string) =>
    enumerationIn(
      splitSentences(text, lang).map((s) => s.text),
      { maxWords: 22, lang },
    );

  it('heads the list with the clause that announces it, not the bare count', () => {
    expect(
      listed(
        'So we propose to act now, for two reasons: first, because every month we wait costs lives; second, because a safer night is cheaper than a lawsuit.',
        'en',
      ),
    ).toMatchObject({
      signpost: 'We propose to act now, for two reasons',
      items: ['Every month we wait costs lives.', 'A safer night is cheaper than a lawsuit.'],
    });
  });

  it('keeps the count when the clause points ahead or back ("Here is what we propose")', () => {
    expect(
      listed(
        'So here is what we propose, and I would urge others to propose it too, for two reasons: firstly, because it is cheaper, and secondly, because it works with the water.',
        'en',
      )?.signpost,
    ).toBe('two reasons');
    expect(
      listed(
        'What it taught us can be put into three lessons. First, the danger was not where we had been looking. Second, our warnings worked, but only for the people who were listening. Third, the town’s memory was better than its data.',
        'en',
      )?.signpost,
    ).toBe('three lessons');
  });

  it('reads markers of several words ("En primer lugar", "zum einen") and numbers the items', () => {
    const e = listed(
      'De aquel estudio, que ocupa más de trescientas páginas, me quedo con tres conclusiones. En primer lugar, la nota de acceso predice el primer año, pero apenas predice el último. En segundo lugar, el problema no es el talento, sino la información. En tercer lugar, los profesores de secundaria ya lo sabían.',
      'es',
    );
    expect(e).toMatchObject({
      // "Me quedo con …" speaks of the talk: the count alone heads the list.
      signpost: 'tres conclusiones',
      items: [
        'La nota de acceso predice el primer año, pero apenas predice el último.',
        'El problema no es el talento, sino la información.',
        'Los profesores de secundaria ya lo sabían.',
      ],
    });
  });

  it('keeps "weil" where leaving it out would leave the verb last (German)', () => {
    const e = listed(
      'Aus zwei Gründen: zum einen, weil die Netze, die wir heute nicht bauen, nicht rechtzeitig fertig werden; zum anderen, weil jede Kommune, die jetzt scheitert, als Beweis dient.',
      'de',
    );
    expect(e?.items).toEqual([
      'Weil die Netze, die wir heute nicht bauen, nicht rechtzeitig fertig werden.',
      'Weil jede Kommune, die jetzt scheitert, als Beweis dient.',
    ]);
  });

  it('gives a list inside one sentence a slide of its own, so the sentences before it keep theirs', () => {
    const slides = deckOf([
      'The ministry believes that towns already have everything they need. The council sees it differently. The guide itself admits that the plan is uncertain in poorer towns. Many towns will write their plan and then put it in a drawer. Why do I insist on this demand? For two reasons: firstly, because the networks we do not build today will not be ready in twenty years; and secondly, because every town that fails serves its neighbours as proof that it cannot be done.',
    ]);
    const list = slides.find((s) => s.ordered);
    expect(list?.bullets).toHaveLength(2);
    expect(list?.title).toBe('Two reasons');
    const before = slides.filter((s) => s.kind === 'points' && !s.ordered);
    expect(before.flatMap((s) => s.bullets ?? []).join(' ')).toContain('The guide itself admits');
  });
});

describe('an enumeration a quotation interrupts', () => {
  it('goes on numbered from where it stopped, under the same headline, as parts', () => {
    const slides = deckOf([
      'The inquiry taught us three lessons. First, the danger was not where we had been looking. Second, our warnings worked, but only for the people who were already listening.',
      'Dr. Priya Anand-Cole, chief engineer of the Harbour Authority, put it to the committee in a single sentence: “We built for the last storm, not for the next one that is coming.”',
      'Third, the town’s memory turned out to be better than its data. Fewer than half received the evacuation text.',
    ]);
    const lists = slides.filter((s) => s.ordered);
    expect(lists.map((s) => s.title)).toEqual([
      'The inquiry taught us three lessons',
      'The inquiry taught us three lessons',
    ]);
    expect(lists.map((s) => s.part)).toEqual([
      { index: 1, count: 2 },
      { index: 2, count: 2 },
    ]);
    expect(lists[1]).toMatchObject({
      start: 3,
      bullets: ['The town’s memory turned out to be better than its data.'],
    });
  });

  it('strips the speaker’s marker where no tagger reads it ("Premièrement, …")', () => {
    const slides = deckOf(
      [
        'La sécheresse nous a appris trois leçons. Premièrement, la pénurie n’a pas frappé là où nous l’attendions. Deuxièmement, chacun a agi seul.',
      ],
      'fr',
    );
    const list = slides.find((s) => s.ordered)!;
    expect(list.title).toBe('La sécheresse nous a appris trois leçons');
    expect(list.bullets).toEqual([
      'La pénurie n’a pas frappé là où nous l’attendions.',
      'Chacun a agi seul.',
    ]);
  });
});

describe('headlines', () => {
  it('lets a short statement past the word budget head its slide over longer bullets', () => {
    const slides = deckOf([
      'The night nurses on our three surgical wards kept a record of every break they missed, with the time and the cause.',
      'Taken together, the night shift was never given the same support as the day shift, in staff, in training or in the attention of the hospital’s managers.',
      'Therefore the hospital must plan the night as carefully as it plans the day, with its own rota, its own senior cover and its own budget line.',
    ]);
    const s = slides.find((x) => x.kind === 'points')!;
    expect(s.title).toBe('The night shift was never given the same support as the day shift');
    // Three bullets would pass the slide's 48 words; under the headline, the other two fit.
    expect(s.bullets).toEqual([
      'The night nurses on our three surgical wards kept a record of every break they missed.',
      'The hospital must plan the night as carefully as it plans the day, with its own rota, its own senior cover and its own budget line.',
    ]);
  });

  it('takes a sentence that points back as the headline only when no other can head the slide', () => {
    const slides = deckOf(
      [
        'None of these is new, and none of them is free. But together they amount to a change in what we say a library is, and that change has been a long time coming.',
      ],
      'en',
      'Four commitments',
    );
    const s = slides.find((x) => x.kind === 'points' || x.kind === 'statement')!;
    // A statement slide, its line set large, or a headline over the line that follows it.
    expect(s.title.replace(/\.$/u, '')).toBe('None of these is new, and none of them is free');
    expect(s.part).toBeUndefined();
  });

  it('never heads a slide with a sentence that points back ("None of this …", "… that this is")', () => {
    const slides = deckOf(
      [
        'Hendrika Voskuijlen describes the estuaries she studied as coasts that “breathe in with the tide and breathe out with the river, and only drown when we stop them breathing.” I have come to think that this is the right image for a town like ours. A wall is a held breath. Nobody can hold their breath for ever.',
        'None of this means that we will take the walls down. We will not. The outer harbour wall protects two thousand homes and a working port, and it will be maintained and, where it must be, raised.',
      ],
      'en',
      'A harbour that breathes',
    );
    const s = slides.find((x) => x.kind === 'points')!;
    expect(s.title).not.toMatch(/^None of this|this is the right image/u);
  });

  it('heads a slide with its own short statement where no phrase is found (other languages)', () => {
    const slides = deckOf(
      [
        'Die Technik ist nicht das Problem. Wärmepumpen und Großwärmespeicher gibt es längst, und vieles davon ist inzwischen billiger als Erdgas.',
      ],
      'de',
      'Lehren',
    );
    const s = slides.find((x) => x.kind === 'points')!;
    expect(s).toMatchObject({ title: 'Die Technik ist nicht das Problem', kicker: 'Lehren' });
    expect(s.bullets).not.toContain('Die Technik ist nicht das Problem.');
  });

  it('takes no fragment of a quantity or of a pair ("Cent of visitors", "North Korea with …")', () => {
    const slides = deckOf([
      'A warm place to sit was named by 38 per cent of visitors to the branches last year. The suspension of the talks provides South and North Korea with a unique chance to lead. Longer hours cost money the councils do not have.',
    ]);
    const titles = slides.map((s) => s.title.toLowerCase());
    expect(titles.some((t) => t.startsWith('cent'))).toBe(false);
    expect(titles.some((t) => t.startsWith('north korea'))).toBe(false);
    expect(titles.some((t) => t.startsWith('money the'))).toBe(false);
  });
});

describe('who said it', () => {
  const quoteOf = (slides: Slide[], words: string) =>
    slides.find((s) => s.kind === 'quote' && s.quote!.text.includes(words))?.quote;

  it('names a speaker with the role set off after the name, and "she added" as the same person', () => {
    const slides = deckOf([
      'The branches were busier than ever last year, and most visitors came for a place to sit.',
      'As Ingrid Solberg, chief librarian in Marrenhaven, told us when we visited her branch last spring: “We are the last warm room in this town without a price tag on it.” “People come because they have nowhere else to be that does not cost them money,” she added.',
    ]);
    expect(quoteOf(slides, 'last warm room')?.attribution).toBe(
      'Ingrid Solberg, chief librarian in Marrenhaven',
    );
    expect(quoteOf(slides, 'nowhere else')?.attribution).toBe(
      'Ingrid Solberg, chief librarian in Marrenhaven',
    );
  });

  it('resolves "he recalled" to the person the sentence before names', () => {
    const slides = deckOf([
      'Dr. Priya Anand-Cole, chief engineer of the Harbour Authority, put it in a single sentence: “We built the wall for the last storm and never for the next one.”',
      'Tom Brannigan, who piloted ships into this harbour for forty-one years, said it better than any report. “When I asked my father about the surge, he said the water came in at the front door and went out at the back,” he recalled.',
    ]);
    expect(quoteOf(slides, 'surge')?.attribution).toBe('Tom Brannigan');
  });

  it('describes an unnamed speaker as the address does, and shows a short whole quoted sentence', () => {
    const slides = deckOf([
      'The flood map we had relied on dated from 2009 and took no account of the river.',
      'An old fisherman in the harbour said to me the next morning, with his boots still full of water: “The sea doesn’t read our maps.” He was right.',
    ]);
    expect(quoteOf(slides, 'read our maps')?.attribution).toBe('An old fisherman in the harbour');
  });

  it('skips a sentence-opening word the address also writes in lower case ("Wie uns Karin Oltmanns, …, sagte")', () => {
    const slides = deckOf(
      [
        'Die Leute wissen genau, wie viel sie heute für Öl und Gas bezahlen, und sie rechnen nach.',
        'Wie uns Karin Oltmanns, Geschäftsführerin der Stadtwerke Hallerbeck, bei der Vorstellung der Zahlen sagte: „Die Leute haben keine Angst vor der Wärmepumpe, sondern vor der Rechnung.“',
      ],
      'de',
    );
    expect(quoteOf(slides, 'Wärmepumpe')?.attribution).toBe(
      'Karin Oltmanns, Geschäftsführerin der Stadtwerke Hallerbeck',
    );
  });
});

describe('who said it, named elsewhere in the sentence or before', () => {
  const attributions = (paragraphs: string[], lang = 'en') =>
    deckOf(paragraphs, lang)
      .filter((s) => s.kind === 'quote')
      .map((s) => s.quote!.attribution);

  it('takes the full name over a sentence’s first word ("Como nos dijo Andrés Quiroga Llamas")', () => {
    expect(
      attributions(
        [
          'Las plazas se asignaron únicamente por la nota de acceso, en una sola mañana de junio.',
          'Como nos dijo Andrés Quiroga Llamas, director del Servicio de Orientación: «Los chicos de los pueblos no eligen mal; eligen a ciegas.»',
        ],
        'es',
      ),
    ).toEqual(['Andrés Quiroga Llamas, director del Servicio de Orientación']);
  });

  it('gives "«…», ha aggiunto." (no pronoun) to the person quoted just before', () => {
    expect(
      attributions(
        [
          'Come ci ha detto Marco Venturelli, dirigente dell’Ufficio scolastico: «Chiudere una scuola non fa risparmiare, sposta la spesa dal bilancio dell’istruzione a quello dei trasporti.» «E a pagare la differenza sono i bambini, che passano due ore al giorno su una strada di montagna», ha aggiunto.',
        ],
        'it',
      ),
    ).toEqual(['Marco Venturelli, dirigente dell’Ufficio scolastico']);
  });

  it('names the person after a quotation that opens the sentence ("— c’est ainsi que Margaux Delorme résumait")', () => {
    expect(
      attributions(
        [
          'La commission locale a travaillé trois ans avec tous les riverains de la haute vallée.',
          '« Une rivière se partage en confiance, pas en parts égales » — c’est ainsi que Margaux Delorme résumait le travail de sa commission.',
        ],
        'fr',
      ),
    ).toEqual(['Margaux Delorme']);
  });

  it('resolves "it states" to the body named before, and "the same guidance" to the source quoted before', () => {
    expect(
      attributions([
        'The Department of Health believes that hospitals can make nights safer without new funding. In its guidance it states that “trusts should seek to ensure that overnight staffing levels are broadly in line with daytime levels where this is practicable and safe.”',
        'I do not dismiss that. But the same guidance admits, two pages later, that “the evidence base for overnight staffing ratios remains limited in every trust we examined.”',
      ]),
    ).toEqual(['Department of Health', 'Department of Health']);
  });
});

describe('a quotation carried by the paragraph’s key sentence', () => {
  it('shows the claim above the quotation, without repeating it, and only a claim', () => {
    const slides = deckOf([
      'Sanctions have been tried for a decade, and the programme has only grown.',
      'Russia’s conviction is that “sanctions of any kind are useless and ineffective in this case” since, according to President Putin, the North Koreans “will eat grass, but they will not abandon this program unless they feel safe.”',
      'Vladimir Putin met the press in Vladivostok after the summit. “Pyongyang’s good-faith fulfilment of its commitments should be accompanied by reciprocal steps,” he said.',
    ]);
    const grass = slides.find((s) => s.quote?.text.includes('eat grass'))!;
    expect(grass.point).toBe(
      'Russia’s conviction is that “sanctions of any kind are useless and ineffective in this case”.',
    );
    // The quotation starts mid-sentence: the words it completes come before it.
    expect(grass.quote!.lead).toBe('The North Koreans');
    const press = slides.find((s) => s.quote?.text.includes('good-faith'));
    expect(press?.point).toBeUndefined();
  });
});

describe('an author’s list', () => {
  it('takes the lead-in that gives no bullet into its notes rather than leave an empty slide', () => {
    const deck = planDeck(
      address({
        sections: [
          section(0, 'Four commitments', [
            para(
              'If that is what the library has become, then the network has to promise four things, and I want to be precise about them, because vague promises are how libraries lose their budgets:',
            ),
            {
              kind: 'list',
              line: 90,
              ordered: true,
              items: [
                'Every branch will open at least five days a week.',
                'Every branch will have trained staff on the floor.',
                'We will count conversations, not just loans.',
                'No branch will close unless its community has been consulted.',
              ].map((text) => ({ text, refs: [] })),
            },
          ]),
        ],
      }),
    );
    const points = slidesOf(deck).filter((s) => s.kind === 'points');
    expect(points.every((s) => (s.bullets ?? []).length > 0)).toBe(true);
    expect(points[0]!.notes.spoken.map((p) => p.text).join(' ')).toContain('promise four things');
  });
});

describe('sentences that rest on their neighbours', () => {
  it('never shows a view the speaker goes on to reject as their own', () => {
    const en = deckOf([
      'Fifteen years ago the transport board said the tram had no future. The buses would carry everyone more cheaply; the rails would rust in the street.',
      'They were wrong. Ridership on the tram has doubled since 2012, and the buses now feed it.',
    ]);
    expect(shown(en)).not.toContain('The buses would carry everyone more cheaply');
    expect(shown(en)).toContain('Ridership on the tram has doubled since 2012');
    const fr = deckOf(
      [
        'Il y a quinze ans, on nous expliquait que le tramway était condamné. Les bus transporteraient tout le monde pour moins cher, et les rails rouilleraient dans la rue.',
        'Ils avaient tort. La fréquentation du tramway a doublé depuis 2012, et les bus y amènent désormais les voyageurs.',
      ],
      'fr',
    );
    expect(shown(fr)).not.toContain('Les bus transporteraient tout le monde');
  });

  it('leaves off the line that introduces a quotation, and a sentence whose "he" is not on it', () => {
    const slides = deckOf([
      'The first finding was that rest breaks are skipped on four nights out of five. Marta Quist, a ward sister who retired last spring after thirty-four years, told me a story I have not forgotten. “My first night sister said to me, if you have time to sit down, you have time to walk round once more, and I never sat down again,” she said.',
      'He was right. Our data showed the same pattern, two years after he had noticed it. The board now counts every missed break separately.',
    ]);
    const text = shown(slides);
    expect(text).not.toContain('told me a story');
    expect(text).not.toContain('after he had noticed it');
    expect(text).toContain('The board now counts every missed break separately');
  });

  it('gives what a paragraph proposes after its reasons a slide of its own', () => {
    const slides = deckOf([
      'So we propose to act now, for two reasons: first, because every month we wait costs lives that we will never be able to name; second, because a safer night is cheaper than a lawsuit. We will raise night nurse staffing to one nurse for every eight patients on acute wards. It is not optional.',
    ]);
    const list = slides.find((s) => s.ordered)!;
    expect(list.bullets).toHaveLength(2);
    expect(shown(slides)).toContain(
      'We will raise night nurse staffing to one nurse for every eight patients on acute wards',
    );
  });
});

describe('lists the speaker signposts across paragraphs', () => {
  it('keeps three reasons of several sentences each on one numbered slide', () => {
    const slides = deckOf([
      'I understand the argument. I do not accept it, for three reasons.',
      'First, the shuttle bus is not free to the people who ride it. It costs them a day. Our own survey found that 42 per cent of patients over seventy would not make a journey of more than an hour for a condition they thought was probably nothing.',
      'Second, the hub model counts the wrong cost. It measures what a clinic spends, not what an emergency admission costs when the clinic is not there. One night in a hospital bed costs more than a week of one of our nurse practitioners.',
      'Third, and most important, a clinic is not only a place where medicine happens. It is where a widowed farmer mentions, while his dressing is changed, that he has stopped eating.',
    ]);
    const lists = slides.filter((s) => s.ordered);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.bullets).toEqual([
      'The shuttle bus is not free to the people who ride it.',
      'The hub model counts the wrong cost.',
      'A clinic is not only a place where medicine happens.',
    ]);
  });

  it('in German: the item after "das ist mir das Wichtigste:", a headline that declines its count, no list of phrases', () => {
    const slides = deckOf(
      [
        'Ich weiß, dass es in diesem Saal Menschen gibt, die das anders sehen. Ich halte diese Position für falsch, und zwar aus drei Gründen.',
        'Erstens: Der Bus ersetzt den Zug nur auf dem Papier. Zweitens: Die Kosten werden falsch gerechnet. Drittens, und das ist mir das Wichtigste: Eine Schiene ist ein Versprechen.',
        'Ich will Ihnen nichts vormachen. Für eine Krankenpflegerin mit Spätschicht, für einen Schüler nach dem Fußballtraining, für eine Witwe, die abends ihre Tochter besucht, ist es der Unterschied zwischen einem Leben, das am Bahnsteig endet, und einem, das dort beginnt.',
      ],
      'de',
    );
    const list = slides.find((s) => s.ordered)!;
    expect(list.title).toBe('Ich halte diese Position für falsch, und zwar aus drei Gründen');
    expect(list.bullets).toContain('Eine Schiene ist ein Versprechen.');
    const text = shown(slides);
    expect(text).not.toContain('Ich will Ihnen nichts vormachen');
    expect(text).not.toMatch(/^Für eine Witwe/mu);
  });
});

describe('a French list by "d’abord, ensuite, enfin"', () => {
  it('numbers short items whole and leaves out the weighing between dashes', () => {
    const slides = deckOf(
      [
        'Nous allons changer trois choses. D’abord, nous arrêtons d’acheter. Pendant deux ans, le département ne financera plus aucun équipement nouveau.',
        'Ensuite, nous recrutons. Six techniciens itinérants passeront chaque semaine dans les mêmes écoles.',
        'Enfin — et c’est, à mes yeux, le plus important — nous confions la formation aux enseignants eux-mêmes.',
      ],
      'fr',
    );
    const list = slides.find((s) => s.ordered)!;
    expect(list.bullets).toEqual([
      'Nous arrêtons d’acheter.',
      'Nous recrutons.',
      'Nous confions la formation aux enseignants eux-mêmes.',
    ]);
  });
});

describe('a short line and the sentence that turns on it', () => {
  it('shows them together, and lets two such lines head a slide', () => {
    const en = deckOf([
      'So here we are. The roof is new, the wiring is new, and the fire doors are rated for two hours.',
      'The fire took the roof. It did not take the city’s memory, because the city was keeping most of it for us. Come and help us keep the rest.',
    ]);
    expect(shown(en)).toContain('The fire took the roof. It did not take the city’s memory');
    const de = deckOf(
      [
        'Ich weiß, dass manche in diesem Saal das für zu langsam halten und andere für zu teuer. Beides mag sein. Die Energiewende beginnt nicht im Gesetzblatt. Sie beginnt vor der Haustür. Und wenn wir sie dort nicht gewinnen, gewinnen wir sie nirgendwo.',
      ],
      'de',
    );
    expect(de.find((x) => x.kind === 'points')?.title).toBe(
      'Die Energiewende beginnt nicht im Gesetzblatt. Sie beginnt vor der Haustür',
    );
    // A longer line may set up a short answer, the rebuttal with it.
    const fr = deckOf(
      [
        'On entend dire qu’il faudrait regrouper les écoles dans le bourg. Le raisonnement a l’apparence du bon sens. Il est pourtant faux. Une école de village n’est pas un point de distribution de cours.',
      ],
      'fr',
    );
    expect(shown(fr)).toContain('Le raisonnement a l’apparence du bon sens. Il est pourtant faux.');
    // A line that leans back sets nothing up.
    const back = deckOf([
      'I began by telling you that I used to think of the river as a drainage problem. I was wrong about that. It was never the problem. We were, and the next council will be too.',
    ]);
    expect(shown(back)).not.toContain('I was wrong about that. It was never');
  });
});

describe('a short set-up before a list', () => {
  it('is spoken on the list’s slide rather than make a slide of its own', () => {
    const slides = deckOf([
      'When the water went down, we did what councils do. We held an inquiry.',
      'What it taught us comes down to three lessons. First, the danger was not where we had been looking. Second, our warnings worked, but only for the people who were already listening. Third, the town’s memory turned out to be better than its data.',
    ]);
    const content = slides.filter((s) => s.kind === 'points' || s.kind === 'statement');
    expect(content).toHaveLength(1);
    expect(content[0]!.ordered).toBe(true);
    expect(content[0]!.notes.spoken[0]!.text).toMatch(/^When the water went down/u);
  });
});
