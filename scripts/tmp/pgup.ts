import { startPostgres } from '../../stack/postgres/index.ts';
const pgx = await startPostgres({ dataDir: '/tmp/pgt/pg', port: 55432, logDir: '/tmp/pgt/logs' });
console.log('up', pgx.url());
process.on('SIGTERM', async () => { await pgx.stop(); process.exit(0); });
setInterval(() => {}, 1 << 30);
