import { describe, expect, it } from 'vitest';
import { pageText } from './pdf-text';

const item = (str: string, y: number, hasEOL = false) => ({
  str,
  hasEOL,
  dir: 'ltr',
  width: str.length * 5,
  height: 10,
  fontName: 'f1',
  transform: [10, 0, 0, 10, 72, y],
});

describe('pageText', () => {
  it('keeps the words of a line together and breaks where PDF.js marks the end of a line', () => {
    expect(pageText([item('Grace Hopper', 700, true), item('Staff ', 680), item('Engineer', 680, true), item('COBOL', 660)])).toBe(
      'Grace Hopper\nStaff Engineer\nCOBOL',
    );
  });

  it('starts a new line when the baseline moves even without an end-of-line mark', () => {
    expect(pageText([item('Left column', 700), item('Next line', 680)])).toBe('Left column\nNext line');
  });

  it('ignores marked-content entries, which carry no text', () => {
    expect(pageText([{ type: 'beginMarkedContent', id: 'm1' }, item('Only text', 700), { type: 'endMarkedContent' }] as never)).toBe(
      'Only text',
    );
  });
});
