// `npm run sql`: an SQL prompt on the local database (psql when installed, else a small REPL on
// the pg client). `npm run sql -- -c "select …"` runs one statement and exits.
import { spawnSync } from 'node:child_process';
import readline from 'node:readline';
import pg from 'pg';
import { withLocalDatabase } from './local-db.ts';

function hasPsql(): boolean {
  return spawnSync('psql', ['--version'], { stdio: 'ignore' }).status === 0;
}

export function formatRows(result: pg.QueryResult): string {
  if (!result.fields?.length) return `${result.command} ${result.rowCount ?? ''}`.trim();
  const names = result.fields.map((field) => field.name);
  const cell = (value: unknown) => (value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
  const rows = result.rows.map((row) => names.map((name) => cell(row[name])));
  const widths = names.map((name, i) => Math.min(60, Math.max(name.length, ...rows.map((r) => r[i]!.length))));
  const line = (values: string[]) => values.map((v, i) => v.slice(0, 60).padEnd(widths[i]!)).join(' | ');
  return [
    line(names),
    widths.map((w) => '-'.repeat(w)).join('-+-'),
    ...rows.map(line),
    `(${rows.length} row${rows.length === 1 ? '' : 's'})`,
  ].join('\n');
}

async function repl(dbUrl: string, oneShot?: string) {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const run = async (statement: string) => {
    try {
      const results = (await client.query(statement)) as pg.QueryResult | pg.QueryResult[];
      for (const result of Array.isArray(results) ? results : [results]) console.log(formatRows(result));
    } catch (error) {
      const e = error as pg.DatabaseError;
      console.error(`ERROR: ${e.message}${e.hint ? `\nHINT: ${e.hint}` : ''}`);
      if (oneShot) process.exitCode = 1;
    }
  };
  if (oneShot) {
    await run(oneShot);
    await client.end();
    return;
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'sql> ' });
  let buffer = '';
  rl.prompt();
  for await (const line of rl) {
    if (!buffer && ['\\q', 'quit', 'exit'].includes(line.trim())) break;
    buffer += `${line}\n`;
    if (buffer.trimEnd().endsWith(';')) {
      await run(buffer);
      buffer = '';
    }
    rl.setPrompt(buffer ? '...> ' : 'sql> ');
    rl.prompt();
  }
  await client.end();
}

const args = process.argv.slice(2);
const command = args[0] === '-c' ? args[1] : undefined;
await withLocalDatabase(async (dbUrl) => {
  if (hasPsql() && !process.env.SQL_NO_PSQL) {
    spawnSync('psql', [dbUrl, ...args], { stdio: 'inherit', env: { ...process.env, PGSSLMODE: 'disable' } });
  } else {
    await repl(dbUrl, command);
  }
});
