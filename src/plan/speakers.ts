// Who is who in an address, learned from its own text: "Russian President Vladimir Putin" teaches
// that "Putin" and "President Putin" mean Vladimir Putin, and so do "the Russian President" and
// "the Russian leader".

const TITLES = new Set([
  'President',
  'Chairman',
  'Prime',
  'Minister',
  'Premier',
  'Chancellor',
  'Secretary',
  'General',
  'Foreign',
  'King',
  'Queen',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
]);
/** A capitalised word (with hyphens, apostrophes and a possessive) or an initial ("A."), as in names. */
const WORD = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Prof|St)\.|\p{Lu}(?:\.|[\p{L}\p{M}’'-]*))`;
export const NAME_SEQUENCE = new RegExp(String.raw`${WORD}(?:\s+${WORD})*`, 'gu');

export interface Speakers {
  /** Surname → the longest full name seen ("Putin" → "Vladimir Putin"). */
  fullNames: Map<string, string>;
  /** "russian president", "russian leader" → full name. */
  roles: Map<string, string>;
}

export function emptySpeakers(): Speakers {
  return { fullNames: new Map(), roles: new Map() };
}

/** Learns names and roles from one more stretch of the address's text. */
export function learnSpeakers(speakers: Speakers, text: string): void {
  for (const m of text.matchAll(NAME_SEQUENCE)) {
    const words = m[0].split(/\s+/);
    const lastTitle = words.findLastIndex((w) => TITLES.has(w.replace(/\.$/u, '')));
    const name = words.slice(lastTitle + 1);
    // Only a titled name ("President Donald Trump") is surely a person, not a place or body.
    if (lastTitle < 0 || name.length < 2 || name.length > 3) continue;
    const full = name.join(' ');
    const surname = name[name.length - 1]!;
    if ((speakers.fullNames.get(surname)?.length ?? 0) < full.length) {
      speakers.fullNames.set(surname, full);
    }
    // "Russian President Vladimir Putin": an adjective before the title gives the role.
    const adjective = lastTitle > 0 ? words[lastTitle - 1] : undefined;
    if (adjective && !TITLES.has(adjective)) {
      const key = adjective.toLowerCase();
      speakers.roles.set(`${key} ${words[lastTitle]!.toLowerCase()}`, full);
      speakers.roles.set(`${key} leader`, full);
    }
  }
}

export interface Resolved {
  name: string;
  person: boolean;
}

/** A speaker phrase as found in the text → the name a slide shows. */
export function resolveSpeaker(phrase: string, speakers: Speakers): Resolved | undefined {
  const clean = phrase.trim().replace(/[,.;:]+$/, '');
  const role = speakers.roles.get(clean.replace(/^the\s+/i, '').toLowerCase());
  if (role) return { name: role, person: true };
  const words = clean.split(/\s+/);
  const lastTitle = words.findLastIndex((w) => TITLES.has(w.replace(/\.$/u, '')));
  const name = words.slice(lastTitle + 1);
  if (name.length === 0) return undefined;
  const surname = name[name.length - 1]!;
  const full = speakers.fullNames.get(surname);
  if (full && (name.length === 1 || full.endsWith(name.join(' '))))
    return { name: full, person: true };
  if (lastTitle >= 0) return { name: name.join(' '), person: true };
  return { name: clean, person: false };
}
