import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPasswordPolicy } from '../../stack/auth-policy';
import { newPasswordSchema, PASSWORD_MIN_LENGTH, PASSWORD_RULES } from './password-policy';

const configToml = readFileSync(join(__dirname, '..', '..', 'supabase', 'config.toml'), 'utf8');

describe('the password policy', () => {
  it('is the one supabase/config.toml configures for Auth', () => {
    const policy = readPasswordPolicy(configToml);
    expect(PASSWORD_MIN_LENGTH).toBe(policy.minLength);
    expect(policy.requirements).toBe('lower_upper_letters_digits');
    expect(PASSWORD_RULES.map((rule) => rule.id)).toEqual(['length', 'uppercase', 'lowercase', 'digit']);
  });

  it('accepts a password of exactly the minimum length and refuses one shorter', () => {
    const valid = 'Aa1'.padEnd(PASSWORD_MIN_LENGTH, 'x');
    expect(newPasswordSchema.safeParse(valid).success).toBe(true);
    expect(newPasswordSchema.safeParse(valid.slice(0, -1)).success).toBe(false);
  });

  it('is read from the [auth] section only', () => {
    const toml =
      '[auth]\nminimum_password_length = 10\npassword_requirements = "lower_upper_letters_digits"\n[db]\nminimum_password_length = 99\n';
    expect(readPasswordPolicy(toml)).toEqual({ minLength: 10, requirements: 'lower_upper_letters_digits' });
    expect(() => readPasswordPolicy('[auth]\nminimum_password_length = 8\npassword_requirements = "letters_digits"\n')).toThrow(
      /lower_upper_letters_digits/,
    );
  });
});
