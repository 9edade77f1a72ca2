// Serves (dev) and emits (build) PDF.js's Adobe CMap files at `<base>pdfjs/cmaps/`, where
// src/features/interview/lib/pdf-text.ts points PDF.js. CJK PDFs that use a predefined CMap instead of
// a ToUnicode map can only be read with them. Fetched on demand, one small file per CMap in use.
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

const CMAP_DIR = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');
const PUBLIC_PATH = 'pdfjs/cmaps/';
const FILE_NAME = /^[A-Za-z0-9._-]+\.bcmap$/;

export function pdfjsCmaps(): Plugin {
  let base = '/';
  return {
    name: 'interviewai:pdfjs-cmaps',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = (request.url ?? '').split('?')[0]!;
        const prefix = `${base}${PUBLIC_PATH}`;
        if (!url.startsWith(prefix)) return next();
        const name = url.slice(prefix.length);
        if (!FILE_NAME.test(name)) {
          response.statusCode = 404;
          return response.end();
        }
        response.setHeader('Content-Type', 'application/octet-stream');
        createReadStream(path.join(CMAP_DIR, name))
          .on('error', () => {
            response.statusCode = 404;
            response.end();
          })
          .pipe(response);
      });
    },
    generateBundle() {
      for (const name of readdirSync(CMAP_DIR).filter((file) => FILE_NAME.test(file))) {
        this.emitFile({ type: 'asset', fileName: `${PUBLIC_PATH}${name}`, source: readFileSync(path.join(CMAP_DIR, name)) });
      }
    },
  };
}
