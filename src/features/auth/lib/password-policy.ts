/** supabase/config.toml [auth] minimum_password_length (validation.test.ts keeps the two equal). */
export const PASSWORD_MIN_LENGTH = 8;
