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
// Chromium, against a 600 MB budget; in runs of their own, as sampling memory slows a run down) and
// the marginal cost of each added slide. That cost is taken between the two generated decks, whose
// slides are alike, so that it is the cost of more of the same slides and not of the address's
// longer notes. It is the difference of medians of a dozen runs, which moves with the machine's
// load by about as much as floor and Lectern differ, so a bootstrap interval is printed with it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticDeck } from './bench-decks.js';

const lib = (p) => new URL(`../lib/${p}`, import.meta.url).href;
const { buildDeck } = await import(lib('pipeline/build-deck.js'));
const { locateBrowser } = await import(lib('browser/find-browser.js'));

const GOAL_RATIO = 1.5;
const BUDGET_MB = 600;
/** Timed rounds: the address's, and the generated decks' (whose difference is the per-slide cost). */
const ADDRESS_ROUNDS = 7;
const GENERATED_ROUNDS = 12;
const MEMORY_RUNS = 2;

async function addressDeck() {
  try {
    const { loadDeck } = await import(lib('pipeline/build.js'));
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

/**
 * One run in a child process of its own (scripts/bench-run.js): its time, CPU time and, with
 * `sampling` 'pss', peak PSS. Timed runs sample CPU only: reading a busy Chromium's memory map
 * every 100 ms stalls it (see bench-pss.js), so memory is measured in runs of its own.
 */
function run(mode, target, browserPath, sampling) {
  const script = fileURLToPath(new URL('./bench-run.js', import.meta.url));
  const args = [script, mode, target.dist, target.deckFile, browserPath, sampling];
  const result = spawnSync(process.execPath, args, {
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

async function prepare(name, deck, dir) {
  const dist = join(dir, name.replace(/\W+/g, '-'));
  await buildDeck(deck, { outDir: dist, pdf: false });
  const deckFile = `${dist}.json`;
  writeFileSync(deckFile, JSON.stringify(deck));
  const slides = deck.stacks.reduce((n, s) => n + s.slides.length, 0);
  return { name, slides, dist, deckFile, floor: [], lectern: [], floorPeak: [], lecternPeak: [] };
}

/**
 * Timed runs in rounds: each round runs floor and Lectern on every target, the order rotated from
 * round to round, so that a busy moment on the machine and a position in the round fall on all
 * alike. Then MEMORY_RUNS runs of each with the PSS sampler.
 */
function measure(targets, rounds, browserPath) {
  const jobs = targets.flatMap((t) => ['floor', 'lectern'].map((mode) => ({ t, mode })));
  for (let i = 0; i < rounds; i++)
    for (let j = 0; j < jobs.length; j++) {
      const { t, mode } = jobs[(i + j) % jobs.length];
      t[mode].push(run(mode, t, browserPath, 'cpu'));
    }
  for (let i = 0; i < MEMORY_RUNS; i++)
    for (const { t, mode } of jobs) t[`${mode}Peak`].push(run(mode, t, browserPath, 'pss').peak);
  return targets.map((t) => ({
    ...t,
    floorMs: median(t.floor.map((r) => r.ms)),
    lecternMs: median(t.lectern.map((r) => r.ms)),
    floorCpu: median(t.floor.map((r) => r.cpuMs)),
    lecternCpu: median(t.lectern.map((r) => r.cpuMs)),
    floorPeak: worst(t.floorPeak),
    peak: worst(t.lecternPeak),
  }));
}

const worst = (peaks) => peaks.reduce((a, b) => (b.total > a.total ? b : a));

/** A deterministic pseudo-random sequence in [0, 1) (mulberry32), so a rerun resamples alike. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Marginal ms per added slide between the small and the large deck, for floor and Lectern, from
 * the medians of their runs; and how sure that is: the 5th–95th percentile of Lectern's minus the
 * floor's over bootstrap resamplings of the runs (each of the four sets of runs drawn again, with
 * replacement). An interval wholly below zero says Lectern's marginal cost is the lower one
 * whatever the noise did; an interval across zero, that this run cannot tell them apart.
 */
function marginal(small, large, key) {
  const extra = large.slides - small.slides;
  const values = (t, mode) => t[mode].map((r) => r[key]);
  const slope = (mode, pick = (xs) => xs) =>
    (median(pick(values(large, mode))) - median(pick(values(small, mode)))) / extra;
  const next = random(20190515);
  const resample = (xs) => xs.map(() => xs[Math.floor(next() * xs.length)]);
  const diffs = Array.from(
    { length: 2000 },
    () => slope('lectern', resample) - slope('floor', resample),
  );
  return {
    floor: slope('floor'),
    lectern: slope('lectern'),
    low: quantile(diffs, 0.05),
    high: quantile(diffs, 0.95),
  };
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
  `Each run in a process of its own. Time and CPU: median of ${ADDRESS_ROUNDS} runs (address) and ${GENERATED_ROUNDS} (generated decks), floor and Lectern in rotating order, CPU sampled from /proc/<pid>/stat. PSS: worst of ${MEMORY_RUNS} runs of their own.`,
);
console.log(
  "Floor: reveal.js's print view, laid out on load. Lectern: the print view the build saved (.print-view.html), then handout and script.",
);
const address = await addressDeck();
const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-'));
let results;
try {
  const addressTarget = await prepare(
    address.real ? 'address (content/address.md)' : 'address (generated stand-in)',
    address.deck,
    dir,
  );
  const small = await prepare(
    'generated 25-slide address',
    syntheticDeck(25, join(tmpdir(), 'short.md')),
    dir,
  );
  const large = await prepare(
    'generated 200-slide address',
    syntheticDeck(200, join(tmpdir(), 'long.md')),
    dir,
  );
  results = [
    ...measure([addressTarget], ADDRESS_ROUNDS, browser.path),
    ...measure([small, large], GENERATED_ROUNDS, browser.path),
  ];
} finally {
  rmSync(dir, { recursive: true, force: true });
}
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
const wall = marginal(small, large, 'ms');
const cpu = marginal(small, large, 'cpuMs');
const worstRatio = Math.max(...results.map((r) => r.lecternMs / r.floorMs));
const peak = Math.max(...results.map((r) => r.peak.total));
const verdict = (ok, yes, no) => (ok ? yes : no);
const ms = (x) => `${x.toFixed(1)} ms`;
const signed = (x) => `${x > 0 ? '+' : ''}${x.toFixed(1)}`;
/** "met" needs the median estimate at or below the floor's; the interval says how sure that is. */
const judged = (m) => {
  const sure =
    m.high <= 0
      ? 'the interval is below zero: lower than the floor beyond this run’s noise'
      : m.low > 0
        ? 'the interval is above zero: higher than the floor beyond this run’s noise'
        : 'the interval spans zero: within this run’s noise';
  return `${verdict(m.lectern <= m.floor, 'met', 'NOT met')} (Lectern − floor ${signed(m.lectern - m.floor)} ms, 90% interval ${signed(m.low)}…${signed(m.high)}: ${sure})`;
};
console.log('');
console.log(
  `ratio lectern / floor: worst ${worstRatio.toFixed(2)}x (goal < ${GOAL_RATIO}x) — ${verdict(worstRatio < GOAL_RATIO, 'met', 'NOT met')}`,
);
console.log(
  `per-slide marginal cost, ${small.slides} → ${large.slides} generated slides, wall time: floor ${ms(wall.floor)}, lectern ${ms(wall.lectern)} for three PDFs`,
);
console.log(`  goal: no more than the floor's — ${judged(wall)}`);
console.log(
  `per-slide marginal CPU time of the process tree: floor ${ms(cpu.floor)}, lectern ${ms(cpu.lectern)} — ${judged(cpu)}`,
);
console.log(
  `peak PSS of Node + Chromium: ${peak.toFixed(0)} MB (budget ${BUDGET_MB} MB) — ${verdict(peak < BUDGET_MB, 'within', 'OVER')}`,
);
console.log(
  `load average now ${load()}: on a busy machine the times (not the CPU column) are noisy; PSS is lower while other Chromiums share its pages.`,
);
