import { describe, expect, it } from 'vitest';
import { safeNextPath } from './app-url';

describe('safeNextPath', () => {
  it.each([
    [null, '/app'],
    ['', '/app'],
    ['/app', '/app'],
    ['/app/history?page=2#top', '/app/history?page=2#top'],
    ['//evil.example', '/app'],
    ['/\\evil.example', '/app'],
    ['https://evil.example/app', '/app'],
    ['javascript:alert(1)', '/app'],
  ])('%j → %j', (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });
});
