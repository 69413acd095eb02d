#!/usr/bin/env node
// `npm run bench`, part three: what the raw PDF-finishing route (raw-pdf.ts: Chromium's PDFs
// finished by an incremental update) saves over pdf-lib alone (load, edit, save every object
// again), on the wall time of a whole `lectern pdf` at 200 slides. A generated 200-slide deck is
// built once; then `lectern pdf` runs on it ROUNDS times each way, interleaved (raw, pdf-lib,
// pdf-lib, raw, …) so that a busy moment falls on both alike, each in a Node process of its own
// (bench-pdflib-only.js turns the raw route off in its runs). Prints the medians and the saving.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticDeck } from './bench-decks.js';

const ROUNDS = 5;
const SLIDES = 200;
const lib = (p) => new URL(`../lib/${p}`, import.meta.url).href;
const { buildDeck } = await import(lib('pipeline/build-deck.js'));
const bin = fileURLToPath(new URL('../bin/lectern.js', import.meta.url));
const pdflibOnly = fileURLToPath(new URL('./bench-pdflib-only.js', import.meta.url));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

function lecternPdf(dist, route) {
  const preload = route === 'pdf-lib' ? ['--import', pdflibOnly] : [];
  const started = performance.now();
  const result = spawnSync(process.execPath, [...preload, bin, 'pdf', dist], {
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  if (result.status !== 0)
    throw new Error(`lectern pdf (${route}) failed (exit ${result.status}):\n${result.stderr}`);
  if (route === 'pdf-lib' && !/refused [1-9]/.test(result.stderr))
    throw new Error('the pdf-lib run did not go through bench-pdflib-only.js');
  return ms;
}

const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-routes-'));
try {
  const dist = join(dir, 'dist');
  await buildDeck(syntheticDeck(SLIDES, join(tmpdir(), 'long.md')), { outDir: dist, pdf: false });
  const times = { raw: [], 'pdf-lib': [] };
  lecternPdf(dist, 'raw'); // warm the disk cache and the browser's first start; not counted
  for (let i = 0; i < ROUNDS; i++) {
    const order = i % 2 === 0 ? ['raw', 'pdf-lib'] : ['pdf-lib', 'raw'];
    for (const route of order) times[route].push(lecternPdf(dist, route));
  }
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const raw = median(times.raw);
  const pdflib = median(times['pdf-lib']);
  console.log('');
  console.log(`PDF-finishing routes, \`lectern pdf\` of a generated ${SLIDES}-slide address,`);
  console.log(`median of ${ROUNDS} interleaved runs each (wall time of the whole command):`);
  console.log(`  raw route (incremental update), pdf-lib as fallback: ${s(raw)}`);
  console.log(`  pdf-lib only:                                        ${s(pdflib)}`);
  console.log(
    `  runs: raw ${times.raw.map(s).join(', ')}; pdf-lib ${times['pdf-lib'].map(s).join(', ')}`,
  );
  console.log(
    `  removing the raw route would cost ${(((pdflib - raw) / raw) * 100).toFixed(1)}% of the raw route's time`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
