// The production build resolves @supabase/realtime-js to a stand-in (src/lib/realtime-unused.ts): the app
// uses no Realtime channel (src/lib/realtime-unused.test.ts keeps it that way), so the Realtime client
// supabase-js always creates is only weight on the signed-in pages' first load.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const STAND_IN = fileURLToPath(new URL('../src/lib/realtime-unused.ts', import.meta.url));

export function withoutRealtime(): Plugin {
  return {
    name: 'interviewai:without-realtime',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      return source === '@supabase/realtime-js' ? STAND_IN : null;
    },
  };
}
