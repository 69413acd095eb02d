// The name every file of a built deck takes after its content file: `content/address.md` gives
// address.pdf, address-handout.pdf, address.html, address.pptx, address-overview.png.
import { basename, extname } from 'node:path';
import type { Deck } from './deck.js';

/** `content/address.md` → `address`. */
export function deckBaseName(deck: Pick<Deck, 'file'>): string {
  const file = deck.file || 'address.md';
  return basename(file, extname(file)) || 'address';
}
