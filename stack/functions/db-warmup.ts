// A warm-up of the functions' database connections, run by the local runtime in each worker (main.ts) once the
// functions' pool is open, before the worker takes calls. Local only: hosted Supabase's isolates start as they
// always did (this file is not part of any function).
//
// Why: a new Postgres backend spends ~31–35 ms of CPU on its first `begin_question_generation` and
// `save_generated_questions` against ~5–6 ms warm (loading each relation's indexes, constraints, triggers and
// policies, planning each statement, compiling the plpgsql functions; bench/loop-sql/cold-generate.ts), and a fresh
// stack's first wave of users pays that on every functions connection in the same second as everything else.
//
// What it does: on each connection, one transaction that is always rolled back, running
// `local_stack.run_interview_loop()` (stack/postgres/backend-warmup.ts, installed by the stack before the functions
// start): the interview loop of a made-up user, the functions' own service-role calls included. Nothing is
// committed.

/** What this file uses of a reserved postgres.js connection (the functions' pool, _shared/db.ts). */
export interface Sql {
  <T extends readonly unknown[] = Record<string, unknown>[]>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T>;
}

/** Runs the loop once on `sql` and rolls everything back, whatever happened; resolves with the error, if any. */
export async function warmConnection(sql: Sql): Promise<Error | undefined> {
  await sql`begin`;
  try {
    await sql`select local_stack.run_interview_loop()`;
    return undefined;
  } catch (error) {
    return error as Error;
  } finally {
    await sql`rollback`;
  }
}
