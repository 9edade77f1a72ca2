// GET /functions/v1/health: is the function runtime up, and can it reach the database API?
import { handler } from '../_shared/handler.ts';
import { json } from '../_shared/http.ts';

Deno.serve(
  handler({ method: 'GET', auth: 'none' }, async () => {
    const url = Deno.env.get('SUPABASE_URL');
    const anonKey = Deno.env.get('SUPABASE_ANON_KEY');
    const started = performance.now();
    let restReachable = false;
    if (url && anonKey) {
      try {
        const response = await fetch(`${url}/rest/v1/`, { headers: { apikey: anonKey } });
        restReachable = response.ok;
        await response.body?.cancel();
      } catch {
        restReachable = false;
      }
    }
    const healthy = Boolean(url && anonKey) && restReachable;
    return json(
      {
        status: healthy ? 'ok' : 'degraded',
        runtime: { deno: Deno.version.deno },
        checks: { env: Boolean(url && anonKey), rest: restReachable },
        latency_ms: Math.round(performance.now() - started),
      },
      healthy ? 200 : 503,
    );
  }),
);
