import { describe, expect, it } from 'vitest';
import { followUpReasonText } from './follow-up';

describe('follow-up reasons in plain words', () => {
  it('explains every reason the function gives, and falls back for unknown ones', () => {
    expect(followUpReasonText('missing_result')).toBe("Your answer didn't say what the result was.");
    expect(followUpReasonText('vague_claim')).toMatch(/without a number/);
    expect(followUpReasonText('too_short')).toMatch(/short/);
    expect(followUpReasonText('already_asked')).toMatch(/hear a bit more/);
    expect(followUpReasonText('something_new')).toMatch(/hear a bit more/);
  });
});
