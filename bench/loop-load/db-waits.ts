// What the database's client backends were doing during a phase: pg_stat_activity sampled every
// SAMPLE_MS on a connection of its own. A request that queues for a row lock, for PostgREST's pool or
// for a core shows up differently here: lock waits as wait_event_type 'Lock', an idle pool as 'idle',
// a backend in the middle of a request as 'active' with no wait event (on a core or ready to run).
import pg from 'pg';

const SAMPLE_MS = 100;

export interface DbWaits {
  samples: number;
  /** Mean number of client backends per sample in each state (active, idle, idle in transaction). */
  meanByState: Record<string, number>;
  /** Mean number of backends per sample waiting on each wait event ("type:event"; active backends only). */
  meanByWait: Record<string, number>;
  /** Most backends waiting for a heavyweight lock (wait_event_type 'Lock') in one sample. */
  maxLockWaiters: number;
  /** Samples in which at least one backend waited for a heavyweight lock. */
  samplesWithLockWait: number;
  /** The statements (first 120 characters) seen waiting for a lock, with how many samples saw each. */
  lockWaitQueries: Record<string, number>;
}

export interface DbWaitSampler {
  /** Stops sampling (once; later calls return the same result). */
  stop(): Promise<DbWaits | undefined>;
}

/** Starts sampling; never throws (a sampler that cannot connect reports nothing). */
export async function sampleDbWaits(dbUrl: string): Promise<DbWaitSampler> {
  const client = new pg.Client({ connectionString: dbUrl, application_name: 'loop-load sampler' });
  try {
    await client.connect();
  } catch {
    return { stop: async () => undefined };
  }
  const byState: Record<string, number> = {};
  const byWait: Record<string, number> = {};
  const lockWaitQueries: Record<string, number> = {};
  let samples = 0;
  let maxLockWaiters = 0;
  let samplesWithLockWait = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = Date.now();
      try {
        const { rows } = await client.query<{ state: string | null; wait: string | null; query: string }>(
          `select state, wait_event_type || ':' || wait_event as wait, left(query, 120) as query
             from pg_stat_activity
            where backend_type = 'client backend' and pid <> pg_backend_pid()`,
        );
        samples += 1;
        let lockWaiters = 0;
        for (const row of rows) {
          const state = row.state ?? 'unknown';
          byState[state] = (byState[state] ?? 0) + 1;
          if (state === 'active' && row.wait) byWait[row.wait] = (byWait[row.wait] ?? 0) + 1;
          if (row.wait?.startsWith('Lock:')) {
            lockWaiters += 1;
            lockWaitQueries[row.query] = (lockWaitQueries[row.query] ?? 0) + 1;
          }
        }
        maxLockWaiters = Math.max(maxLockWaiters, lockWaiters);
        if (lockWaiters > 0) samplesWithLockWait += 1;
      } catch {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, SAMPLE_MS - (Date.now() - started))));
    }
  })();
  const mean = (counts: Record<string, number>) =>
    Object.fromEntries(Object.entries(counts).map(([key, count]) => [key, Number((count / Math.max(samples, 1)).toFixed(3))]));
  let stopped: Promise<DbWaits> | undefined;
  const stop = async (): Promise<DbWaits> => {
    running = false;
    await loop;
    await client.end().catch(() => {});
    return {
      samples,
      meanByState: mean(byState),
      meanByWait: mean(byWait),
      maxLockWaiters,
      samplesWithLockWait,
      lockWaitQueries,
    };
  };
  return { stop: () => (stopped ??= stop()) };
}
