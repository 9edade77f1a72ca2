// The build leaves supabase-js's Realtime client out (vite/without-realtime.ts); this keeps the app from
// starting to use Realtime without noticing that it is missing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchingLines } from '@/test/source-files';
import { RealtimeClient } from './realtime-unused';

const REALTIME_USE = /\.(channel|getChannels|removeChannel|removeAllChannels)\(|@supabase\/realtime-js|\brealtime\s*:/;

describe('Realtime stays out of the app', () => {
  it('finds Realtime use in the forms it takes', () => {
    const lines = (source: string) => source.split('\n').filter((line) => REALTIME_USE.test(line));
    expect(lines("const c = supabase.channel('room')")).toHaveLength(1);
    expect(lines('void supabase.removeAllChannels();')).toHaveLength(1);
    expect(lines("import { RealtimeChannel } from '@supabase/realtime-js';")).toHaveLength(1);
    expect(lines('supabase.from("x").select()')).toHaveLength(0);
  });

  it('is not used anywhere in src', () => {
    const used = matchingLines(join(__dirname, '..'), (source) => source.split('\n').filter((line) => REALTIME_USE.test(line)));
    expect(used.filter((line) => !line.startsWith('lib/realtime-unused.ts:'))).toEqual([]);
  });

  it('says why when asked for a channel', () => {
    expect(() => new RealtimeClient('ws://localhost').channel()).toThrow(/left out/);
  });
});
