/**
 * PDF → plain text with PDF.js (the engine of Firefox's viewer): embedded subset fonts, ToUnicode maps,
 * object streams, several fonts per page and owner-password protection all work. Loaded on demand only when
 * a PDF is chosen, so it costs nothing on first load; parsing runs in PDF.js's own worker.
 */
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { DocumentError } from './document-error';
import i18next from 'i18next';
import '../i18n';

/** A resume or job description longer than this is not one; stop reading instead of hanging the tab. */
const MAX_PAGES = 30;

async function loadPdfJs() {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

const isTextItem = (item: TextContent['items'][number]): item is TextItem => 'str' in item;

/** Joins a page's text items: a new line where PDF.js marks one or where the baseline moves. */
export function pageText(items: TextContent['items']): string {
  let out = '';
  let lastY: number | null = null;
  for (const item of items) {
    if (!isTextItem(item)) continue;
    const y = item.transform[5] ?? 0;
    if (lastY !== null && Math.abs(y - lastY) > 2 && !out.endsWith('\n')) out += '\n';
    out += item.str;
    if (item.hasEOL) out += '\n';
    lastY = y;
  }
  return out;
}

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await loadPdfJs();
  // PDF.js takes ownership of (transfers) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    disableFontFace: true,
    stopAtErrors: false,
    // Adobe's CMaps (served by vite/pdfjs-cmaps.ts): CJK text behind a predefined CMap has no other mapping.
    cMapUrl: new URL(`${import.meta.env.BASE_URL}pdfjs/cmaps/`, window.location.origin).href,
    cMapPacked: true,
  });
  try {
    const document = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= Math.min(document.numPages, MAX_PAGES); number += 1) {
      const page = await document.getPage(number);
      pages.push(pageText((await page.getTextContent()).items));
      page.cleanup();
    }
    return pages.join('\n\n');
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') {
      throw new DocumentError(i18next.t('interview:documents.pdfPassword'));
    }
    if (name === 'InvalidPDFException') throw new DocumentError(i18next.t('interview:documents.pdfInvalid'));
    throw error;
  } finally {
    await task.destroy();
  }
}
