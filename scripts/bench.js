#!/usr/bin/env node
// `npm run bench`: how much PDF export costs over the bare minimum, and how much memory it takes.
// Builds three decks with the compiled tool (lib/): the address in content/ and generated addresses
// of 25 and 200 slides. For each it runs, each in a fresh Node process of its own (bench-run.js), so
// that the numbers are the export's alone and not the bench's Vite build:
//   floor   = puppeteer-core launch (only the flags running as root needs) + open the built deck in
//             reveal.js's print view + one page.pdf + close,
//   lectern = exportPdfs (slides PDF, handout, script) of the same build, which prints the slides
//             from the print view the build saved (dist/.print-view.html: reveal.js's layout,
//             without its scripts) where the floor has reveal.js lay the deck out again,
// then prints the ratio of median times (goal < 1.5x), the median CPU time of the whole process
// tree (steadier than wall time on a busy machine), the worst peak PSS of the process tree (Node +
// Chromium, against a 600 MB budget) and the marginal cost of each added slide. That cost is taken
// between the two generated decks, whose slides are alike, so that it is the cost of more of the
// same slides and not of the address's longer notes; the spread of the runs is printed with it, as
// the difference of two medians of a handful of runs moves with the machine's load.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticDeck } from './bench-decks.js';

const lib = (p) => new URL(`../lib/${p}`, import.meta.url).href;
const { buildDeck } = await import(lib('build/build-deck.js'));
const { locateBrowser } = await import(lib('export/find-browser.js'));

const GOAL_RATIO = 1.5;
const BUDGET_MB = 600;
const RUNS = 7;

async function addressDeck() {
  try {
    const { loadDeck } = await import(lib('build/index.js'));
    const { deck } = await loadDeck({ input: 'content/address.md' });
    return { deck, real: true };
  } catch (error) {
    console.log(
      `(content/address.md could not be planned yet: ${String(error.message).split('\n')[0]};`,
    );
    console.log(
      ' TODO: rerun once the content and plan stages land. Using a generated 40-slide deck.)',
    );
    return { deck: syntheticDeck(40, join(process.cwd(), 'content', 'address.md')), real: false };
  }
}

// ---- measurement ----

/** One run in a child process of its own (scripts/bench-run.js): its time, CPU time and peak PSS. */
function run(mode, dist, deckFile, browserPath) {
  const script = fileURLToPath(new URL('./bench-run.js', import.meta.url));
  const result = spawnSync(process.execPath, [script, mode, dist, deckFile, browserPath], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`bench-run ${mode} failed (exit ${result.status})`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

/** The value at fraction `q` of the sorted runs (nearest rank): 0.5 the median, 0.25/0.75 the quartiles. */
const quantile = (xs, q) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.max(0, Math.ceil(xs.length * q) - 1))];
const median = (xs) => quantile(xs, 0.5);
const quartiles = (xs) => ({ q1: quantile(xs, 0.25), q3: quantile(xs, 0.75) });

async function measure(name, deck, browserPath) {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-'));
  try {
    const dist = join(dir, 'dist');
    await buildDeck(deck, { outDir: dist, pdf: false });
    const deckFile = join(dir, 'deck.json');
    writeFileSync(deckFile, JSON.stringify(deck));
    const floors = [];
    const exports = [];
    // Interleaved, so that a busy moment on the machine falls on both alike.
    for (let i = 0; i < RUNS; i++) {
      floors.push(run('floor', dist, deckFile, browserPath));
      exports.push(run('lectern', dist, deckFile, browserPath));
    }
    const slides = deck.stacks.reduce((n, s) => n + s.slides.length, 0);
    const worst = (runs) => runs.reduce((a, b) => (b.peak.total > a.peak.total ? b : a)).peak;
    return {
      name,
      slides,
      floorMs: median(floors.map((r) => r.ms)),
      lecternMs: median(exports.map((r) => r.ms)),
      floorSpread: quartiles(floors.map((r) => r.ms)),
      lecternSpread: quartiles(exports.map((r) => r.ms)),
      floorCpu: median(floors.map((r) => r.cpuMs)),
      lecternCpu: median(exports.map((r) => r.cpuMs)),
      floorPeak: worst(floors),
      peak: worst(exports),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- report ----

const browser = await locateBrowser();
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
console.log(
  `Browser: ${browser.path}; Node ${process.version}; ${cpus().length} CPUs; load average ${load()}`,
);
console.log(
  `Each run in a process of its own; floor and Lectern interleaved; time and CPU: median of ${RUNS}; PSS: worst of ${RUNS}.`,
);
console.log(
  "Floor: reveal.js's print view, laid out on load. Lectern: the print view the build saved (.print-view.html), then handout and script.",
);
const address = await addressDeck();
const results = [
  await measure(
    address.real ? 'address (content/address.md)' : 'address (generated stand-in)',
    address.deck,
    browser.path,
  ),
  await measure(
    'generated 25-slide address',
    syntheticDeck(25, join(tmpdir(), 'short.md')),
    browser.path,
  ),
  await measure(
    'generated 200-slide address',
    syntheticDeck(200, join(tmpdir(), 'long.md')),
    browser.path,
  ),
];
const mb = (p) => `${p.total.toFixed(0)} MB (${p.node.toFixed(0)})`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log('');
console.log(
  'deck                          slides   floor  lectern  ratio  CPU floor / lectern   peak PSS floor / lectern (Node)',
);
for (const r of results) {
  const ratio = r.lecternMs / r.floorMs;
  console.log(
    `${r.name.padEnd(30)}${String(r.slides).padStart(6)}  ${s(r.floorMs).padStart(6)}  ${s(r.lecternMs).padStart(7)}  ${ratio.toFixed(2)}x  ${s(r.floorCpu).padStart(7)} / ${s(r.lecternCpu).padEnd(9)}  ${mb(r.floorPeak)} / ${mb(r.peak)}`,
  );
}
const [, small, large] = results;
const extra = large.slides - small.slides;
/** Marginal ms per added slide: from the medians, and the range the runs' quartiles allow. */
const perSlide = (key) => ({
  median: (large[`${key}Ms`] - small[`${key}Ms`]) / extra,
  low: (large[`${key}Spread`].q1 - small[`${key}Spread`].q3) / extra,
  high: (large[`${key}Spread`].q3 - small[`${key}Spread`].q1) / extra,
});
const floorPerSlide = perSlide('floor');
const lecternPerSlide = perSlide('lectern');
const worstRatio = Math.max(...results.map((r) => r.lecternMs / r.floorMs));
const peak = Math.max(...results.map((r) => r.peak.total));
const verdict = (ok, yes, no) => (ok ? yes : no);
const range = (p) =>
  `${p.median.toFixed(1)} ms (quartiles allow ${p.low.toFixed(1)}…${p.high.toFixed(1)})`;
const perSlideMet = lecternPerSlide.median <= floorPerSlide.median;
// Overlapping ranges mean this run cannot tell the two apart, whichever median is larger.
const overlap =
  lecternPerSlide.low <= floorPerSlide.high && floorPerSlide.low <= lecternPerSlide.high;
console.log('');
console.log(
  `ratio lectern / floor: worst ${worstRatio.toFixed(2)}x (goal < ${GOAL_RATIO}x) — ${verdict(worstRatio < GOAL_RATIO, 'met', 'NOT met')}`,
);
console.log(
  `per-slide marginal cost, ${small.slides} → ${large.slides} generated slides: floor ${range(floorPerSlide)}, lectern ${range(lecternPerSlide)} for three PDFs`,
);
console.log(
  `  goal: no more than the floor's — ${verdict(perSlideMet, 'met', 'NOT met')}${overlap ? ' (the ranges overlap: within this run’s noise)' : ''}`,
);
console.log(
  `per-slide marginal CPU time: floor ${((large.floorCpu - small.floorCpu) / extra).toFixed(1)} ms, lectern ${((large.lecternCpu - small.lecternCpu) / extra).toFixed(1)} ms (steadier than wall time when the machine is busy)`,
);
console.log(
  `peak PSS of Node + Chromium: ${peak.toFixed(0)} MB (budget ${BUDGET_MB} MB) — ${verdict(peak < BUDGET_MB, 'within', 'OVER')}`,
);
console.log(
  `load average now ${load()}: on a busy machine the times (not the CPU column) are noisy; PSS is lower while other Chromiums share its pages.`,
);
