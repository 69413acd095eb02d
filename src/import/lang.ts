// The address's language for the front matter (`lang`), from the script most of its letters are in.
// Only scripts that name one language reliably are recognised; everything else stays `en`.

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
  return 'en';
}
