// The Vite plugin that makes PDF.js's CMaps available to the browser: served by the dev server, emitted into the
// production build at the same path (pdf-text.ts points PDF.js there).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfjsCmaps } from '../../vite/pdfjs-cmaps.ts';

const cmapDir = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
type Hook = (...args: unknown[]) => unknown;
const hook = (plugin: ReturnType<typeof pdfjsCmaps>, name: string) => plugin[name as keyof typeof plugin] as unknown as Hook;

describe('vite plugin: PDF.js CMaps', () => {
  it('emits every CMap into the build under pdfjs/cmaps/', () => {
    const plugin = pdfjsCmaps();
    hook(plugin, 'configResolved')({ base: '/' });
    const emitted: { fileName: string; source: Uint8Array }[] = [];
    hook(plugin, 'generateBundle').call({ emitFile: (file: { fileName: string; source: Uint8Array }) => emitted.push(file) });
    const names = emitted.map((f) => f.fileName);
    expect(names).toContain('pdfjs/cmaps/UniGB-UCS2-H.bcmap');
    expect(names).toContain('pdfjs/cmaps/Adobe-Japan1-UCS2.bcmap');
    expect(names.every((n) => /^pdfjs\/cmaps\/[A-Za-z0-9._-]+\.bcmap$/.test(n))).toBe(true);
    const gb = emitted.find((f) => f.fileName.endsWith('/UniGB-UCS2-H.bcmap'))!;
    expect(Buffer.from(gb.source).equals(readFileSync(path.join(cmapDir, 'UniGB-UCS2-H.bcmap')))).toBe(true);
  });

  describe('dev server', () => {
    let server: Server;
    let origin: string;
    beforeAll(async () => {
      const plugin = pdfjsCmaps();
      hook(plugin, 'configResolved')({ base: '/app-base/' });
      let middleware: Hook | undefined;
      hook(plugin, 'configureServer')({ middlewares: { use: (fn: Hook) => (middleware = fn) } });
      server = createServer((req, res) => middleware!(req, res, () => res.writeHead(418).end('next')));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('serves a CMap under the base path', async () => {
      const res = await fetch(`${origin}/app-base/pdfjs/cmaps/UniGB-UCS2-H.bcmap`);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(path.join(cmapDir, 'UniGB-UCS2-H.bcmap')))).toBe(true);
    });

    it('refuses unknown names and anything outside the CMap folder; leaves other paths alone', async () => {
      expect((await fetch(`${origin}/app-base/pdfjs/cmaps/Nope.bcmap`)).status).toBe(404);
      expect((await fetch(`${origin}/app-base/pdfjs/cmaps/..%2Fpackage.json`)).status).toBe(404);
      expect((await fetch(`${origin}/app-base/pdfjs/cmaps/LICENSE`)).status).toBe(404);
      expect((await fetch(`${origin}/app-base/index.html`)).status).toBe(418);
    });
  });
});
