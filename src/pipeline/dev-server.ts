// `lectern dev`: a Vite dev server on loopback showing the deck, re-rendered and reloaded in the
// browser whenever the content file, a template or the theme's CSS changes.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import { createServer, type ViteDevServer } from 'vite';
import { lecternDirs } from '../core/file-boundary.js';
import { formatProblem, LecternError } from '../core/errors.js';
import type { Deck } from '../core/deck.js';
import { templateWatchPaths } from '../render/index.js';
import { resolveTheme } from '../render/themes.js';
import { deckBoundary } from './build-deck.js';
import { writeDeckPage } from '../bundle/deck-page.js';
import { devOverlaySource } from '../checks/dev-overlay.js';
import { themeSetting, type SettingFlags } from './settings.js';
import { loadDeck, type BuildOptions, type Logger } from './build.js';
import { makeWorkDir, PACKAGE_ROOT, removeDir } from '../bundle/work-dir.js';

export interface DevOptions extends SettingFlags {
  input: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  log?: Logger;
}

export interface DevServer {
  url: string;
  /** Renders again now (the watcher calls this on every change). */
  refresh(): Promise<void>;
  close(): Promise<void>;
}

function errorPage(message: string, lines: string[]): string {
  const esc = Handlebars.escapeExpression;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Lectern: build error</title></head>
<body style="font: 16px/1.5 system-ui, sans-serif; margin: 2rem">
<h1>The deck cannot be shown yet</h1><p>${esc(message)}</p>
<pre style="white-space: pre-wrap">${lines.map(esc).join('\n')}</pre>
<p>Fix the file and save: this page reloads by itself.</p>
</body></html>\n`;
}

/** Writes index.html, main.js and images for the current content into Vite's root. */
async function renderInto(
  workDir: string,
  options: DevOptions,
): Promise<{ deck?: Deck; watch: string[]; themeDirs: string[] }> {
  const buildOptions: BuildOptions = { ...options, outDir: workDir, log: options.log };
  try {
    const { deck } = await loadDeck(buildOptions);
    const chosen = themeSetting(options, deck);
    const theme = resolveTheme(
      chosen.nameOrPath,
      chosen.baseDir,
      undefined,
      deckBoundary(deck, options),
    );
    await writeDeckPage(deck, workDir, {
      templatesDir: options.templatesDir,
      themeCss: theme.css,
      live: { after: devOverlaySource() },
    });
    return { deck, watch: theme.css, themeDirs: theme.file ? [dirname(theme.file)] : [] };
  } catch (error) {
    if (!(error instanceof LecternError)) throw error;
    options.log?.warn(`lectern: ${error.message}`);
    error.problems.forEach((p) => options.log?.warn(formatProblem(p)));
    await writeFile(
      join(workDir, 'index.html'),
      errorPage(error.message, error.problems.map(formatProblem)),
    );
    return { watch: [], themeDirs: [] };
  }
}

export async function devServer(options: DevOptions): Promise<DevServer> {
  const workDir = await makeWorkDir();
  await mkdir(join(workDir, 'images'), { recursive: true });
  let server: ViteDevServer | undefined;
  const refresh = async () => {
    const { watch } = await renderInto(workDir, options);
    if (server) {
      server.watcher.add(watch);
      server.ws.send({ type: 'full-reload' });
    }
  };
  try {
    const first = await renderInto(workDir, options);
    server = await createServer(viteConfig(workDir, options, first.themeDirs));
    await server.listen();
    const watched = [
      resolve(options.input),
      ...templateWatchPaths(options.templatesDir),
      ...first.watch,
    ];
    server.watcher.add(watched);
    let timer: NodeJS.Timeout | undefined;
    const onChange = (file: string) => {
      if (file.startsWith(workDir)) return;
      clearTimeout(timer);
      timer = setTimeout(
        () => void refresh().catch((e: Error) => options.log?.warn(`lectern: ${e.message}`)),
        80,
      );
    };
    server.watcher.on('change', onChange);
    server.watcher.on('add', onChange);
    const url =
      server.resolvedUrls?.local[0] ??
      `http://${options.host ?? '127.0.0.1'}:${options.port ?? 5173}/`;
    const running = server;
    return {
      url,
      refresh,
      close: async () => {
        clearTimeout(timer);
        await running.close();
        await removeDir(workDir);
      },
    };
  } catch (error) {
    await server?.close();
    await removeDir(workDir);
    throw portInUse(error, options.port ?? 5173) ?? error;
  }
}

/** Vite's dev server over `workDir`, serving only the deck and the files it may use. */
function viteConfig(workDir: string, options: DevOptions, themeDirs: string[]) {
  return {
    configFile: false as const,
    envFile: false as const,
    logLevel: 'silent' as const,
    root: workDir,
    publicDir: false as const,
    appType: 'mpa' as const,
    server: {
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 5173,
      strictPort: true,
      // The deck (rendered into workDir, images copied there), Lectern's own files and a custom
      // theme's folder; never a dotfile (.ssh/, .env) even there. Vite answers only localhost
      // and IP addresses (its allowedHosts).
      fs: {
        strict: true,
        allow: [workDir, join(PACKAGE_ROOT, 'templates'), ...lecternDirs(), ...themeDirs],
        deny: ['.*', '**/.*', '**/.*/**', '*.{crt,pem,key}'],
      },
    },
  };
}

/** Lectern's message for a port another program holds; undefined for any other error. */
function portInUse(error: unknown, port: number): LecternError | undefined {
  const err = error as NodeJS.ErrnoException;
  if (err.code === 'EADDRINUSE' || /already in use/.test(String(err.message))) {
    return new LecternError(`port ${port} is in use; pick another with --port`, { cause: error });
  }
  return undefined;
}
