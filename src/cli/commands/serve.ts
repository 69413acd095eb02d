// `lectern serve [dir]`: serves a built deck on loopback until Ctrl+C.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { startStaticServer } from '../../server/static-server.js';
import { LecternError } from '../../core/errors.js';
import { CONTENT_SECURITY_POLICY } from '../../render/html-page.js';
import { output } from '../output.js';
import { untilInterrupted } from './signals.js';

export function parsePort(value: string): number {
  const n = Number(value);
  if (Number.isInteger(n) && n >= 0 && n <= 65535) return n;
  throw new InvalidArgumentError('give a port number from 0 to 65535.');
}

export function createServeCommand(): Command {
  return new Command('serve')
    .description('serve a built deck folder on this machine')
    .argument('[dir]', 'built deck folder', 'dist')
    .option('-p, --port <n>', 'port (0 picks a free one)', parsePort, 8000)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option(
      '--allow-host <name>',
      'a host name the deck may be asked for besides localhost and IP addresses (repeatable)',
      (name: string, names: string[]) => [...names, name],
      [] as string[],
    )
    .action(async (dir: string, options: { port: number; host: string; allowHost: string[] }) => {
      if (!existsSync(join(dir, 'index.html'))) {
        throw new LecternError(
          `${dir}: no built deck here (index.html missing). Run \`lectern build\` first.`,
        );
      }
      const server = await startStaticServer(dir, {
        host: options.host,
        port: options.port,
        allowedHosts: options.allowHost,
        policy: CONTENT_SECURITY_POLICY,
      }).catch((error: NodeJS.ErrnoException) => {
        const why =
          error.code === 'EADDRINUSE' ? 'is in use; pick another with --port' : error.message;
        throw new LecternError(`port ${options.port} ${why}`, { cause: error });
      });
      output.out(`${server.url}\n`);
      output.err(
        'lectern: serving the deck; press S in the deck for the speaker view, Ctrl+C to stop\n',
      );
      await untilInterrupted();
      await server.close();
    });
}
