import { describe, expect, it } from 'vitest';
import { UserFacingError, toUserMessage } from '@/lib/errors';
import { uploadErrorMessage } from './upload-error';

const known = new Set(['avatar_too_large']);
const describeCode = (code: string) => `own text for ${code}`;

describe('uploadErrorMessage', () => {
  it("uses the feature's text for the codes it knows and the shared wording otherwise", () => {
    expect(uploadErrorMessage(new UserFacingError('too big', { code: 'avatar_too_large' }), known, describeCode)).toBe(
      'own text for avatar_too_large',
    );
    const other = new UserFacingError('nope', { code: 'something_else' });
    expect(uploadErrorMessage(other, known, describeCode)).toBe(toUserMessage(other));
    expect(uploadErrorMessage(null, known, describeCode)).toBeNull();
  });
});
