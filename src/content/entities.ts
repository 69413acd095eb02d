// Markdown text keeps HTML character references (`&amp;`, `&eacute;`, `&#8212;`) as written; the
// model holds plain text, so they are decoded here by the `entities` package's strict HTML
// decoder: every name HTML defines (a hand-kept list knew 29), and only with the closing `;`,
// as CommonMark requires. Unknown names stay as written.
import { decodeHTMLStrict } from 'entities';

export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}
