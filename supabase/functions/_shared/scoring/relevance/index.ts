export type { QuestionIntent, RelevanceInput, RelevanceJudge, RelevanceVerdict } from './types.ts';
export { judgeRelevanceLocally, localRelevance, OFF_TOPIC_PRECISION, STORY_PRECISION } from './local.ts';
export { questionIntent } from './intent.ts';
