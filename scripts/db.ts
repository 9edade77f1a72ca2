// `npm run db:reset` / `npm run db:types` / `npm run db:push`: the real Supabase CLI against the local
// database — the running stack's, or (when none runs) a Postgres started just for the command.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../stack/config.ts';
import { readFunctionsDotEnv } from '../stack/functions/index.ts';
import { generateTypes, pushMigrations, resetDatabase, setPlanPrices, TYPES_FILES } from '../stack/migrate.ts';
import { LOCAL_PRICE_IDS } from '../stack/stripe-sim/index.ts';
import { withLocalDatabase as withDatabase } from './local-db.ts';

const command = process.argv[2];
if (command === 'reset') {
  await withDatabase(async (url) => {
    console.log(await resetDatabase(url));
    // Like a stack start: with the Stripe simulator, the plans use its prices (configuration, not seed).
    if (!process.env.STRIPE_SECRET_KEY && !readFunctionsDotEnv().STRIPE_SECRET_KEY) await setPlanPrices(url, LOCAL_PRICE_IDS);
  });
  console.log('Database reset: migrations and seed re-applied.');
} else if (command === 'push') {
  await withDatabase(async (url) => console.log(await pushMigrations(url, { seed: false })));
} else if (command === 'types') {
  const types = await withDatabase(generateTypes);
  for (const file of TYPES_FILES) {
    writeFileSync(file, types);
    console.log(`Wrote ${path.relative(REPO_ROOT, file)}`);
  }
} else {
  console.error('usage: tsx scripts/db.ts reset|push|types');
  process.exit(2);
}
