/**
 * Resume / job-description files → plain text, entirely in the browser (only text and the file name are
 * stored). TXT/MD directly; DOCX by unzipping word/document.xml with DecompressionStream('deflate-raw');
 * PDF by a minimal text extraction (FlateDecode content streams, text operators, ToUnicode maps).
 * Scanned/image-only PDFs have no text: they get a clear error asking for another format.
 */

export const MAX_FILE_BYTES = 5 * 1024 * 1024

export class DocumentError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DocumentError'
  }
}

export type ParsedDocument = { fileName: string; text: string; truncated: boolean }

const kind = (file: File): 'txt' | 'docx' | 'pdf' | null => {
  const name = file.name.toLowerCase()
  if (name.endsWith('.txt') || name.endsWith('.md') || file.type === 'text/plain' || file.type === 'text/markdown') return 'txt'
  if (name.endsWith('.docx') || file.type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx'
  if (name.endsWith('.pdf') || file.type === 'application/pdf') return 'pdf'
  return null
}

export const ACCEPTED_TYPES = '.pdf,.docx,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain'

/** Normalises whitespace and drops control characters. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/** True when text is mostly letters, digits, punctuation and spaces (not binary garbage). */
export function looksLikeText(text: string): boolean {
  if (text.length === 0) return false
  const sample = text.slice(0, 5000)
  const letters = sample.match(/[\p{L}\p{N}]/gu)?.length ?? 0
  const odd = sample.match(/[\uFFFD\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0
  return letters / sample.length > 0.45 && odd / sample.length < 0.02
}

export async function parseDocument(file: File, maxChars: number): Promise<ParsedDocument> {
  if (file.size > MAX_FILE_BYTES) {
    throw new DocumentError(`"${file.name}" is ${(file.size / 1024 / 1024).toFixed(1)} MB. Files must be 5 MB or smaller.`)
  }
  if (file.size === 0) throw new DocumentError(`"${file.name}" is empty.`)
  const type = kind(file)
  if (!type) throw new DocumentError(`"${file.name}" isn't a supported file. Upload a PDF, DOCX or TXT file.`)

  let raw: string
  try {
    const bytes = new Uint8Array(await file.arrayBuffer())
    raw = type === 'txt' ? decodeText(bytes) : type === 'docx' ? await docxToText(bytes) : await pdfToText(bytes)
  } catch (error) {
    if (error instanceof DocumentError) throw error
    throw new DocumentError(`We couldn't read "${file.name}". The file may be damaged — try exporting it again, or paste the text.`)
  }
  const text = cleanText(raw)
  if (!looksLikeText(text) || text.length < 20) {
    throw new DocumentError(
      type === 'pdf'
        ? `We couldn't find readable text in "${file.name}" (it may be a scanned image). Upload a DOCX or TXT version, or paste the text.`
        : `We couldn't find readable text in "${file.name}". Upload another file or paste the text.`,
    )
  }
  return { fileName: file.name, text: text.slice(0, maxChars), truncated: text.length > maxChars }
}

function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new DocumentError('This text file looks like a binary file. Upload a plain-text, DOCX or PDF file.')
  return new TextDecoder('utf-8').decode(bytes)
}

// ── DOCX (ZIP) ─────────────────────────────────────────────────────────────────────────
async function inflate(data: Uint8Array, format: 'deflate-raw' | 'deflate'): Promise<Uint8Array> {
  if (typeof DecompressionStream === 'undefined') {
    throw new DocumentError('Your browser cannot unpack this file. Upload a TXT version or paste the text.')
  }
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream(format))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** Reads one entry of a ZIP archive via the central directory. */
export async function readZipEntry(bytes: Uint8Array, entryName: string): Promise<Uint8Array | null> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new DocumentError('This DOCX file is damaged or not really a DOCX file.')
  const entries = view.getUint16(eocd + 10, true)
  let offset = view.getUint32(eocd + 16, true)
  const decoder = new TextDecoder()
  for (let n = 0; n < entries && offset + 46 <= bytes.length; n += 1) {
    if (view.getUint32(offset, true) !== 0x02014b50) break
    const method = view.getUint16(offset + 10, true)
    const compressedSize = view.getUint32(offset + 20, true)
    const nameLength = view.getUint16(offset + 28, true)
    const extraLength = view.getUint16(offset + 30, true)
    const commentLength = view.getUint16(offset + 32, true)
    const localOffset = view.getUint32(offset + 42, true)
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength))
    if (name === entryName) {
      const localNameLength = view.getUint16(localOffset + 26, true)
      const localExtraLength = view.getUint16(localOffset + 28, true)
      const start = localOffset + 30 + localNameLength + localExtraLength
      const data = bytes.subarray(start, start + compressedSize)
      if (method === 0) return data
      if (method === 8) return inflate(data, 'deflate-raw')
      throw new DocumentError('This DOCX file uses an unsupported compression method.')
    }
    offset += 46 + nameLength + extraLength + commentLength
  }
  return null
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1]?.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
      return Number.isFinite(code) ? String.fromCodePoint(code) : ''
    }
    return ENTITIES[entity.toLowerCase()] ?? ''
  })

export async function docxToText(bytes: Uint8Array): Promise<string> {
  const xmlBytes = await readZipEntry(bytes, 'word/document.xml')
  if (!xmlBytes) throw new DocumentError('This DOCX file has no document body. Export it again from your editor.')
  const xml = new TextDecoder().decode(xmlBytes)
  return decodeEntities(
    xml
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<w:(br|cr)\/>/g, '\n')
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  )
}

// ── PDF (minimal) ──────────────────────────────────────────────────────────────────────
const latin1 = (bytes: Uint8Array) => {
  let out = ''
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return out
}

/** Decoded stream contents (FlateDecode or unfiltered). */
async function pdfStreams(source: string, bytes: Uint8Array): Promise<string[]> {
  const streams: string[] = []
  const re = /<<((?:[^<>]|<<(?:[^<>]|<<[^<>]*>>)*>>|<[^<>]*>)*)>>\s*stream\r?\n/g
  let match: RegExpExecArray | null
  while ((match = re.exec(source))) {
    const dict = match[1] ?? ''
    const start = match.index + match[0].length
    const end = source.indexOf('endstream', start)
    if (end < 0) break
    re.lastIndex = end
    if (/\/Subtype\s*\/Image/.test(dict) || /\/(DCTDecode|JPXDecode|CCITTFaxDecode)/.test(dict)) continue
    const data = bytes.subarray(start, end)
    if (/\/FlateDecode/.test(dict)) {
      try {
        streams.push(latin1(await inflate(data, 'deflate')))
      } catch {
        // Corrupt or truncated stream: skip it.
      }
    } else if (!/\/Filter/.test(dict)) {
      streams.push(latin1(data))
    }
  }
  return streams
}

/** Merges every ToUnicode CMap (bfchar/bfrange) — good enough for the common single-font resumes. */
function parseCMaps(streams: string[]): Map<string, string> {
  const map = new Map<string, string>()
  const utf16 = (hex: string) => {
    let out = ''
    for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16))
    return out
  }
  for (const stream of streams) {
    if (!stream.includes('begincmap')) continue
    for (const block of stream.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const pair of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(pair[1]!.toLowerCase(), utf16(pair[2]!))
    }
    for (const block of stream.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const range of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g)) {
        const from = parseInt(range[1]!, 16)
        const to = parseInt(range[2]!, 16)
        const width = range[1]!.length
        if (to - from > 10_000) continue
        if (range[3]!.startsWith('[')) {
          const targets = [...range[3]!.matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => m[1]!)
          targets.forEach((target, i) => map.set((from + i).toString(16).padStart(width, '0'), utf16(target)))
        } else {
          const base = parseInt(range[3]!.slice(1, -1), 16)
          for (let code = from; code <= to; code += 1) map.set(code.toString(16).padStart(width, '0'), String.fromCharCode(base + code - from))
        }
      }
    }
  }
  return map
}

function decodeLiteral(body: string): string {
  return body.replace(/\\(\d{1,3}|.|\n)/g, (_, esc: string) => {
    if (/^\d+$/.test(esc)) return String.fromCharCode(parseInt(esc, 8))
    return ({ n: '\n', r: '', t: '\t', b: '', f: '', '\n': '' } as Record<string, string>)[esc] ?? esc
  })
}

function decodeHex(hex: string, cmap: Map<string, string>): string {
  const clean = hex.replace(/\s+/g, '').toLowerCase()
  if (cmap.size) {
    let out = ''
    let ok = true
    for (let i = 0; i < clean.length; ) {
      const four = clean.slice(i, i + 4)
      const two = clean.slice(i, i + 2)
      if (cmap.has(four)) {
        out += cmap.get(four)
        i += 4
      } else if (cmap.has(two)) {
        out += cmap.get(two)
        i += 2
      } else {
        ok = false
        i += 4
      }
    }
    if (ok || out) return out
  }
  let out = ''
  for (let i = 0; i + 2 <= clean.length; i += 2) out += String.fromCharCode(parseInt(clean.slice(i, i + 2), 16))
  return out
}

/** Text-showing operators of a content stream, with line breaks on text positioning. */
function contentToText(content: string, cmap: Map<string, string>): string {
  if (!/\bBT\b/.test(content)) return ''
  let out = ''
  const token = /\((?:\\[\s\S]|[^\\)])*\)|<[0-9a-fA-F\s]*>|\[|\]|-?\d*\.?\d+|\/[^\s/[\]()<>]+|[A-Za-z'"*]+/g
  let pending = ''
  let inArray = false
  let match: RegExpExecArray | null
  while ((match = token.exec(content))) {
    const t = match[0]
    if (t.startsWith('(')) pending += decodeLiteral(t.slice(1, -1))
    else if (t.startsWith('<')) pending += decodeHex(t.slice(1, -1), cmap)
    else if (t === '[') inArray = true
    else if (t === ']') inArray = false
    else if (inArray && /^-?\d*\.?\d+$/.test(t)) {
      if (parseFloat(t) < -200) pending += ' '
    } else if (t === 'Tj' || t === 'TJ') {
      out += pending
      pending = ''
    } else if (t === "'" || t === '"') {
      out += `\n${pending}`
      pending = ''
    } else if (t === 'T*' || t === 'Td' || t === 'TD' || t === 'Tm' || t === 'ET') {
      if (!out.endsWith('\n')) out += t === 'Td' || t === 'TD' ? ' ' : '\n'
      pending = ''
    } else if (/^[A-Za-z]+$/.test(t)) {
      pending = ''
    }
  }
  return out
}

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const source = latin1(bytes)
  if (!source.startsWith('%PDF')) throw new DocumentError('This file is not a valid PDF.')
  if (/\/Encrypt\s/.test(source)) throw new DocumentError('This PDF is password-protected. Remove the protection or upload a DOCX/TXT version.')
  const streams = await pdfStreams(source, bytes)
  const cmap = parseCMaps(streams)
  return streams.map((stream) => contentToText(stream, cmap)).filter(Boolean).join('\n')
}
