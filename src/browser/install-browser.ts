// `lectern setup`: find a browser for PDF export, or install one. Each install attempt is a child
// process with a time limit, so set-up never hangs on a network that is not there.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LecternError } from '../core/errors.js';
import { locateBrowser, puppeteerCacheDir, type FoundBrowser } from './find-browser.js';

export interface CommandResult {
  ok: boolean;
  /** Why it failed: exit code, signal or time limit. */
  reason?: string;
}

export type RunCommand = (
  command: string,
  args: string[],
  timeoutMs: number,
) => Promise<CommandResult>;

export interface SetupEnvironment {
  locate: () => Promise<FoundBrowser>;
  run: RunCommand;
  platform: NodeJS.Platform;
  isRoot: boolean;
  isDebian: boolean;
  /** Path of @puppeteer/browsers' command-line entry, when the package is present. */
  puppeteerCli: string | undefined;
  cacheDir: string;
  log: (msg: string) => void;
}

export const DOWNLOAD_TIMEOUT_MS = 60_000;
export const APT_TIMEOUT_MS = 10 * 60_000;

async function tryLocate(env: SetupEnvironment): Promise<FoundBrowser | undefined> {
  try {
    return await env.locate();
  } catch (error) {
    if (error instanceof LecternError) return undefined;
    throw error;
  }
}

/** What to tell a user on whose machine nothing could be installed automatically. */
export function manualInstallHint(
  env: Pick<SetupEnvironment, 'platform' | 'isDebian' | 'cacheDir'>,
): string {
  if (env.platform === 'linux' && env.isDebian) return 'sudo apt-get install -y chromium';
  if (env.platform === 'darwin') return 'brew install --cask google-chrome';
  return `npx @puppeteer/browsers install chrome@stable --path ${env.cacheDir}`;
}

/** Finds a browser, else tries Puppeteer's download, else apt (Debian/Ubuntu as root). */
export async function ensureBrowser(env: SetupEnvironment): Promise<FoundBrowser> {
  const existing = await tryLocate(env);
  if (existing) {
    env.log(`Browser for PDF export: ${existing.path} (found via ${existing.source}).`);
    return existing;
  }
  env.log('No Chrome or Chromium found; trying to install one.');
  if (env.puppeteerCli) {
    env.log(
      `Downloading Chrome (stable) into ${env.cacheDir} (time limit ${DOWNLOAD_TIMEOUT_MS / 1000} s)…`,
    );
    const result = await env.run(
      process.execPath,
      [env.puppeteerCli, 'install', 'chrome@stable', '--path', env.cacheDir],
      DOWNLOAD_TIMEOUT_MS,
    );
    const found = result.ok ? await tryLocate(env) : undefined;
    if (found) return report(env, found);
    env.log(`Puppeteer's download did not work (${result.reason ?? 'no browser afterwards'}).`);
  }
  if (env.platform === 'linux' && env.isDebian && env.isRoot) {
    env.log(`Installing Chromium with apt-get (time limit ${APT_TIMEOUT_MS / 60_000} min)…`);
    const result = await env.run(
      'sh',
      ['-c', 'apt-get update && apt-get install -y chromium'],
      APT_TIMEOUT_MS,
    );
    const found = result.ok ? await tryLocate(env) : undefined;
    if (found) return report(env, found);
    env.log(`apt-get did not install Chromium (${result.reason ?? 'no browser afterwards'}).`);
  }
  throw new LecternError(
    `No browser for PDF export. Install one with \`${manualInstallHint(env)}\`, then run \`npm run setup\` again ` +
      '(or point LECTERN_BROWSER at a Chrome/Chromium executable).',
  );
}

function report(env: SetupEnvironment, found: FoundBrowser): FoundBrowser {
  env.log(`Browser for PDF export: ${found.path} (installed, found via ${found.source}).`);
  return found;
}

/** Runs a command with its output streamed to stderr; kills its whole process group at the time limit. */
export const runCommand: RunCommand = (command, args, timeoutMs) =>
  new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 2, 2],
      detached: true,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      resolve({ ok: false, reason: `time limit of ${Math.round(timeoutMs / 1000)} s reached` });
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, reason: error.message });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(
        code === 0
          ? { ok: true }
          : { ok: false, reason: signal ? `killed by ${signal}` : `exit code ${code}` },
      );
    });
  });

function findPuppeteerCli(): string | undefined {
  try {
    const main = createRequire(import.meta.url).resolve('@puppeteer/browsers');
    const cli = join(dirname(main), 'main-cli.js');
    return existsSync(cli) ? cli : undefined;
  } catch {
    return undefined;
  }
}

/** The set-up environment of this machine. */
export function realSetupEnvironment(log: (msg: string) => void): SetupEnvironment {
  return {
    locate: () => locateBrowser(),
    run: runCommand,
    platform: process.platform,
    isRoot: process.getuid?.() === 0,
    isDebian: existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get'),
    puppeteerCli: findPuppeteerCli(),
    cacheDir: puppeteerCacheDir(),
    log,
  };
}
