import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { signUpFrom } from './sign-up.ts';

/**
 * The command line shared by the cold-connection tools (`--dir`, `--connections`): the running stack they measure,
 * the number of new connections, and a sign-up of fresh users labelled for the tool.
 */
export function coldConnectionRun(label: string) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: process.env.LOCAL_STACK_DIR ?? '.stack' },
      connections: { type: 'string', default: '10' },
    },
  });
  const info = JSON.parse(readFileSync(path.join(values.dir!, 'stack.json'), 'utf8')) as {
    apiUrl: string;
    anonKey: string;
    dbUrl: string;
  };
  return { info, rounds: Number(values.connections), signUp: signUpFrom(info, label) };
}

/** The user relations the connection's open transaction holds locks on (catalogs and pg_locks itself left out). */
export async function lockedRelations(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ relation: string }>(
    `select l.relation::regclass::text as relation from pg_locks l
     where l.pid = pg_backend_pid() and l.locktype = 'relation' and l.relation <> 'pg_locks'::regclass
       and l.relation not in (select oid from pg_class where relnamespace = 'pg_catalog'::regnamespace)
     group by 1 order by 1`,
  );
  return rows.map((r) => r.relation);
}

/**
 * Per round a new connection: `measure` for the round's first item (cold: the connection's first use) and for its
 * second (warm), items 2i and 2i + 1.
 */
export async function coldThenWarm<I, M>(
  dbUrl: string,
  rounds: number,
  items: I[],
  measure: (client: pg.Client, pid: number, item: I) => Promise<M>,
): Promise<{ cold: M[]; warm: M[] }> {
  const cold: M[] = [];
  const warm: M[] = [];
  for (let i = 0; i < rounds; i++) {
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    const pid = (await client.query('select pg_backend_pid() as pid')).rows[0].pid as number;
    cold.push(await measure(client, pid, items[2 * i]!));
    warm.push(await measure(client, pid, items[2 * i + 1]!));
    await client.end();
  }
  return { cold, warm };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
