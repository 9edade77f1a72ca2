import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../stack/config.ts';
import { generateTypes, TYPES_FILES } from '../../stack/migrate.ts';
import { stack } from '../helpers/stack.ts';

describe('generated Database types', () => {
  it.each(TYPES_FILES.map((file) => path.relative(REPO_ROOT, file)))(
    '%s matches the migrations (run `npm run db:types` after a schema change)',
    async (file) => {
      const committed = readFileSync(path.join(REPO_ROOT, file), 'utf8');
      expect(await generateTypes(stack().dbUrl)).toBe(committed);
    },
  );
});
