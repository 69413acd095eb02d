// The built-in themes: two of Lectern's own for formal talks, and reveal.js's fourteen made
// offline (bundled fonts) and legible (WCAG AA). The CSS lives in templates/themes/.

export interface ThemeInfo {
  name: string;
  origin: 'lectern' | 'reveal';
  dark: boolean;
  /** Family names the slides are drawn with (bundled, so the same on every machine). */
  fonts: { heading: string; body: string };
  description: string;
  /**
   * reveal.js's stylesheet for this theme: a package specifier when reveal's own file is offline
   * already, or `derived` when scripts/derive-reveal-themes.js made an offline copy.
   */
  reveal?: string | 'derived';
}

const lectern = (
  name: string,
  dark: boolean,
  heading: string,
  body: string,
  description: string,
): ThemeInfo => ({ name, origin: 'lectern', dark, fonts: { heading, body }, description });

const reveal = (
  name: string,
  dark: boolean,
  heading: string,
  body: string,
  derived: boolean,
): ThemeInfo => ({
  name,
  origin: 'reveal',
  dark,
  fonts: { heading, body },
  description: `reveal.js "${name}", offline and AA-legible`,
  reveal: derived ? 'derived' : `reveal.js/theme/${name}.css`,
});

export const THEME_CATALOG: ThemeInfo[] = [
  lectern('address', false, 'Source Serif 4', 'Source Serif 4', 'light, serif; the default'),
  lectern('plenary', true, 'Inter', 'Inter', 'dark, sans-serif with serif quotations'),
  reveal('beige', false, 'Source Sans Pro', 'Source Sans Pro', true),
  reveal('black', true, 'Source Sans Pro', 'Source Sans Pro', false),
  reveal('black-contrast', true, 'Source Sans Pro', 'Source Sans Pro', false),
  reveal('blood', true, 'Ubuntu', 'Ubuntu', true),
  reveal('dracula', true, 'Inter', 'Inter', false),
  reveal('league', true, 'League Gothic', 'Lato', true),
  reveal('moon', true, 'League Gothic', 'Lato', true),
  reveal('night', true, 'Montserrat', 'Open Sans', true),
  reveal('serif', false, 'Source Serif 4', 'Source Serif 4', false),
  reveal('simple', false, 'News Cycle', 'Lato', true),
  reveal('sky', false, 'Quicksand', 'Open Sans', true),
  reveal('solarized', false, 'League Gothic', 'Lato', true),
  reveal('white', false, 'Source Sans Pro', 'Source Sans Pro', false),
  reveal('white-contrast', false, 'Source Sans Pro', 'Source Sans Pro', false),
];

export const DEFAULT_THEME = 'address';

export function findTheme(name: string): ThemeInfo | undefined {
  return THEME_CATALOG.find((theme) => theme.name === name);
}
