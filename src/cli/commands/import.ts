// `lectern import <file.txt>`: plain text → Markdown beside you, ready for `lectern build`.
import { basename, extname } from 'node:path';
import { Command } from 'commander';
import { output } from '../output.js';

export interface ImportCliOptions {
  output?: string;
  force: boolean;
}

/** `talks/address.txt` → `address.md` in the current folder. */
export function defaultImportOutput(inFile: string): string {
  return `${basename(inFile, extname(inFile))}.md`;
}

export function createImportCommand(): Command {
  return new Command('import')
    .description('convert a plain-text address into Markdown with sections and footnotes')
    .argument('<file>', 'the plain-text address (UTF-8, UTF-8 with BOM, or Windows-1252)')
    .option(
      '-o, --output <file>',
      'Markdown file to write (default: <file name>.md in this folder)',
    )
    .option('-f, --force', 'overwrite the output file if it exists', false)
    .action(async (inFile: string, options: ImportCliOptions) => {
      const { writeImport } = await import('../../import/index.js');
      const outFile = options.output ?? defaultImportOutput(inFile);
      const report = await writeImport(inFile, outFile, { force: options.force });
      for (const line of report) output.err(`${line}\n`);
      output.err(`lectern: wrote ${outFile}\n`);
    });
}
