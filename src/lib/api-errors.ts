/**
 * Part B's thin layer over `./server-errors`: adds readable messages for known check/unique
 * constraints (settings, question editor) and a `throwIfError` helper for supabase-js results.
 */
import { UserFacingError } from './errors';
import { fromFunctionError as baseFromFunctionError, fromPostgrestError as baseFromPostgrestError } from './server-errors';

type PostgrestLikeError = { code?: string; message?: string; details?: string | null; hint?: string | null };

export const NOT_ALLOWED_MESSAGE = "You don't have permission to do that.";

/** Known constraints → what the person should fix. */
const CONSTRAINT_MESSAGES: Record<string, string> = {
  user_profiles_username_format: 'Usernames are 3–40 characters: lowercase letters, numbers, dots, dashes and underscores.',
  user_profiles_username_key: 'That username is already taken.',
  user_profiles_website_format: 'Website must start with http:// or https://.',
  user_profiles_bio_length: 'Bio must be at most 2000 characters.',
  user_profiles_full_name_length: 'Name must be at most 200 characters.',
  user_profiles_preferences_valid: 'Those preferences are not valid.',
  user_profiles_experience_level: 'Choose junior, mid or senior.',
  question_bank_question_length: 'The question must be 10–4000 characters.',
  question_bank_type: 'Choose a valid question type.',
  question_bank_category: 'Choose a valid category.',
  question_bank_difficulty: 'Choose a valid difficulty.',
  question_bank_time_limit: 'The time limit must be between 15 and 7200 seconds.',
  question_bank_variants_valid: 'Every variant needs question text and a valid difficulty.',
  question_bank_test_cases_valid: 'Every test case needs an input and an expected output.',
  question_bank_evaluation_criteria_valid: 'Criteria weights must each be 0–100 and add up to exactly 100.',
  chat_messages_feedback_length: 'Comments must be at most 2000 characters.',
  chat_messages_rating: 'Ratings are from 1 to 5.',
  report_shares_expiry: 'A link can last at most one year.',
};

export function fromPostgrestError(error: unknown, fallback: string, status?: number): UserFacingError {
  if (error instanceof UserFacingError) return error;
  const e: PostgrestLikeError = error && typeof error === 'object' ? (error as PostgrestLikeError) : {};
  if (e.code === '23505' || e.code === '23514' || e.code === '23502') {
    const text = `${e.message ?? ''} ${e.details ?? ''}`;
    const known = Object.entries(CONSTRAINT_MESSAGES).find(([name]) => text.includes(name));
    return new UserFacingError(known?.[1] ?? fallback, { code: e.code, cause: error });
  }
  if (e.code === '42501' && !e.details && /^(permission denied|new row violates)/i.test(e.message ?? '')) {
    return new UserFacingError(NOT_ALLOWED_MESSAGE, { code: e.code, cause: error });
  }
  return baseFromPostgrestError(e, fallback, status);
}

/** Throws a readable error when a supabase-js PostgREST call failed; returns the result otherwise. */
export function throwIfError<T extends { error: unknown; status?: number }>(result: T, fallback: string): T {
  if (result.error) throw fromPostgrestError(result.error, fallback, result.status);
  return result;
}

export async function fromFunctionError(error: unknown, fallback: string): Promise<UserFacingError> {
  if (error instanceof UserFacingError) return error;
  return baseFromFunctionError((error && typeof error === 'object' ? error : {}) as Parameters<typeof baseFromFunctionError>[0], fallback);
}
