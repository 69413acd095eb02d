// `lectern dev [input]`: live preview; saving the content, a template or the theme reloads the page.
import { Command } from 'commander';
import { logger, output } from '../output.js';
import { DEFAULT_INPUT, parseWpm, withAssetsOption } from './build.js';
import { parsePort } from './serve.js';
import { untilInterrupted } from './signals.js';

export function createDevCommand(): Command {
  return withAssetsOption(new Command('dev'))
    .description('preview the deck live: edits to the content, templates or theme reload the page')
    .argument('[input]', 'the address in Markdown', DEFAULT_INPUT)
    .option('-p, --port <n>', 'port (0 picks a free one)', parsePort, 5173)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--templates <dir>', 'folder of .hbs files overriding the built-in templates by name')
    .option(
      '--theme <name|path>',
      'built-in theme name or a .css file (overrides the front matter)',
    )
    .option('--wpm <n>', 'speaking rate for timing (overrides the front matter)', parseWpm)
    .action(
      async (
        input: string,
        options: {
          port: number;
          host: string;
          templates?: string;
          assets: string[];
          theme?: string;
          wpm?: number;
        },
      ) => {
        const { devServer } = await import('../../pipeline/dev-server.js');
        const server = await devServer({
          input,
          host: options.host,
          port: options.port,
          templatesDir: options.templates,
          assets: options.assets,
          theme: options.theme,
          wordsPerMinute: options.wpm,
          log: logger(),
        });
        output.out(`${server.url}\n`);
        output.err('lectern: watching for changes; Ctrl+C to stop\n');
        await untilInterrupted();
        await server.close();
      },
    );
}
