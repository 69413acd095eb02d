// A build that is interrupted leaves nothing behind: Ctrl-C (SIGINT) removes its staging folder and
// its temporary folders; the staging folder of a build killed outright (SIGKILL) is removed by the
// next build, while one of a build still running is left alone. Runs the compiled CLI (lib/, which
// `npm test` compiles first) as a child process, as a user's terminal would.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const BIN = join(import.meta.dirname, '../../bin/lectern.js');

function talk() {
  const dir = tempDir('lectern-interrupt-');
  const tmp = join(dir, 'tmp');
  mkdirSync(tmp);
  writeFileSync(join(dir, 'talk.md'), '---\ntitle: T\n---\n\n## One\n\nSome text to say.\n');
  return { dir, tmp };
}

const staging = (dir: string) => readdirSync(dir).filter((n) => n.includes('-building-'));

/** Starts `lectern build` and resolves once its staging folder is there. */
async function buildUntilStaging(dir: string, tmp: string) {
  const child = spawn(process.execPath, [BIN, 'build', 'talk.md', '--no-pdf', '--quiet'], {
    cwd: dir,
    env: { ...process.env, TMPDIR: tmp },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  for (let i = 0; i < 400 && staging(dir).length === 0; i++) {
    await new Promise((ok) => setTimeout(ok, 25));
  }
  expect(staging(dir)).toHaveLength(1);
  return { child, exited };
}

/** A process id that is certainly not running: one that has just exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('an interrupted build', () => {
  it('removes its staging and temporary folders on Ctrl-C, and exits 130', async () => {
    const { dir, tmp } = talk();
    const { child, exited } = await buildUntilStaging(dir, tmp);
    expect(staging(dir)[0]).toMatch(new RegExp(`^\\.dist-building-${child.pid}-`));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(staging(dir)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('killed outright: the next build removes its staging folder, never a live one', async () => {
    const { dir, tmp } = talk();
    const { child, exited } = await buildUntilStaging(dir, tmp);
    const killed = staging(dir)[0]!;
    child.kill('SIGKILL');
    await exited;
    expect(staging(dir)).toEqual([killed]);
    // One of a build still running (this process) and one of a build long gone.
    const live = `.dist-building-${process.ppid}-live`;
    const gone = `.dist-building-${deadPid()}-gone`;
    mkdirSync(join(dir, live));
    mkdirSync(join(dir, gone));
    const run = await runCli(
      'build',
      join(dir, 'talk.md'),
      '--out',
      join(dir, 'dist'),
      '--no-pdf',
      '--quiet',
    );
    expect(run.code).toBe(0);
    expect(staging(dir)).toEqual([live]);
  });
});
