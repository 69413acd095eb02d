// LibreOffice Impress for the tests: the deck's fonts made available to it (Lectern's WOFF copies
// as TrueType, in a fontconfig of the test's own), and a .pptx printed to PDF through it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { woffToSfnt } from './woff-to-ttf.js';

const require = createRequire(import.meta.url);

/** `Source Serif 4 SemiBold` → the @fontsource package `source-serif-4`, if Lectern has it. */
function fontsourceDir(family: string): string | undefined {
  const slug = family
    .replace(/ (SemiBold|Medium|Light)$/, '')
    .toLowerCase()
    .replace(/\s+/g, '-');
  try {
    return join(dirname(require.resolve(`@fontsource/${slug}/package.json`)), 'files');
  } catch {
    return undefined;
  }
}

/**
 * Writes TrueType copies of `families` (their Latin subset: regular, semibold, bold, italics)
 * into `dir`, and a fontconfig file that adds them to the system's fonts. Returns its path.
 */
export function installFonts(families: string[], dir: string): string {
  const fonts = join(dir, 'fonts');
  mkdirSync(fonts, { recursive: true });
  for (const family of new Set(families)) {
    const files = fontsourceDir(family);
    if (!files) continue;
    const slug = basename(dirname(files));
    for (const weight of [400, 600, 700]) {
      for (const style of ['normal', 'italic']) {
        const woff = join(files, `${slug}-latin-${weight}-${style}.woff`);
        if (!existsSync(woff)) continue;
        const ttf = join(fonts, `${slug}-${weight}-${style}.ttf`);
        writeFileSync(ttf, woffToSfnt(readFileSync(woff)));
      }
    }
  }
  const conf = join(dir, 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
      `  <dir>${fonts}</dir>\n  <cachedir>${join(dir, 'fontcache')}</cachedir>\n</fontconfig>\n`,
  );
  return conf;
}

/** `soffice --headless --convert-to pdf`, in a profile of its own; the PDF's path. */
export function impressToPdf(pptx: string, outDir: string, fontsConf: string): string {
  const profile = join(outDir, 'lo-profile');
  const result = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      pptx,
    ],
    { encoding: 'utf8', timeout: 180_000, env: { ...process.env, FONTCONFIG_FILE: fontsConf } },
  );
  const pdf = join(outDir, basename(pptx).replace(/\.pptx$/, '.pdf'));
  // soffice exits 0 when it cannot load a file: the PDF is the proof.
  if (!existsSync(pdf)) {
    throw new Error(`Impress wrote no PDF (exit ${result.status}): ${result.stderr}`);
  }
  return pdf;
}
