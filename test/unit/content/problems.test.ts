// One Markdown file per case in test/fixtures/content/problems/, each with a `.expect` file:
// one line per problem, `<severity> <line>:<col> <message fragment>[ | <hint fragment>]`, and an
// optional first line `# options {…}`. Every problem the parser reports must be listed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../src/content/index.js';

const dir = join(import.meta.dirname, '../../fixtures/content/problems');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''));

interface Expected {
  severity: string;
  line: number;
  col: number;
  message: string;
  hint?: string;
}

function readExpect(name: string): { options: object; problems: Expected[] } {
  const lines = readFileSync(join(dir, `${name}.expect`), 'utf8')
    .split('\n')
    .filter(Boolean);
  let options = {};
  const problems: Expected[] = [];
  for (const line of lines) {
    if (line.startsWith('# options ')) {
      options = JSON.parse(line.slice('# options '.length)) as object;
      continue;
    }
    const m = /^(error|warning) (\d+):(\d+) (.*?)(?: \| (.*))?$/.exec(line);
    if (!m) throw new Error(`${name}.expect: cannot read '${line}'`);
    const [, severity = '', l = '', c = '', message = '', hint] = m;
    problems.push({
      severity,
      line: Number(l),
      col: Number(c),
      message,
      ...(hint ? { hint } : {}),
    });
  }
  return { options, problems };
}

describe('content problems, one fixture per case', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases)('%s.md', (name) => {
    const { options, problems: expected } = readExpect(name);
    const source = readFileSync(join(dir, `${name}.md`), 'utf8');
    const { problems } = parseAddress(source, `${name}.md`, options);
    expect(problems.map((p) => `${p.severity} ${p.line}:${p.col}`)).toEqual(
      expected.map((e) => `${e.severity} ${e.line}:${e.col}`),
    );
    problems.forEach((p, i) => {
      const e = expected[i];
      expect(p.file).toBe(`${name}.md`);
      expect(p.message).toContain(e?.message);
      if (e?.hint) expect(p.hint).toContain(e.hint);
      expect(p.hint, `${p.message} should say what to do`).toBeTruthy();
    });
  });
});
