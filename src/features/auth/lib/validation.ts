import { z } from 'zod';

/** Trimmed + lower-cased email. */
export const emailSchema = z
  .string()
  .trim()
  .min(1, 'auth:validation.emailRequired')
  .email('auth:validation.emailInvalid')
  .max(254, 'auth:validation.emailTooLong')
  .toLowerCase();

export const PASSWORD_MISMATCH_MESSAGE = 'auth:validation.passwordMismatch';
