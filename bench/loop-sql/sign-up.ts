import { fetchFrom } from '../../tests/helpers/loopback-fetch.ts';
import { ipFor } from '../loop-load/api.ts';

/**
 * Signs up fresh users through the stack's auth API. Each sign-up leaves from a loopback address of its own (the
 * auth service limits sign-ups per client address), in a block of its own per run so that runs within the
 * limit's window do not add up.
 */
export function signUpFrom(info: { apiUrl: string; anonKey: string }, label: string): (index: number) => Promise<string> {
  const block = Math.floor(Math.random() * 100) * 1000;
  return async (index) => {
    const email = `${label}-${Date.now()}-${index}@example.com`;
    const ip = ipFor(block + index);
    const response = await fetchFrom(ip)(`${info.apiUrl}/auth/v1/signup`, {
      method: 'POST',
      headers: { apikey: info.anonKey, 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ email, password: 'Interview42!loop-sql' }),
    });
    const body = (await response.json()) as { user?: { id: string }; id?: string };
    const id = body.user?.id ?? body.id;
    if (!response.ok || !id) throw new Error(`sign-up failed: ${response.status} ${JSON.stringify(body)}`);
    return id;
  };
}
