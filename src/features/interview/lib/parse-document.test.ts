// @vitest-environment node
// (jsdom's Blob cannot feed a DecompressionStream; Node has the same web APIs as the browser here.)
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, parseDocument } from './parse-document';

function zipOne(name: string, content: string): Uint8Array {
  const raw = Buffer.from(content);
  const data = deflateRawSync(raw);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(raw.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(raw.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const localPart = Buffer.concat([local, nameBytes, data]);
  const centralPart = Buffer.concat([central, nameBytes]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralPart.length, 12);
  end.writeUInt32LE(localPart.length, 16);
  return new Uint8Array(Buffer.concat([localPart, centralPart, end]));
}

const file = (parts: BlobPart[], name: string, type = '') => new File(parts, name, { type });

describe('parseDocument', () => {
  it('reads TXT', async () => {
    const doc = await parseDocument(file(['Senior engineer with 8 years of React and Node.js experience.'], 'cv.txt', 'text/plain'), 1000);
    expect(doc).toMatchObject({ fileName: 'cv.txt', truncated: false });
    expect(doc.text).toContain('React and Node.js');
  });

  it('reads DOCX (word/document.xml, deflate-raw) with paragraphs and entities', async () => {
    const xml =
      '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Ada Lovelace &amp; Co</w:t></w:r></w:p><w:p><w:r><w:t>Led the React migration, cut load time by 35%.</w:t></w:r></w:p></w:body></w:document>';
    const doc = await parseDocument(file([zipOne('word/document.xml', xml) as BlobPart], 'cv.docx'), 1000);
    expect(doc.text).toBe('Ada Lovelace & Co\nLed the React migration, cut load time by 35%.');
  });

  it('rejects oversized, unsupported, empty and unreadable files with clear messages', async () => {
    const big = file([new Uint8Array(MAX_FILE_BYTES + 1)], 'huge.txt', 'text/plain');
    await expect(parseDocument(big, 1000)).rejects.toThrow(/5 MB or smaller/);
    await expect(parseDocument(file(['x'], 'photo.png', 'image/png'), 1000)).rejects.toThrow(/isn't a supported file/);
    await expect(parseDocument(file([], 'empty.txt', 'text/plain'), 1000)).rejects.toThrow(/is empty/);
    await expect(parseDocument(file([new Uint8Array([80, 75, 3, 4, 0, 0])], 'broken.docx'), 1000)).rejects.toThrow(/damaged/);
  });

  it('trims long text to the limit and says so', async () => {
    const doc = await parseDocument(file(['word '.repeat(500)], 'long.txt', 'text/plain'), 100);
    expect(doc.text.length).toBe(100);
    expect(doc.truncated).toBe(true);
  });
});
