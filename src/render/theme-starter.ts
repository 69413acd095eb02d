// The starting theme `lectern theme new NAME` writes: every property a theme can set, commented,
// with the values of the theme it extends. Pure.

export interface StarterOptions {
  name: string;
  /** The built-in theme it is layered over. */
  extendsTheme: string;
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
  for (const [prop, value, note] of PROPERTIES) {
    if (!value) {
      lines.push(`  /* ${prop} */`);
      continue;
    }
    lines.push(`  /* ${prop}: ${value}; ${note ? `  — ${note} ` : ''}*/`);
  }
  lines.push('}', '');
  return lines.join('\n');
}

/** Names a theme file may have: letters, digits, dashes and underscores. */
export function isThemeName(name: string): boolean {
  return /^[A-Za-z0-9][\w-]*$/.test(name);
}
