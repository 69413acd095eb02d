// Accessibility checks on the built deck: axe-core on every slide (visited in turn, because reveal.js
// hides the others), alt text, heading levels, the page language, and reduced motion.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import type { Problem } from '../model.js';
import { showSlide, slideCount, waitForReveal, type RevealWindow } from './measure-overflow.js';

const require = createRequire(import.meta.url);

/** Violations of these impacts fail the check; milder ones are left to the author's judgement. */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

interface SlideFacts {
  id: string;
  kind: string;
  line: number;
  h1: number;
  deep: number;
  imagesWithoutAlt: string[];
}

async function injectAxe(page: Page): Promise<void> {
  const has = await page.evaluate(() => 'axe' in window);
  if (has) return;
  const content = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content });
}

/** Runs every check on a page already showing the deck; problems name the content file and line. */
export async function checkA11y(page: Page, file: string): Promise<Problem[]> {
  await injectAxe(page);
  const problems: Problem[] = [];
  const at = (line: number, severity: Problem['severity'], message: string, hint?: string) =>
    problems.push({ file, line, col: 0, severity, message, hint });

  const lang = await page.evaluate(() => document.documentElement.lang);
  if (!lang.trim())
    at(0, 'error', 'the deck page has no lang attribute', 'set `lang:` in the front matter');

  const seen = new Set<string>();
  const count = await slideCount(page);
  for (let i = 0; i < count; i++) {
    await showSlide(page, i);
    const facts = await page.evaluate(slideFacts, i);
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
    for (const v of await runAxe(page, facts.id, i === 0)) {
      const key = `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const targets = v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ');
      const why = v.nodes[0]?.failureSummary?.split('\n').slice(1).join(' ').trim();
      at(
        facts.line,
        'error',
        `slide ${facts.id}: ${v.help} [axe ${v.id}, ${v.impact}] at ${targets}`,
        why || undefined,
      );
    }
  }
  return problems;
}

/** WCAG A/AA rules only: best-practice rules are moderate at most and double the time per slide. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function runAxe(page: Page, id: string, withControls: boolean): Promise<AxeViolation[]> {
  const violations = await page.evaluate(
    async (slideId, controls, tags) => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      const include = [`#${CSS.escape(slideId)}`];
      if (controls && document.querySelector('.reveal .controls'))
        include.push('.reveal .controls');
      const result = await axe.run(
        { include },
        { resultTypes: ['violations'], runOnly: { type: 'tag', values: tags } },
      );
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
    },
    id,
    withControls,
    AXE_TAGS,
  );
  return violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ''));
}

// Runs in the page.
function slideFacts(i: number): SlideFacts {
  const section = document.querySelectorAll<HTMLElement>('section.lectern-slide')[i]!;
  return {
    id: section.id,
    kind: section.dataset.kind ?? '',
    line: Number(section.dataset.line) || 0,
    h1: section.querySelectorAll('h1').length,
    deep: section.querySelectorAll('.lectern-frame :is(h3, h4, h5, h6)').length,
    imagesWithoutAlt: [...section.querySelectorAll('.lectern-frame img')]
      .filter((img) => !(img.getAttribute('alt') ?? '').trim())
      .map((img) => img.getAttribute('src') ?? '(no src)'),
  };
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
