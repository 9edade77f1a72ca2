// The password policy is configured once, for hosted Auth, in supabase/config.toml ([auth]
// minimum_password_length and password_requirements); the local auth service reads it from there, and the
// SPA's mirror of it (src/lib/password-policy.ts) is tested against it.
import { readFileSync } from 'node:fs';

export interface PasswordPolicy {
  minLength: number;
  /** GoTrue's names: '' (none) or 'lower_upper_letters_digits', the one the local auth service enforces. */
  requirements: string;
}

const CONFIG_TOML = new URL('../supabase/config.toml', import.meta.url);

/** The `key = value` lines of one `[section]` of a TOML file (only what this file needs: numbers and strings). */
function tomlSection(text: string, section: string): Map<string, string> {
  const values = new Map<string, string>();
  let current = '';
  for (const line of text.split('\n')) {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (header) {
      current = header[1]!.trim();
      continue;
    }
    const entry = current === section ? /^\s*([A-Za-z0-9_]+)\s*=\s*(.+?)\s*(#.*)?$/.exec(line) : null;
    if (entry) values.set(entry[1]!, entry[2]!.replace(/^"(.*)"$/, '$1'));
  }
  return values;
}

export function readPasswordPolicy(configToml: string = readFileSync(CONFIG_TOML, 'utf8')): PasswordPolicy {
  const auth = tomlSection(configToml, 'auth');
  const minLength = Number(auth.get('minimum_password_length') ?? 6);
  const requirements = auth.get('password_requirements') ?? '';
  if (!Number.isInteger(minLength) || minLength < 6) {
    throw new Error(
      `supabase/config.toml: [auth] minimum_password_length must be an integer ≥ 6, not ${auth.get('minimum_password_length')}`,
    );
  }
  if (requirements !== 'lower_upper_letters_digits') {
    throw new Error(
      `supabase/config.toml: the local auth service enforces password_requirements = "lower_upper_letters_digits" only, not "${requirements}"`,
    );
  }
  return { minLength, requirements };
}
