import { useState } from 'react';
import { TextField } from './TextField';

/** A code from an authenticator app (TOTP): six digits. */
export const isTotpCode = (value: string) => /^\d{6}$/.test(value.trim());

/** State of one code entry: `take()` returns the six digits, or null and marks the field invalid. */
export function useTotpCodeEntry() {
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const take = (): string | null => {
    if (!isTotpCode(code)) {
      setInvalid(true);
      return null;
    }
    setInvalid(false);
    return code.trim();
  };
  return { code, setCode, invalid, take };
}

export type TotpCodeEntry = ReturnType<typeof useTotpCodeEntry>;

/** The field for a one-time code, with the keyboard and autofill hints phones need for it. */
export function TotpCodeField({
  entry,
  label,
  name,
  formatError,
}: {
  entry: TotpCodeEntry;
  label: string;
  name: string;
  formatError: string;
}) {
  return (
    <TextField
      label={label}
      name={name}
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]*"
      maxLength={6}
      required
      value={entry.code}
      error={entry.invalid ? formatError : undefined}
      onChange={(event) => entry.setCode(event.target.value)}
    />
  );
}
