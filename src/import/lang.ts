// The address's language for the front matter (`lang`): from the script most of its letters are
// in where a script names one language; in Latin script, franc-min's trigram model tells the
// languages Lectern has labels and word lists for (a Spanish text pasted from a PDF was `en`).
import { franc } from 'franc-min';

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Hangul}/gu, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Arabic}/gu, 'ar'],
];

export function guessLang(text: string): string {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return 'en';
  // Japanese mixes kana with Han characters, so kana decide before Han.
  for (const [re, lang] of SCRIPTS) {
    const n = (text.match(re) ?? []).length;
    if (n / letters > (lang === 'ja' ? 0.1 : 0.3)) return lang;
  }
  return LATIN[franc(text.slice(0, SAMPLE_CHARS), { only: Object.keys(LATIN) })] ?? 'en';
}

/** The Latin-script languages Lectern labels, by franc's ISO 639-3 codes. */
const LATIN: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
};

/** Enough text to tell a language by: franc's accuracy levels off well before this. */
const SAMPLE_CHARS = 4000;
