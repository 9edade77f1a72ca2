import { UserFacingError, toUserMessage } from '@/lib/errors';

/**
 * The words for a failed upload: the feature's own text for the codes it knows (wrong type, too large,
 * upload failed), the shared wording for anything else, nothing when there is no error.
 */
export function uploadErrorMessage(error: unknown, knownCodes: ReadonlySet<string>, describe: (code: string) => string): string | null {
  if (error instanceof UserFacingError && error.code && knownCodes.has(error.code)) return describe(error.code);
  return error ? toUserMessage(error) : null;
}
