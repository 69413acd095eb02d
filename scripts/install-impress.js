#!/usr/bin/env node
// `npm run test:impress`, first step: LibreOffice Impress must be there to open the .pptx. Too
// heavy for `npm run setup` (~400 MB), so it is installed here, with Debian's apt, time-limited,
// and only when missing. Exits non-zero with the one command to run when it cannot.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TIME_LIMIT_MS = 15 * 60_000;
const COMMAND = 'apt-get install -y --no-install-recommends libreoffice-impress';

function hasSoffice() {
  return spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
}

if (hasSoffice()) process.exit(0);

const debian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
const root = process.getuid?.() === 0;
if (!debian || !root) {
  console.error(
    'LibreOffice Impress (soffice) is missing, and it can be installed here only as root on Debian. ' +
      `Install it yourself (Debian/Ubuntu: \`sudo ${COMMAND}\`), then run \`npm run test:impress\` again.`,
  );
  process.exit(1);
}

console.error(
  `Installing LibreOffice Impress with apt-get (time limit ${TIME_LIMIT_MS / 60_000} min)…`,
);
const started = Date.now();
const result = spawnSync('sh', ['-c', `apt-get update && ${COMMAND}`], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  timeout: TIME_LIMIT_MS,
  killSignal: 'SIGKILL',
});
if (result.error || result.status !== 0 || !hasSoffice()) {
  const why =
    result.error?.code === 'ETIMEDOUT'
      ? 'it took longer than the time limit'
      : `exit ${result.status}`;
  console.error(
    `apt-get did not install LibreOffice Impress (${why}). Run \`${COMMAND}\` yourself and try again.`,
  );
  process.exit(1);
}
console.error(`LibreOffice Impress installed in ${Math.round((Date.now() - started) / 1000)} s.`);
