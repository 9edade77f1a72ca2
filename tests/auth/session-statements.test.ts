/** How many statements issuing a session costs: each is a round trip that waits for a core while a sign-up burst hashes. */
import { describe, expect, it } from 'vitest';
import { createPool, type Queryable } from '../../stack/auth/db.ts';
import { issueSession } from '../../stack/auth/tokens.ts';
import { decodeJwt, signUp, sql, stack } from './helpers.ts';

describe('issuing a session', () => {
  it('takes 7 statements and answers with the user row as the sign-in left it', async () => {
    const { user } = await signUp();
    const pool = createPool(stack.dbUrl);
    const tx = await pool.connect();
    try {
      await tx.query('begin');
      const statements: string[] = [];
      const counting: Queryable = {
        query: ((text: string, values?: unknown[]) => {
          statements.push(text);
          return tx.query(text, values);
        }) as Queryable['query'],
      };
      const settings = { jwtSecret: 'session-statements-test', jwtExpirySeconds: 3600, issuer: 'test' };
      const session = await issueSession(counting, settings, user.id, 'password', { ip: '127.0.0.1', userAgent: 'test' });
      // session + AMR claim, refresh token, last_sign_in_at (returning the user), identities, factors, aal + AMR
      expect(statements).toHaveLength(7);
      const [row] = (
        await tx.query<{ at: string }>(
          `select to_char(last_sign_in_at, 'YYYY-MM-DD"T"HH24:MI:SS.US') as at from auth.users where id = $1`,
          [user.id],
        )
      ).rows;
      // GoTrue writes fractional seconds without trailing zeros (Go's RFC3339Nano), as Postgres prints them.
      expect((session.user as { last_sign_in_at: string }).last_sign_in_at).toBe(`${row!.at.replace(/\.?0+$/, '')}Z`);
      const claims = decodeJwt(session.access_token) as unknown as { aal: string; amr: { method: string; timestamp: number }[] };
      expect(claims.aal).toBe('aal1');
      expect(claims.amr).toEqual([{ method: 'password', timestamp: expect.any(Number) }]);
    } finally {
      await tx.query('rollback');
      tx.release();
      await pool.end();
    }
    expect(await sql(`select count(*)::int as n from auth.sessions where user_id = $1`, [user.id])).toEqual([{ n: 1 }]);
  });
});
