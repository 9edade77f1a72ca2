import { z } from 'zod';

/** Trimmed + lower-cased email. */
export const emailSchema = z
  .string()
  .trim()
  .min(1, 'Enter your email address.')
  .email('Enter a valid email address.')
  .max(254, 'Email address is too long.')
  .toLowerCase();

export type PasswordRule = { id: string; label: string; message: string; test: (value: string) => boolean };

/** Client-side mirror of the server password policy. */
export const PASSWORD_RULES: readonly PasswordRule[] = [
  {
    id: 'length',
    label: 'At least 8 characters',
    message: 'Password must be at least 8 characters.',
    test: (value) => value.length >= 8,
  },
  {
    id: 'uppercase',
    label: 'An uppercase letter (A–Z)',
    message: 'Password must include an uppercase letter.',
    test: (value) => /[A-Z]/.test(value),
  },
  {
    id: 'lowercase',
    label: 'A lowercase letter (a–z)',
    message: 'Password must include a lowercase letter.',
    test: (value) => /[a-z]/.test(value),
  },
  {
    id: 'digit',
    label: 'A number (0–9)',
    message: 'Password must include a number.',
    test: (value) => /[0-9]/.test(value),
  },
];

export const PASSWORD_MAX_LENGTH = 72;

/** A new password that satisfies the policy (sign-up, reset). */
export const newPasswordSchema = z
  .string()
  .min(1, 'Enter a password.')
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters.`)
  .superRefine((value, ctx) => {
    if (value.length === 0) return;
    for (const rule of PASSWORD_RULES) {
      if (!rule.test(value)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: rule.message });
    }
  });

export const PASSWORD_MISMATCH_MESSAGE = 'Passwords do not match.';
