#!/usr/bin/env node
// `npm run bench`, part three: what the raw PDF-finishing route (raw-pdf.ts: Chromium's PDFs
// finished by an incremental update) saves over pdf-lib alone (load, edit, save every object
// again), on the wall time of a whole `lectern pdf` at 200 slides. A generated 200-slide deck is
// built once; then `lectern pdf` runs on it ROUNDS times each way, interleaved (raw, pdf-lib,
// pdf-lib, raw, …) so that a busy moment falls on both alike, each in a Node process of its own
// (bench-pdflib-only.js turns the raw route off in its runs). Prints the medians of wall time and
// of CPU time (Node and every Chromium process it reaped), and what removing the raw route costs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticDeck } from './bench-decks.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS) || 5;
const SLIDES = 200;
const lib = (p) => new URL(`../lib/${p}`, import.meta.url).href;
const { buildDeck } = await import(lib('pipeline/build-deck.js'));
const bin = fileURLToPath(new URL('../bin/lectern.js', import.meta.url));
const pdflibOnly = fileURLToPath(new URL('./bench-pdflib-only.js', import.meta.url));

/**
 * CPU time (ms) of the children this process has waited for: a finished `lectern pdf` with every
 * Chromium process it started and reaped. Steadier than wall time on a machine others are using.
 */
function childrenCpuMs() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // cutime and cstime, fields 16 and 17 of stat(5), counted from `state` (field 3) here.
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

function lecternPdf(dist, route) {
  const preload = route === 'pdf-lib' ? ['--import', pdflibOnly] : [];
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const result = spawnSync(process.execPath, [...preload, bin, 'pdf', dist], {
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  const cpuMs = childrenCpuMs() - cpuBefore;
  if (result.status !== 0)
    throw new Error(`lectern pdf (${route}) failed (exit ${result.status}):\n${result.stderr}`);
  if (route === 'pdf-lib' && !/refused [1-9]/.test(result.stderr))
    throw new Error('the pdf-lib run did not go through bench-pdflib-only.js');
  return { ms, cpuMs };
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
  const of = (route, key) => median(times[route].map((r) => r[key]));
  const cost = (key) => ((of('pdf-lib', key) - of('raw', key)) / of('raw', key)) * 100;
  const list = (route) => times[route].map((r) => s(r.ms)).join(', ');
  console.log('');
  console.log(`PDF-finishing routes, \`lectern pdf\` of a generated ${SLIDES}-slide address,`);
  console.log(
    `medians of ${ROUNDS} interleaved runs each:     wall time   CPU time (Node + Chromium)`,
  );
  for (const [route, what] of [
    ['raw', 'raw route (incremental update), pdf-lib fallback'],
    ['pdf-lib', 'pdf-lib only'],
  ])
    console.log(
      `  ${what.padEnd(50)} ${s(of(route, 'ms')).padStart(7)}   ${s(of(route, 'cpuMs'))}`,
    );
  console.log(`  wall times: raw ${list('raw')}; pdf-lib ${list('pdf-lib')}`);
  console.log(
    `  removing the raw route would cost ${cost('ms').toFixed(1)}% of the command's wall time ` +
      `(${cost('cpuMs').toFixed(1)}% of its CPU time); one route only if that is 10% or less`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
