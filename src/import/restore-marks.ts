// The Markdown of an imported document gets back what its text stood in for: emphasis, images.
import { MARK } from './html-text.js';

export interface PlacedImage {
  alt: string;
  /** Path relative to the Markdown file, or undefined when the image was dropped. */
  path?: string;
}

const ALL_MARKS = new RegExp(`[${Object.values(MARK).join('')}]`, 'g');
const IMAGE = new RegExp(`${MARK.image}(\\d+)${MARK.image}`, 'g');

function image(images: PlacedImage[], i: string): string {
  const img = images[Number(i)];
  if (!img?.path) return '';
  return `![${img.alt.replace(/[[\]\\]/g, '\\$&')}](${img.path.replace(/[ ()]/g, encodeURIComponent)})`;
}

export function restoreMarks(markdown: string, images: PlacedImage[]): string {
  const fm = /^---\n[\s\S]*?\n---\n/.exec(markdown)?.[0] ?? '';
  const body = markdown
    .slice(fm.length)
    .replace(IMAGE, (_, i: string) => image(images, i))
    .replaceAll(MARK.emOpen, '*')
    .replaceAll(MARK.emClose, '*')
    .replaceAll(MARK.strongOpen, '**')
    .replaceAll(MARK.strongClose, '**')
    .replace(/\n{3,}/g, '\n\n')
    // List items, one paragraph each in the text, are a Markdown list again.
    .replace(new RegExp(`^${MARK.item}(?!\\d+\\. )`, 'gm'), '- ')
    .replace(new RegExp(`^${MARK.item}`, 'gm'), '')
    .replace(/^((?:- |\d+\. ).*)\n\n(?=- |\d+\. )/gm, '$1\n');
  return fm.replace(IMAGE, '').replace(ALL_MARKS, '') + body;
}
