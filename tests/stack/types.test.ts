import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../stack/config.ts';
import { generateTypes } from '../../stack/migrate.ts';
import { stack } from '../helpers/stack.ts';

describe('generated Database types', () => {
  it('match the migrations (run `npm run db:types` after a schema change)', async () => {
    const committed = readFileSync(path.join(REPO_ROOT, 'src', 'lib', 'database.types.ts'), 'utf8');
    expect(await generateTypes(stack().dbUrl)).toBe(committed);
  });
});
