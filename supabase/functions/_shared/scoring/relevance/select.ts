// Which relevance judge to use: the Edge Runtime's built-in gte-small embedding session when the runtime offers
// one (hosted Supabase), otherwise the local judge. Both implement RelevanceJudge.

import { embeddingJudge, type EmbeddingSession } from './embedding.ts';
import { localRelevance } from './local.ts';
import type { RelevanceJudge } from './types.ts';

/** The part of the Edge Runtime's global `Supabase` object this needs. */
export interface EdgeRuntimeGlobal {
  Supabase?: { ai?: { Session?: new (model: string) => EmbeddingSession } };
}

const chosen = new WeakMap<object, RelevanceJudge>();

/**
 * The judge for this runtime, made once per runtime (one inference session serves every request).
 * `preference` "local" forces the local judge (e.g. RELEVANCE_JUDGE=local while calibrating).
 */
export function selectRelevanceJudge(
  runtime: EdgeRuntimeGlobal = globalThis as EdgeRuntimeGlobal,
  preference?: string | null,
): RelevanceJudge {
  if (preference === 'local') return localRelevance;
  const known = chosen.get(runtime);
  if (known) return known;
  let judge: RelevanceJudge = localRelevance;
  const Session = runtime.Supabase?.ai?.Session;
  if (typeof Session === 'function') {
    try {
      judge = embeddingJudge(new Session('gte-small'), { model: 'gte-small' });
    } catch {
      judge = localRelevance; // the runtime has the API but not the model
    }
  }
  chosen.set(runtime, judge);
  return judge;
}
