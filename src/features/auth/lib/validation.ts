import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from './password-policy';

/** Trimmed + lower-cased email. */
export const emailSchema = z
  .string()
  .trim()
  .min(1, 'auth:validation.emailRequired')
  .email('auth:validation.emailInvalid')
  .max(254, 'auth:validation.emailTooLong')
  .toLowerCase();

/** `label` and `message` are translation keys (auth namespace), turned into text when shown. */
export type PasswordRule = { id: string; label: string; message: string; test: (value: string) => boolean };

// Its own module: the feature's index re-exports it, and the index is part of every page's first load
// (zod is not).
export { PASSWORD_MIN_LENGTH } from './password-policy';

/** Client-side mirror of the server password policy (config.toml password_requirements = lower_upper_letters_digits). */
export const PASSWORD_RULES: readonly PasswordRule[] = [
  {
    id: 'length',
    label: 'auth:password.rules.length',
    message: 'auth:validation.passwordLength',
    test: (value) => value.length >= PASSWORD_MIN_LENGTH,
  },
  {
    id: 'uppercase',
    label: 'auth:password.rules.uppercase',
    message: 'auth:validation.passwordUppercase',
    test: (value) => /[A-Z]/.test(value),
  },
  {
    id: 'lowercase',
    label: 'auth:password.rules.lowercase',
    message: 'auth:validation.passwordLowercase',
    test: (value) => /[a-z]/.test(value),
  },
  {
    id: 'digit',
    label: 'auth:password.rules.digit',
    message: 'auth:validation.passwordDigit',
    test: (value) => /[0-9]/.test(value),
  },
];

export const PASSWORD_MAX_LENGTH = 72;

/** A new password that satisfies the policy (sign-up, reset). */
export const newPasswordSchema = z
  .string()
  .min(1, 'auth:validation.passwordRequired')
  .max(PASSWORD_MAX_LENGTH, 'auth:validation.passwordTooLong')
  .superRefine((value, ctx) => {
    if (value.length === 0) return;
    for (const rule of PASSWORD_RULES) {
      if (!rule.test(value)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: rule.message });
    }
  });

export const PASSWORD_MISMATCH_MESSAGE = 'auth:validation.passwordMismatch';
