// `lectern dev` serves the deck and what it needs only: not the other files beside the content
// file, never a dotfile, and only to localhost or an IP address (Vite's Host check).
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devServer } from '../../../src/pipeline/dev-server.js';
import { tempDir } from '../../helpers/temp-dir.js';

function status(url: string, path: string, host?: string): Promise<number> {
  return new Promise((done, fail) => {
    const req = request(new URL(path, url), { headers: host ? { host } : {} }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end();
  });
}

describe('lectern dev’s server', () => {
  it('refuses files beside the content, dotfiles and foreign Host names', async () => {
    const dir = tempDir('lectern-dev-files-');
    mkdirSync(join(dir, '.ssh'));
    writeFileSync(join(dir, '.ssh', 'id_rsa'), 'PRIVATE KEY');
    writeFileSync(join(dir, 'notes.txt'), 'private notes');
    writeFileSync(join(dir, 'brand.css'), '/* lectern-theme: extends address */\n');
    writeFileSync(join(dir, '.env'), 'TOKEN=1');
    const input = join(dir, 'talk.md');
    writeFileSync(input, '---\ntitle: T\ntheme: brand.css\n---\n\n## One\n\nText.\n');
    const server = await devServer({ input, port: 0 });
    try {
      const port = new URL(server.url).port;
      expect(await status(server.url, '/')).toBe(200);
      expect(await status(server.url, `/@fs${join(dir, 'brand.css')}`)).toBe(200);
      expect(await status(server.url, `/@fs${join(dir, '.ssh', 'id_rsa')}`)).toBe(403);
      expect(await status(server.url, `/@fs${join(dir, '.env')}`)).toBe(403);
      expect(await status(server.url, '/@fs/etc/passwd')).toBe(403);
      expect(await status(server.url, '/', `evil.example:${port}`)).toBe(403);
      expect(await status(server.url, '/', `127.0.0.1:${port}`)).toBe(200);
    } finally {
      await server.close();
    }
    const plain = join(dir, 'plain.md');
    writeFileSync(plain, '---\ntitle: T\n---\n\n## One\n\nText.\n');
    const noTheme = await devServer({ input: plain, port: 0 });
    try {
      expect(await status(noTheme.url, `/@fs${join(dir, 'notes.txt')}`)).toBe(403);
    } finally {
      await noTheme.close();
    }
  });
});
