// Public API of the local (deterministic, offline) scoring engine.
// Pure TypeScript with relative `.ts` imports: runs unchanged in Deno (edge
// functions), in the browser and under Node with a TS loader.

export type {
  CodingAnalysis,
  CriterionScore,
  DeliveryAnalysis,
  Difficulty,
  Dimensions,
  Evaluation,
  EvaluationCriterionInput,
  KeyPointResult,
  Pace,
  QuestionType,
  Report,
  ReportItem,
  ReportStatistics,
  ScoringAnswer,
  ScoringQuestion,
  SkillGap,
  SkillLevel,
  SkillScore,
  StarAnalysis,
  StarComponent,
  TestCase,
  TestResultDetail,
  TestResults,
  Validity,
  ValidityReason,
} from './types.ts';

export { ENGINE, ENGINE_VERSION, evaluateAnswer, expectedLength } from './evaluate.ts';
export { aggregateReport, DIFFICULTY_WEIGHT, DIMENSION_RELEVANCE, FOLLOW_UP_WEIGHT, mergeFollowUp, skillLevel } from './report.ts';
export { countFillers, PACE_BAND } from './delivery.ts';
export { porterStem, termsOf } from './text.ts';
