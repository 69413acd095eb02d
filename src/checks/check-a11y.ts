// Accessibility checks on the built deck: axe-core over every slide, alt text, heading levels, the
// page language, and reduced motion. The slides are checked in reveal.js's print view, where all
// of them are laid out and visible at once (fragments shown), so axe runs once for the deck rather
// than once a slide (0.13 s each); reveal's controls exist in the live view only and are checked
// there first.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import type { Problem } from '../core/problems.js';
import { waitForReveal, type RevealWindow } from './measure-overflow.js';
import { openPrintView, printViewUrl, unhidePrintPages } from '../pdf/print-slides.js';

const require = createRequire(import.meta.url);

/** Violations of these impacts fail the check; milder ones are left to the author's judgement. */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/** WCAG A/AA rules only: best-practice rules are moderate at most and double the time. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One rule's failing nodes on one slide (or on the controls, slide ''). */
interface Finding {
  slide: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
  why: string;
}

interface SlideFacts {
  id: string;
  kind: string;
  line: number;
  h1: number;
  deep: number;
  imagesWithoutAlt: string[];
}

/** axe-core's source, read once: the check injects it into the live view and the print view. */
let axeSource: string | undefined;

async function injectAxe(page: Page): Promise<void> {
  const has = await page.evaluate(() => 'axe' in window);
  if (has) return;
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axeSource });
}

/**
 * Runs every check on a page showing the deck (live view); problems name the content file and
 * line. Leaves the page on the deck's print view.
 */
export async function checkA11y(page: Page, file: string, timeoutMs = 60_000): Promise<Problem[]> {
  const problems: Problem[] = [];
  const at = (line: number, severity: Problem['severity'], message: string, hint?: string) =>
    problems.push({ file, line, col: 0, severity, message, hint });

  const lang = await page.evaluate(() => document.documentElement.lang);
  if (!lang.trim())
    at(0, 'error', 'the deck page has no lang attribute', 'set `lang:` in the front matter');

  await injectAxe(page);
  const findings = await page.evaluate(runAxe, '.reveal .controls', AXE_TAGS);

  await openPrintView(page, printViewUrl(page.url(), false), timeoutMs);
  await page.evaluate(unhidePrintPages);
  await injectAxe(page);
  const slides = await page.evaluate(slideFacts);
  findings.push(...(await page.evaluate(runAxe, '.reveal section.lectern-slide', AXE_TAGS)));

  const failing = findings.filter((f) => FAILING_IMPACTS.has(f.impact));
  const report = (f: Finding, line: number) =>
    at(
      line,
      'error',
      `${f.slide ? `slide ${f.slide}` : "the deck's controls"}: ${f.help} [axe ${f.rule}, ${f.impact}] at ${f.targets.slice(0, 3).join(', ')}`,
      f.why || undefined,
    );
  for (const f of failing.filter((x) => !slides.some((s) => s.id === x.slide))) report(f, 0);
  for (const facts of slides) {
    for (const src of facts.imagesWithoutAlt) {
      at(
        facts.line,
        'warning',
        `slide ${facts.id}: image ${src} has no alt text`,
        'describe it: ![what it shows](file)',
      );
    }
    if (facts.kind === 'title' ? facts.h1 !== 1 : facts.h1 > 0) {
      at(
        facts.line,
        'error',
        `slide ${facts.id}: h1 belongs on the title slide only (found ${facts.h1})`,
        'fix the template',
      );
    }
    if (facts.deep > 0) {
      at(
        facts.line,
        'warning',
        `slide ${facts.id}: headings below h2 skip the slide's own level`,
        'use h2 in templates',
      );
    }
    for (const f of failing.filter((x) => x.slide === facts.id)) report(f, facts.line);
  }
  return problems;
}

// Runs in the page: axe over the elements `selector` matches, each rule's nodes grouped by the
// slide they are on.
async function runAxe(selector: string, tags: string[]): Promise<Finding[]> {
  type AxeNode = { target: unknown[]; failureSummary?: string; element?: Element };
  type AxeResult = { id: string; impact: string | null; help: string; nodes: AxeNode[] };
  const axe = (
    window as unknown as {
      axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeResult[] }> };
    }
  ).axe;
  const include = [...document.querySelectorAll(selector)];
  if (include.length === 0) return [];
  const { violations } = await axe.run(include, {
    resultTypes: ['violations'],
    runOnly: { type: 'tag', values: tags },
    elementRef: true,
  });
  const findings: Finding[] = [];
  for (const v of violations) {
    const bySlide = new Map<string, AxeNode[]>();
    for (const node of v.nodes) {
      const slide = node.element?.closest('section.lectern-slide')?.id ?? '';
      bySlide.set(slide, [...(bySlide.get(slide) ?? []), node]);
    }
    for (const [slide, nodes] of bySlide)
      findings.push({
        slide,
        rule: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: nodes.map((n) => n.target.join(' ')),
        why: nodes[0]?.failureSummary?.split('\n').slice(1).join(' ').trim() ?? '',
      });
  }
  return findings;
}

// Runs in the page.
function slideFacts(): SlideFacts[] {
  return [...document.querySelectorAll<HTMLElement>('section.lectern-slide')].map((section) => ({
    id: section.id,
    kind: section.dataset.kind ?? '',
    line: Number(section.dataset.line) || 0,
    h1: section.querySelectorAll('h1').length,
    deep: section.querySelectorAll('.lectern-frame :is(h3, h4, h5, h6)').length,
    imagesWithoutAlt: [...section.querySelectorAll('.lectern-frame img')]
      .filter((img) => !(img.getAttribute('alt') ?? '').trim())
      .map((img) => img.getAttribute('src') ?? '(no src)'),
  }));
}

/**
 * Loads `url` with `prefers-reduced-motion: reduce` emulated and checks that the deck turned its
 * transitions off. The emulation is switched off again afterwards.
 */
export async function checkReducedMotion(
  page: Page,
  url: string,
  file: string,
): Promise<Problem[]> {
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await waitForReveal(page);
    const config = await page.evaluate(() => ({
      transition: String((window as unknown as RevealWindow).Reveal.getConfig().transition),
    }));
    if (config.transition === 'none') return [];
    return [
      {
        file,
        line: 0,
        col: 0,
        severity: 'error',
        message: `with reduced motion requested the deck still uses the "${config.transition}" transition`,
        hint: "main.js must set transition: 'none' when prefers-reduced-motion matches",
      },
    ];
  } finally {
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
  }
}
