// The front-matter keys Lectern reads, and the files a front matter may name: shared by the
// validator and the readers of each key.
import type { Position } from '../core/problems.js';

/** A file the front matter names; its existence is checked by loadAddress, which does the I/O. */
export interface FileRef {
  what: 'logo' | 'theme' | 'image' | 'assets folder';
  path: string;
  at: Position;
}

export const KEYS = [
  'title',
  'subtitle',
  'speaker',
  'role',
  'event',
  'venue',
  'date',
  'lang',
  'keywords',
  'theme',
  'size',
  'duration',
  'wpm',
  'quotes',
  'labels',
  'logo',
  'footer',
  'slideNumbers',
  'controls',
  'assets',
] as const;
export type Key = (typeof KEYS)[number];
