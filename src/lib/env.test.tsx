import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EnvErrorScreen } from '@/components/EnvErrorScreen';
import { parseEnv } from './env';

const valid = { VITE_SUPABASE_URL: 'http://127.0.0.1:54321', VITE_SUPABASE_ANON_KEY: 'anon-key' };

describe('parseEnv', () => {
  it('accepts a URL and a non-empty anon key', () => {
    expect(parseEnv(valid)).toEqual({ ok: true, env: { ...valid, VITE_LOCAL_MAILBOX_URL: undefined } });
  });

  it('trims values and treats an empty mailbox URL as unset', () => {
    const result = parseEnv({
      VITE_SUPABASE_URL: ' https://abc.supabase.co ',
      VITE_SUPABASE_ANON_KEY: ' key ',
      VITE_LOCAL_MAILBOX_URL: '',
    });
    expect(result).toEqual({
      ok: true,
      env: { VITE_SUPABASE_URL: 'https://abc.supabase.co', VITE_SUPABASE_ANON_KEY: 'key', VITE_LOCAL_MAILBOX_URL: undefined },
    });
  });

  it('keeps a valid local mailbox URL', () => {
    const result = parseEnv({ ...valid, VITE_LOCAL_MAILBOX_URL: 'http://127.0.0.1:54324' });
    expect(result.ok && result.env.VITE_LOCAL_MAILBOX_URL).toBe('http://127.0.0.1:54324');
  });

  it('reports missing variables', () => {
    const result = parseEnv({});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toContain('VITE_SUPABASE_URL is not set.');
      expect(result.issues).toContain('VITE_SUPABASE_ANON_KEY is not set.');
    }
  });

  it.each(['not a url', 'localhost:54321', 'ftp://example.com'])('rejects the URL %j', (url) => {
    const result = parseEnv({ ...valid, VITE_SUPABASE_URL: url });
    expect(result).toEqual({
      ok: false,
      issues: ['VITE_SUPABASE_URL must be a valid http(s) URL, e.g. http://127.0.0.1:54321.'],
    });
  });

  it('reports an empty URL once', () => {
    expect(parseEnv({ ...valid, VITE_SUPABASE_URL: '' })).toEqual({ ok: false, issues: ['VITE_SUPABASE_URL is not set.'] });
  });

  it('rejects a blank anon key', () => {
    const result = parseEnv({ ...valid, VITE_SUPABASE_ANON_KEY: '   ' });
    expect(result).toEqual({ ok: false, issues: ['VITE_SUPABASE_ANON_KEY is not set.'] });
  });

  it('rejects an invalid mailbox URL', () => {
    const result = parseEnv({ ...valid, VITE_LOCAL_MAILBOX_URL: 'nope' });
    expect(result).toEqual({ ok: false, issues: ['VITE_LOCAL_MAILBOX_URL must be a valid http(s) URL when set.'] });
  });
});

describe('EnvErrorScreen', () => {
  it('explains the problem instead of rendering a blank page', () => {
    render(<EnvErrorScreen issues={['VITE_SUPABASE_URL is not set.']} />);
    expect(screen.getByRole('heading', { name: /isn.t configured/ })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('VITE_SUPABASE_URL is not set.');
    expect(screen.getByText(/VITE_SUPABASE_ANON_KEY=/)).toBeInTheDocument();
  });
});
