// Derives offline copies of the reveal.js themes that @import Google Fonts: the remote import is
// removed (Lectern bundles those fonts from @fontsource, see templates/themes/<name>.css) and the
// result is written to templates/themes/reveal/<name>.css. Run after upgrading reveal.js:
//   node scripts/derive-reveal-themes.js
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// reveal.js exports no package.json: find its root from the CSS it does export.
const revealDir = join(dirname(require.resolve('reveal.js/reveal.css')), '..');
const themeDir = join(revealDir, 'dist', 'theme');
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'templates', 'themes', 'reveal');
const version = JSON.parse(readFileSync(join(revealDir, 'package.json'), 'utf8')).version;

// `@import "https://…";` or `@import url(https://…);` — any import that leaves the machine.
const REMOTE_IMPORT = /@import\s+(?:url\()?\s*["']?https?:\/\/[^;]*;/g;
const withoutDataUrls = (css) => css.replace(/url\(data:[^)]*\)/g, 'url()');

for (const file of readdirSync(themeDir).filter((f) => f.endsWith('.css'))) {
  const css = readFileSync(join(themeDir, file), 'utf8');
  if (!REMOTE_IMPORT.test(css)) continue;
  const local = css.replace(REMOTE_IMPORT, '');
  const left = withoutDataUrls(local).match(/https?:\/\/[^\s"')]+/g);
  if (left) throw new Error(`${file}: still refers to ${left.join(', ')}`);
  const header =
    `/* reveal.js ${version} theme "${file.replace('.css', '')}", made offline by ` +
    `scripts/derive-reveal-themes.js: the Google Fonts @import is removed; the fonts come from ` +
    `@fontsource (see ../${file}). Do not edit: re-run the script. */\n`;
  writeFileSync(join(outDir, file), header + local);
  console.log(`templates/themes/reveal/${file}`);
}
