// `lectern import <file>`: plain text, a Word document or a saved web page → Markdown beside you,
// ready for `lectern build`.
import { basename, extname } from 'node:path';
import { Command } from 'commander';
import { output } from '../output.js';

export interface ImportCliOptions {
  output?: string;
  force: boolean;
  json: boolean;
}

/** `talks/address.txt` → `address.md` in the current folder. */
export function defaultImportOutput(inFile: string): string {
  return `${basename(inFile, extname(inFile))}.md`;
}

/** `speech.txt:12: dropped …` → `{ line: 12, message: 'dropped …' }`. */
export function reportEntry(inFile: string, line: string): { line?: number; message: string } {
  const rest = line.startsWith(`${inFile}:`) ? line.slice(inFile.length + 1) : line;
  const m = /^(\d+): ([\s\S]*)$/.exec(rest);
  return m ? { line: Number(m[1]), message: m[2]! } : { message: rest.replace(/^ /, '') };
}

export function createImportCommand(): Command {
  return new Command('import')
    .description(
      'convert an address (plain text, .docx or a saved .html page) into Markdown with sections and footnotes',
    )
    .argument('<file>', 'the address: .txt (UTF-8, UTF-16 or Windows-1252), .docx, or .html')
    .option(
      '-o, --output <file>',
      'Markdown file to write (default: <file name>.md in this folder)',
    )
    .option('-f, --force', 'overwrite the output file (and its images) if they exist', false)
    .option('--json', 'print the report as JSON on stdout instead of lines on stderr', false)
    .action(async (inFile: string, options: ImportCliOptions) => {
      const { writeImport } = await import('../../import/index.js');
      const outFile = options.output ?? defaultImportOutput(inFile);
      const report = await writeImport(inFile, outFile, { force: options.force });
      if (options.json) {
        const entries = report.map((line) => ({ file: inFile, ...reportEntry(inFile, line) }));
        output.out(
          `${JSON.stringify({ input: inFile, output: outFile, report: entries }, null, 2)}\n`,
        );
        return;
      }
      for (const line of report) output.err(`${line}\n`);
      output.err(`lectern: wrote ${outFile}\n`);
    });
}
