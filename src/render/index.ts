// Deck → the deck's body HTML through Handlebars. Content is plain text and is only ever output
// through escaping expressions; the helpers that emit markup escape their input themselves.
import Handlebars from 'handlebars';
import { LecternError } from '../core/errors.js';
import type { Deck } from '../core/deck.js';
import { registerHelpers } from './helpers.js';
import { loadTemplates, type TemplateSet } from './templates.js';
import { deckView, type AssetUrl } from './view.js';

export { renderPage, type PageOptions } from './html-page.js';
export { footnoteMarker, textWithMarkers } from './helpers.js';
export { BUILTIN_TEMPLATES_DIR, loadTemplates, templateWatchPaths } from './templates.js';
export type { AssetUrl } from './view.js';

export interface RenderOptions {
  /** A folder whose `.hbs` files override the built-in layout and partials by name. */
  templatesDir?: string;
  /** Maps an image's absolute path (and its src as written) to the URL the page uses. */
  assetUrl?: AssetUrl;
}

/** Parses every template up front so a syntax error names its file and line. */
function checkSyntax(hb: typeof Handlebars, templates: TemplateSet): void {
  const all = { deck: templates.layout, ...templates.partials };
  for (const [name, source] of Object.entries(all)) {
    try {
      hb.parse(source);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      const line = /line (\d+)/.exec(text)?.[1] ?? '1';
      const file = templates.files[name] ?? `${name}.hbs`;
      throw new LecternError(
        `${file}:${line}:1: template syntax error — ${text.split('\n').pop()}`,
        {
          cause: error,
        },
      );
    }
  }
}

/** Renders with templates already loaded (pure). */
export function renderWithTemplates(
  deck: Deck,
  templates: TemplateSet,
  assetUrl?: AssetUrl,
): string {
  const hb = Handlebars.create();
  registerHelpers(hb);
  checkSyntax(hb, templates);
  for (const [name, source] of Object.entries(templates.partials)) {
    hb.registerPartial(name, source);
  }
  const view = deckView(deck, assetUrl);
  try {
    const layout = hb.compile(templates.layout, { strict: true, noEscape: false });
    return layout(view);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new LecternError(`template error: ${message}`, { cause: error });
  }
}

export function renderDeck(deck: Deck, options: RenderOptions = {}): string {
  return renderWithTemplates(deck, loadTemplates(options.templatesDir), options.assetUrl);
}
