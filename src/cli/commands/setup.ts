// `lectern setup`: makes sure PDF export has a browser (finds one, or installs one). Run by `npm run setup`.
import { Command } from 'commander';
import { ensureBrowser, realSetupEnvironment } from '../../browser/install-browser.js';
import { logger, output } from '../output.js';

export function createSetupCommand(): Command {
  return new Command('setup')
    .description('find or install a Chrome/Chromium for PDF export')
    .action(async () => {
      const found = await ensureBrowser(realSetupEnvironment(logger().info));
      output.out(`${found.path}\n`);
    });
}
