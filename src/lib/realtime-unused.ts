// Stands in for @supabase/realtime-js in the production build (vite/without-realtime.ts): the app never
// subscribes to Realtime, yet supabase-js creates a Realtime client in every createClient call, which
// costs ~10 KB gzip of download and start-up work on every signed-in first load. supabase-js only
// constructs it and hands it the access token; asking it for a channel says why there is none.

const UNUSED = 'Realtime is left out of this app\u2019s build (vite/without-realtime.ts); remove that plugin to use it.';

export class RealtimeClient {
  constructor(_endpoint: string, _options?: unknown) {}

  setAuth(_token?: string | null): Promise<void> {
    return Promise.resolve();
  }

  channel(): never {
    throw new Error(UNUSED);
  }

  getChannels(): [] {
    return [];
  }

  removeChannel(): Promise<'ok'> {
    return Promise.resolve('ok');
  }

  removeAllChannels(): Promise<[]> {
    return Promise.resolve([]);
  }
}
