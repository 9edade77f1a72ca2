/**
 * The password policy, the one place the app states it: Auth enforces supabase/config.toml's [auth]
 * minimum_password_length and password_requirements (the local stack reads them from there,
 * stack/auth-policy.ts), and this mirrors them for the forms that set a password (sign-up, reset, change).
 * A test keeps the two equal.
 */
import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 8;

/** `label` and `message` are translation keys (auth namespace), turned into text when shown. */
export type PasswordRule = { id: string; label: string; message: string; test: (value: string) => boolean };

/** password_requirements = lower_upper_letters_digits, with the minimum length. */
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

/** A new password that satisfies the policy (sign-up, reset, change). */
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
