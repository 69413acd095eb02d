// The content stage: Markdown with YAML front matter → Address, with positioned problems.
import type { ParseResult } from '../core/address.js';
import { parseAddressDetailed, type ParseOptions } from './parse.js';

export { loadAddress } from './load.js';
export { DEFAULT_THEME, DEFAULT_WPM } from './validate-meta.js';
export type { ParseOptions } from './parse.js';

/** Parse an address from its Markdown source. Pure: files it names are not checked (loadAddress does). */
export function parseAddress(
  source: string,
  file: string,
  options: ParseOptions = {},
): ParseResult {
  const { address, problems } = parseAddressDetailed(source, file, options);
  return { address, problems };
}
