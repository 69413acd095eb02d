// STUB (owned by the themes work): resolves a theme name or path to the CSS the deck imports.
// The themes helper replaces this implementation; the interface stays.
import { LecternError } from '../errors.js';

export interface ResolvedTheme {
  /** Built-in name, or the file's base name for a custom theme. */
  name: string;
  builtin: boolean;
  /** Absolute CSS files (or bare package specifiers Vite resolves) imported in order by the deck. */
  css: string[];
}

export const BUILTIN_THEMES: string[] = ['white'];

export function resolveTheme(nameOrPath: string, _baseDir: string): ResolvedTheme {
  if (nameOrPath === 'white' || nameOrPath === 'address') {
    return { name: 'white', builtin: true, css: ['reveal.js/theme/white.css'] };
  }
  throw new LecternError(
    `unknown theme "${nameOrPath}"; known themes: ${BUILTIN_THEMES.join(', ')}`,
  );
}
