// HTML character references in the address's text reach the model (and so the slides, notes and
// PDFs) as the characters they name: every name HTML defines, not only a short list.
import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../src/content/index.js';

function firstText(body: string): string {
  const { address } = parseAddress(`---\ntitle: A talk\n---\n\n## S\n\n${body}\n`, '/t/a.md');
  const block = address?.sections[0]?.blocks[0];
  return block && 'text' in block ? block.text : '';
}

describe('character references in the text', () => {
  it('decode every HTML name, decimal and hex', () => {
    expect(firstText('Caf&eacute; &amp; cr&egrave;me, &hearts; &frac12; &#8212; &#x41;.')).toBe(
      'Café & crème, ♥ ½ — A.',
    );
  });

  it('leave an unknown name, a bare ampersand and a name without its semicolon as written', () => {
    expect(firstText('AT&T and &nosuch; and &copy 2026.')).toBe(
      'AT&T and &nosuch; and &copy 2026.',
    );
  });
});
