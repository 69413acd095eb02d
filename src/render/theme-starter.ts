// The starting theme `lectern theme new NAME` writes: every property a theme can set, commented,
// with the values of the theme it extends, read from that theme's stylesheets. Pure.

export interface StarterOptions {
  name: string;
  /** The built-in theme it is layered over. */
  extendsTheme: string;
  /** Its custom properties (themeProperties of its stylesheets); the table's defaults otherwise. */
  values?: Map<string, string>;
}

const PROPERTIES: [string, string, string][] = [
  ['Colours (each text colour is checked against --lectern-bg: WCAG AA, 4.5:1)', '', ''],
  ['--lectern-bg', '#fbfaf7', 'slide background'],
  ['--lectern-fg', '#1f2328', 'body text: bullets, quotations, bylines'],
  ['--lectern-heading-color', '#14233c', 'headings'],
  ['--lectern-muted', '#55595f', 'subtitle, kicker, source, footer, slide number'],
  ['--lectern-accent', '#8c2b1f', 'rules, quote mark, list markers, links'],
  ['--lectern-link', 'var(--lectern-accent)', 'links (references)'],
  ['--lectern-marker', 'var(--lectern-accent)', 'bullets and list numbers'],
  ['--lectern-rule', 'var(--lectern-accent)', 'the short rule over title, section and closing'],
  ['--lectern-quote-mark-color', 'var(--lectern-accent)', 'the large opening quote mark'],
  ['Type (keep "Noto Sans KR" in each stack so Korean and Japanese render)', '', ''],
  ['--lectern-heading-font', "'Source Serif 4', 'Noto Sans KR', Georgia, serif", ''],
  ['--lectern-body-font', "'Source Serif 4', 'Noto Sans KR', Georgia, serif", ''],
  ['--lectern-quote-font', "'Source Serif 4', 'Noto Sans KR', Georgia, serif", ''],
  [
    '--lectern-ui-font',
    "'Inter', 'Noto Sans KR', Arial, sans-serif",
    'kicker, footer, slide number',
  ],
  ['--lectern-heading-weight', '600', ''],
  ['--lectern-heading-transform', 'none', 'uppercase for capitals'],
  ['--lectern-heading-spacing', 'normal', 'letter-spacing of headings'],
  ['Size and fit', '', ''],
  ['--lectern-size', '34px', 'base font size; everything on a slide is relative to it'],
  ['--lectern-min-scale', '0.7', 'the overflow guard never shrinks a slide below this'],
  ['--lectern-margin-x', '104px', 'left and right margin of a slide'],
  ['--lectern-margin-y', '72px', 'top and bottom margin'],
  ['Branding (footer, slide number and logo sit outside the slides)', '', ''],
  ['--lectern-footer-fg', 'var(--lectern-muted)', ''],
  ['--lectern-footer-bg', 'transparent', ''],
  ['--lectern-footer-size', '15px', ''],
  ['--lectern-number-fg', 'var(--lectern-muted)', ''],
  ['--lectern-number-bg', 'transparent', ''],
  ['--lectern-logo-height', '44px', 'the logo from the front matter, top right'],
];

export function starterTheme(options: StarterOptions): string {
  const lines = [
    `/* lectern-theme: extends ${options.extendsTheme} */`,
    `/*`,
    ` * Theme "${options.name}", layered over the built-in "${options.extendsTheme}" theme.`,
    ` * Use it with \`theme: ${options.name}.css\` in the front matter (a path relative to the`,
    ` * content file) or \`lectern build --theme ${options.name}.css\`.`,
    ` * Uncomment only what you change: changing the accent colour is one line. The first line`,
    ` * picks the theme this one extends; "extends none" makes this file a whole stylesheet.`,
    ` * Rules for any selector work too, e.g. .reveal .kind-quote blockquote { font-size: 1.2em; }`,
    ` */`,
    '',
    ':root {',
  ];
  for (const [prop, fallback, note] of PROPERTIES) {
    if (!fallback) {
      lines.push(`  /* ${prop} */`);
      continue;
    }
    const value = options.values ? shown(prop, options.values) : fallback;
    lines.push(`  /* ${prop}: ${value ?? fallback}; ${note ? `  — ${note} ` : ''}*/`);
  }
  lines.push('}', '');
  return lines.join('\n');
}

const DOCUMENTED = new Set(PROPERTIES.map(([prop]) => prop));

/**
 * The custom properties the `:root` rules of `sheets` set, in cascade order (a later sheet's value
 * wins): reveal.js's theme, base.css, the bridge, the theme's own layer.
 */
export function themeProperties(sheets: string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const css of sheets)
    for (const rule of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/:root\s*\{([^}]*)\}/g))
      for (const m of rule[1]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g))
        values.set(m[1]!, m[2]!.trim().replace(/\s+/g, ' '));
  return values;
}

/**
 * `prop`'s value as a designer reads it: references to reveal.js's variables and other hidden ones
 * resolved ("var(--r-link-color)" → "#e7ad52"), references to the properties listed here kept
 * ("var(--lectern-accent)": change the accent and they follow).
 */
function shown(prop: string, values: Map<string, string>, depth = 0): string | undefined {
  const value = values.get(prop);
  if (value === undefined || depth > 8) return value;
  return value.replace(/var\((--[\w-]+)\)/g, (whole, name: string) =>
    DOCUMENTED.has(name) ? whole : (shown(name, values, depth + 1) ?? whole),
  );
}

/** Names a theme file may have: letters, digits, dashes and underscores. */
export function isThemeName(name: string): boolean {
  return /^[A-Za-z0-9][\w-]*$/.test(name);
}
