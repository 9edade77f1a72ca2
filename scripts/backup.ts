// Logical backup and restore of the local database, working with the embedded Postgres (which
// ships no pg_dump): the schema comes from the migrations, so a backup is the data of every table
// in the project's schemas plus the list of migrations it was taken at.
//   npm run db:backup [-- backups/name.jsonl.gz]
//   npm run db:restore -- backups/name.jsonl.gz
import { createReadStream, createWriteStream, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { REPO_ROOT } from '../stack/config.ts';
import { resetDatabase } from '../stack/migrate.ts';

export const BACKUP_SCHEMAS = ['auth', 'public', 'private', 'analytics', 'archive'];
const FORMAT = 'interviewai-backup';
const BATCH = 1000;

interface Header {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: string[];
}

interface TableInfo {
  name: string; // schema-qualified, quoted
  columns: string[];
  identityAlways: boolean;
}

async function listTables(client: pg.Client): Promise<TableInfo[]> {
  const { rows } = await client.query<{ name: string; columns: string[]; identity_always: boolean }>(
    `select format('%I.%I', n.nspname, c.relname) as name,
            array_agg(a.attname::text order by a.attnum) as columns,
            bool_or(a.attidentity = 'a') as identity_always
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      where c.relkind in ('r', 'p') and not c.relispartition and n.nspname = any($1)
      group by n.nspname, c.relname
      order by n.nspname, c.relname`,
    [BACKUP_SCHEMAS],
  );
  return rows.map((row) => ({ name: row.name, columns: row.columns, identityAlways: row.identity_always }));
}

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ version: string }>('select version from supabase_migrations.schema_migrations order by version');
  return rows.map((row) => row.version);
}

export function migrationFiles(): string[] {
  return readdirSync(path.join(REPO_ROOT, 'supabase', 'migrations'))
    .map((name) => /^(\d+)_/.exec(name)?.[1])
    .filter((version): version is string => Boolean(version))
    .sort();
}

async function* backupLines(client: pg.Client): AsyncGenerator<string> {
  await client.query('begin isolation level repeatable read read only');
  try {
    const tables = await listTables(client);
    const header: Header = {
      format: FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      migrations: await appliedMigrations(client),
      tables: tables.map((table) => table.name),
    };
    yield `${JSON.stringify(header)}\n`;
    for (const table of tables) {
      await client.query(`declare backup_cursor no scroll cursor for select to_jsonb(t) as row from ${table.name} t`);
      for (;;) {
        const { rows } = await client.query<{ row: Record<string, unknown> }>(`fetch ${BATCH} from backup_cursor`);
        if (!rows.length) break;
        yield `${JSON.stringify({ table: table.name, rows: rows.map((r) => r.row) })}\n`;
      }
      await client.query('close backup_cursor');
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

/** Writes a consistent snapshot (one repeatable-read transaction) to a gzip'd JSON-lines file. */
export async function backupDatabase(dbUrl: string, file: string): Promise<{ tables: number; rows: number }> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  let rows = 0;
  let tables = 0;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const counted = async function* () {
      for await (const line of backupLines(client)) {
        const parsed = JSON.parse(line) as { rows?: unknown[]; tables?: string[] };
        rows += parsed.rows?.length ?? 0;
        tables = parsed.tables?.length ?? tables;
        yield line;
      }
    };
    await pipeline(Readable.from(counted()), createGzip(), createWriteStream(file));
  } finally {
    await client.end();
  }
  return { tables, rows };
}

async function readBackup(
  file: string,
): Promise<{ header: Header; batches: AsyncGenerator<{ table: string; rows: Record<string, unknown>[] }> }> {
  const reader = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const lines = reader[Symbol.asyncIterator]();
  const first = await lines.next();
  let header: Header;
  try {
    header = JSON.parse(String(first.value)) as Header;
  } catch {
    throw new Error(`${file} is not an InterviewAI backup (unreadable header).`);
  }
  if (header.format !== FORMAT || header.version !== 1) throw new Error(`${file} is not an InterviewAI backup (format ${header.format}).`);
  const batches = (async function* () {
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      if (next.value.trim()) yield JSON.parse(next.value) as { table: string; rows: Record<string, unknown>[] };
    }
  })();
  return { header, batches };
}

/**
 * Replaces the database's data with the backup's. Refuses (changing nothing) when the backup was
 * taken at other migrations than this checkout has; otherwise resets the schema with the Supabase
 * CLI and loads every row in one transaction with triggers and FK checks deferred to the load's end.
 */
export async function restoreDatabase(dbUrl: string, file: string): Promise<{ tables: number; rows: number }> {
  const { header, batches } = await readBackup(file);
  const local = migrationFiles();
  if (JSON.stringify(local) !== JSON.stringify(header.migrations)) {
    throw new Error(
      `The backup was taken at migrations ${header.migrations.at(-1) ?? '(none)'} (${header.migrations.length}), this checkout has ${local.at(-1) ?? '(none)'} (${local.length}). Check out the matching version to restore it; nothing was changed.`,
    );
  }
  await resetDatabase(dbUrl);
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  let rows = 0;
  try {
    await client.query('begin');
    await client.query('set local session_replication_role = replica');
    const tables = new Map((await listTables(client)).map((table) => [table.name, table]));
    await client.query(`truncate ${[...tables.keys()].join(', ')} cascade`);
    for await (const batch of batches) {
      const table = tables.get(batch.table);
      if (!table) throw new Error(`The backup has table ${batch.table}, which this schema lacks.`);
      const columns = table.columns.map((column) => pg.escapeIdentifier(column)).join(', ');
      // jsonb_populate_recordset converts every value back to its column's type.
      await client.query(
        `insert into ${table.name} (${columns}) ${table.identityAlways ? 'overriding system value' : ''}
         select ${columns} from jsonb_populate_recordset(null::${table.name}, $1::jsonb)`,
        [JSON.stringify(batch.rows)],
      );
      rows += batch.rows.length;
    }
    // Sequences behind serial/identity columns continue after the restored ids.
    await client.query(`
      do $$
      declare s record;
      begin
        for s in
          select format('%I.%I', sn.nspname, seq.relname) as seq, format('%I.%I', tn.nspname, t.relname) as tbl, a.attname as col
            from pg_depend d
            join pg_class seq on seq.oid = d.objid and seq.relkind = 'S'
            join pg_namespace sn on sn.oid = seq.relnamespace
            join pg_class t on t.oid = d.refobjid
            join pg_namespace tn on tn.oid = t.relnamespace
            join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
           where tn.nspname = any(array[${BACKUP_SCHEMAS.map((s) => `'${s}'`).join(', ')}])
        loop
          execute format('select setval(%L, coalesce((select max(%I) from %s), 0) + 1, false)', s.seq, s.col, s.tbl);
        end loop;
      end $$`);
    await client.query('commit');
    return { tables: header.tables.length, rows };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { withLocalDatabase } = await import('./local-db.ts');
  const [command, target] = process.argv.slice(2);
  if (command === 'backup') {
    const file = path.resolve(target ?? path.join(REPO_ROOT, 'backups', `${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl.gz`));
    const result = await withLocalDatabase((url) => backupDatabase(url, file));
    console.log(`Backed up ${result.rows} rows from ${result.tables} tables to ${path.relative(process.cwd(), file)}`);
  } else if (command === 'restore' && target) {
    const result = await withLocalDatabase((url) => restoreDatabase(url, path.resolve(target)));
    console.log(`Restored ${result.rows} rows into ${result.tables} tables from ${target}`);
  } else {
    console.error('usage: npm run db:backup [-- file]  |  npm run db:restore -- file');
    process.exit(2);
  }
}
