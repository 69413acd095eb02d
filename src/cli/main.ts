// The `lectern` command line: one file per command in commands/, registered in `commands` below.
// main() returns the exit code: 0 ok, 1 failure, 2 usage error.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { EXIT } from '../core/errors.js';
import { createBuildCommand } from './commands/build.js';
import { createCheckCommand } from './commands/check.js';
import { createDevCommand } from './commands/dev.js';
import { createImportCommand } from './commands/import.js';
import { createPdfCommand } from './commands/pdf.js';
import { createPptxCommand } from './commands/pptx.js';
import { createServeCommand } from './commands/serve.js';
import { createSetupCommand } from './commands/setup.js';
import { createThemeCommand } from './commands/theme-new.js';
import { createThemesCommand } from './commands/themes.js';
import { output, reportError } from './output.js';

/**
 * Every command, in the order `--help` lists them. To add one: write `commands/<name>.ts`
 * exporting a factory that returns a fresh commander `Command`, then add one import and one entry.
 */
export const commands: Array<() => Command> = [
  createBuildCommand,
  createCheckCommand,
  createDevCommand,
  createServeCommand,
  createImportCommand,
  createPdfCommand,
  createPptxCommand,
  createSetupCommand,
  createThemesCommand,
  createThemeCommand,
];

export function version(): string {
  const pkg = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
}

/**
 * Commander's error as one line: a bad option value names the option, the value and the valid
 * ones (`--paper a3: use a4 or letter.`); other usage errors point to --help.
 */
export function usageError(text: string): string {
  const message = text
    .trim()
    .replace(/^error: /, '')
    .replace(/\s*\n\s*/g, ' ');
  const bad = /^option '(-[^ ']+)[^']*' argument '([^']*)' is invalid\. ?(.*)$/s.exec(message);
  if (bad) return `lectern: ${bad[1]} ${bad[2]}: ${bad[3]}\n`;
  return `lectern: ${message} (run \`lectern --help\` for usage)\n`;
}

function applyOutput(command: Command): void {
  command.exitOverride();
  command.configureOutput({
    writeOut: (text) => output.out(text),
    writeErr: (text) => output.err(text),
    outputError: (text, write) => write(usageError(text)),
  });
  for (const sub of command.commands) applyOutput(sub);
}

export function createProgram(): Command {
  const program = new Command('lectern')
    .description(
      'Turn a written address into a Reveal.js deck, slides PDF, handout and speaker script.',
    )
    .version(version(), '-V, --version', 'print the version');
  for (const create of commands) program.addCommand(create());
  applyOutput(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version "fail" with exit code 0; everything else commander rejects is usage.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return reportError(error);
  }
}
