import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import ws from 'ws';
import { describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../scripts/backup.ts';
import { ownStack } from '../helpers/own-stack.ts';

async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

// Restoring replaces the whole database, so this suite has a stack of its own.
describe('db:backup / db:restore', () => {
  const stack = ownStack('backup');

  it('restores users, sessions and profile data exactly as they were, and the user can still sign in', async () => {
    const client = createClient(stack.info.apiUrl, stack.info.anonKey, {
      auth: { persistSession: false, autoRefreshToken: false },
      realtime: { transport: ws as unknown as typeof WebSocket },
    });
    const { data, error } = await client.auth.signUp({
      email: 'kept@example.com',
      password: 'Interview42!',
      options: { data: { full_name: 'Kept User' } },
    });
    expect(error).toBeNull();
    const userId = data.user!.id;
    await query(stack.info.dbUrl, "update public.user_profiles set bio = 'before backup' where id = $1", [userId]);
    const before = await query(stack.info.dbUrl, 'select count(*)::int as n from auth.refresh_tokens');

    const file = path.join(stack.dir, 'snapshot.jsonl.gz');
    const summary = await backupDatabase(stack.info.dbUrl, file);
    expect(summary.rows).toBeGreaterThan(0);

    await query(stack.info.dbUrl, "update public.user_profiles set bio = 'changed after' where id = $1", [userId]);
    await query(stack.info.dbUrl, "delete from auth.users where email = 'kept@example.com'");

    await restoreDatabase(stack.info.dbUrl, file);
    const [profile] = await query<{ bio: string; full_name: string }>(
      stack.info.dbUrl,
      'select bio, full_name from public.user_profiles where id = $1',
      [userId],
    );
    expect(profile).toEqual({ bio: 'before backup', full_name: 'Kept User' });
    expect(await query(stack.info.dbUrl, 'select count(*)::int as n from auth.refresh_tokens')).toEqual(before);

    const signIn = await client.auth.signInWithPassword({ email: 'kept@example.com', password: 'Interview42!' });
    expect(signIn.error).toBeNull();
    expect(signIn.data.user?.id).toBe(userId);
  });

  it('refuses a file that is not a backup, changing nothing', async () => {
    const bogus = path.join(stack.dir, 'bogus.jsonl.gz');
    writeFileSync(bogus, gzipSync('{"hello": "world"}\n'));
    const [before] = await query<{ n: number }>(stack.info.dbUrl, 'select count(*)::int as n from auth.users');
    await expect(restoreDatabase(stack.info.dbUrl, bogus)).rejects.toThrow(/not an InterviewAI backup/);
    expect(await query(stack.info.dbUrl, 'select count(*)::int as n from auth.users')).toEqual([before]);
  });

  it('refuses a backup taken at other migrations, changing nothing', async () => {
    const other = path.join(stack.dir, 'other.jsonl.gz');
    writeFileSync(
      other,
      gzipSync(
        `${JSON.stringify({ format: 'interviewai-backup', version: 1, createdAt: 'x', migrations: ['20000101000000'], tables: [] })}\n`,
      ),
    );
    await expect(restoreDatabase(stack.info.dbUrl, other)).rejects.toThrow(/Check out the matching version/);
    const [after] = await query<{ n: number }>(stack.info.dbUrl, 'select count(*)::int as n from auth.users');
    expect(after!.n).toBeGreaterThan(0);
  });
});
