import { startPostgres } from '/work/main/stack/postgres/index.ts';
const t = Date.now();
const pgx = await startPostgres({ dataDir: '/tmp/pgt/pg', port: 55432, logDir: '/tmp/pgt/logs' });
console.log('started', Date.now() - t, 'ms created', pgx.created, pgx.url());
await pgx.stop();
console.log('stopped');
