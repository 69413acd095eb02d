#!/usr/bin/env node
// Thin launcher: the CLI is compiled to lib/ by `npm run setup` (or `npm run compile`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../lib/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write(
    'lectern: the tool is not compiled yet. Run `npm run setup` (or `npm run compile`) first.\n',
  );
  process.exit(1);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
