/**
 * Resume / job-description files → plain text, entirely in the browser (only text and the file name are
 * stored). TXT/MD directly; DOCX by unzipping word/document.xml with DecompressionStream('deflate-raw');
 * PDF with PDF.js, loaded only when needed (./pdf-text). Scanned/image-only PDFs have no text: they get a
 * clear error asking for another format.
 */
import { DocumentError } from './document-error';
import i18next from 'i18next';
import { formatNumber } from '@/lib/i18n/format';
import '../i18n';

export { DocumentError };

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ParsedDocument = { fileName: string; text: string; truncated: boolean };

const kind = (file: File): 'txt' | 'docx' | 'pdf' | null => {
  const name = file.name.toLowerCase();
  if (name.endsWith('.txt') || name.endsWith('.md') || file.type === 'text/plain' || file.type === 'text/markdown') return 'txt';
  if (name.endsWith('.docx') || file.type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  if (name.endsWith('.pdf') || file.type === 'application/pdf') return 'pdf';
  return null;
};

export const ACCEPTED_TYPES =
  '.pdf,.docx,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

/** Normalises whitespace and drops control characters. */
export function cleanText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/[ \t\u00A0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

// U+FFFD plus the C0 control characters other than tab, line feed, vertical tab, form feed and carriage return.
const ODD_CHARACTERS = new RegExp(
  `[\uFFFD${String.fromCharCode(0)}-${String.fromCharCode(8)}${String.fromCharCode(0x0e)}-${String.fromCharCode(0x1f)}]`,
  'g',
);

/** True when text is mostly letters, digits, punctuation and spaces (not binary garbage). */
export function looksLikeText(text: string): boolean {
  if (text.length === 0) return false;
  const sample = text.slice(0, 5000);
  const letters = sample.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  const odd = sample.match(ODD_CHARACTERS)?.length ?? 0;
  return letters / sample.length > 0.45 && odd / sample.length < 0.02;
}

export async function parseDocument(file: File, maxChars: number): Promise<ParsedDocument> {
  if (file.size > MAX_FILE_BYTES) {
    throw new DocumentError(
      i18next.t('interview:documents.tooLarge', {
        name: file.name,
        size: formatNumber(file.size / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      }),
    );
  }
  if (file.size === 0) throw new DocumentError(i18next.t('interview:documents.empty', { name: file.name }));
  const type = kind(file);
  if (!type) throw new DocumentError(i18next.t('interview:documents.unsupported', { name: file.name }));

  let raw: string;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    raw =
      type === 'txt' ? decodeText(bytes) : type === 'docx' ? await docxToText(bytes) : await (await import('./pdf-text')).pdfToText(bytes);
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError(i18next.t('interview:documents.damaged', { name: file.name }));
  }
  const text = cleanText(raw);
  if (!looksLikeText(text) || text.length < 20) {
    throw new DocumentError(
      type === 'pdf'
        ? i18next.t('interview:documents.noTextPdf', { name: file.name })
        : i18next.t('interview:documents.noText', { name: file.name }),
    );
  }
  return { fileName: file.name, text: text.slice(0, maxChars), truncated: text.length > maxChars };
}

function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new DocumentError(i18next.t('interview:documents.binary'));
  return new TextDecoder('utf-8').decode(bytes);
}

// ── DOCX (ZIP) ─────────────────────────────────────────────────────────────────────────
async function inflate(data: Uint8Array, format: 'deflate-raw' | 'deflate'): Promise<Uint8Array> {
  if (typeof DecompressionStream === 'undefined') {
    throw new DocumentError(i18next.t('interview:documents.cannotUnpack'));
  }
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream(format));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Reads one entry of a ZIP archive via the central directory. */
export async function readZipEntry(bytes: Uint8Array, entryName: string): Promise<Uint8Array | null> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DocumentError(i18next.t('interview:documents.docxDamaged'));
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < entries && offset + 46 <= bytes.length; n += 1) {
    if (view.getUint32(offset, true) !== 0x02014b50) break;
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (name === entryName) {
      const localNameLength = view.getUint16(localOffset + 26, true);
      const localExtraLength = view.getUint16(localOffset + 28, true);
      const start = localOffset + 30 + localNameLength + localExtraLength;
      const data = bytes.subarray(start, start + compressedSize);
      if (method === 0) return data;
      if (method === 8) return inflate(data, 'deflate-raw');
      throw new DocumentError(i18next.t('interview:documents.docxCompression'));
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1]?.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[entity.toLowerCase()] ?? '';
  });

export async function docxToText(bytes: Uint8Array): Promise<string> {
  const xmlBytes = await readZipEntry(bytes, 'word/document.xml');
  if (!xmlBytes) throw new DocumentError(i18next.t('interview:documents.docxNoBody'));
  const xml = new TextDecoder().decode(xmlBytes);
  return decodeEntities(
    xml
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<w:(br|cr)\/>/g, '\n')
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  );
}
