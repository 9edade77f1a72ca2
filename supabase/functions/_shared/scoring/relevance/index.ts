export type { QuestionIntent, RelevanceInput, RelevanceJudge, RelevanceVerdict } from './types.ts';
export { judgeRelevanceLocally, localRelevance, OFF_TOPIC_PRECISION, STORY_PRECISION } from './local.ts';
export { questionIntent } from './intent.ts';
export { cosine, embeddingJudge, type EmbeddingSession, type EmbeddingThresholds, GTE_SMALL_THRESHOLDS } from './embedding.ts';
export { type EdgeRuntimeGlobal, selectRelevanceJudge } from './select.ts';
