// Shared evaluation contract. The local engine produces these shapes, and so
// must every other scoring provider (LLM-backed ones included), so that the
// edge functions, the database and the SPA only ever deal with one format.

export type QuestionType =
  | 'technical'
  | 'behavioral'
  | 'coding'
  | 'system_design';
export type Difficulty = 'easy' | 'medium' | 'hard';

export interface EvaluationCriterionInput {
  criterion: string;
  /** Relative weight, 0-100. Weights are normalised, they need not sum to 100. */
  weight: number;
  description?: string;
}

export interface TestCase {
  input: unknown;
  expectedOutput: unknown;
  description?: string;
}

export interface ScoringQuestion {
  text: string;
  type: QuestionType;
  difficulty: Difficulty;
  skill_category?: string | null;
  expected_answer?: string | null;
  key_points?: string[] | null;
  evaluation_criteria?: EvaluationCriterionInput[] | null;
  time_limit_seconds?: number | null;
  test_cases?: TestCase[] | null;
  /** The interview's job role (e.g. "Backend Developer"), when known. */
  role?: string | null;
}

export interface TestResultDetail {
  name?: string;
  description?: string;
  passed: boolean;
  input?: unknown;
  expected?: unknown;
  actual?: unknown;
  error?: string;
}

export interface TestResults {
  passed: number;
  total: number;
  details?: TestResultDetail[];
}

export interface ScoringAnswer {
  text: string;
  code?: string | null;
  transcript?: string | null;
  mode: 'text' | 'speech';
  speaking_duration_seconds?: number | null;
  time_taken_seconds?: number | null;
  test_results?: TestResults | null;
}

export type ValidityReason =
  | 'empty'
  | 'too_short'
  | 'gibberish'
  | 'copied_question'
  | 'off_topic';

export interface Validity {
  valid: boolean;
  reason?: ValidityReason;
}

export interface CriterionScore {
  name: string;
  /** Normalised weight in percent; the criteria of one evaluation sum to ~100. */
  weight: number;
  /** 0-100 integer. */
  score: number;
  rationale: string;
}

export interface KeyPointResult {
  point: string;
  covered: boolean;
  /** The sentence(s) of the answer that cover (or best approach) the point. */
  evidence?: string;
}

export interface StarComponent {
  found: boolean;
  evidence?: string;
}

export interface StarAnalysis {
  situation: StarComponent;
  task: StarComponent;
  action: StarComponent;
  result: StarComponent;
}

export type Pace = 'slow' | 'good' | 'fast' | 'unknown';

export interface DeliveryAnalysis {
  words: number;
  /** Words per minute; null when no duration is known. */
  wpm: number | null;
  filler_count: number;
  /** Null when no duration is known. */
  fillers_per_minute: number | null;
  /** "unknown" only when no duration is known. */
  pace: Pace;
  /** Per-filler counts, e.g. { um: 4, "you know": 2 }. */
  fillers?: Record<string, number>;
  duration_seconds?: number | null;
  /** Answer length vs the question's time limit, when one is set. */
  time_usage?: 'too_short' | 'ok' | 'over_time';
}

export interface CodingAnalysis {
  tests_passed: number | null;
  tests_total: number | null;
  /** Estimated from static signals only; see notes. */
  complexity_estimate: string;
  language: 'python' | 'c-like' | 'unknown';
  lines: number;
  notes: string[];
}

export interface Dimensions {
  communication: number;
  technical: number;
  behavioral: number;
}

export interface Evaluation {
  /** 0-100 integer. */
  score: number;
  criteria: CriterionScore[];
  strengths: string[];
  weaknesses: string[];
  key_points: KeyPointResult[];
  missed_key_points: string[];
  star?: StarAnalysis;
  delivery?: DeliveryAnalysis;
  coding?: CodingAnalysis;
  suggested_outline: string[];
  dimensions: Dimensions;
  validity: Validity;
  /** 2-4 sentence human summary. */
  feedback: string;
  /**
   * The answer rewritten stronger: the candidate's own sentences in the order the question type calls for, with
   * the missed key points and missing parts as [bracketed gaps]. Absent for an invalid or off-topic answer.
   */
  improved_answer?: string;
  /** "local" for this engine; other providers put their own id. */
  engine: string;
  version: string;
}

export interface ReportItem {
  question: ScoringQuestion;
  evaluation: Evaluation;
  time_taken_seconds?: number | null;
}

export type SkillLevel = 'weak' | 'moderate' | 'strong';

export interface SkillScore {
  skill: string;
  score: number;
  question_count: number;
}

export interface SkillGap {
  skill: string;
  level: SkillLevel;
  /** 100 - skill score. */
  gap_score: number;
  recommendation: string;
}

export interface ReportStatistics {
  question_count: number;
  answered: number;
  skipped: number;
  /** Mean of the provided time_taken_seconds of answered questions; null if none. */
  average_response_time_seconds: number | null;
}

export interface Report {
  overall_score: number;
  dimensions: Dimensions;
  skill_scores: SkillScore[];
  consistency: number;
  confidence: number;
  strengths: string[];
  weaknesses: string[];
  recommendations: string[];
  skill_gaps: SkillGap[];
  statistics: ReportStatistics;
  engine: string;
  version: string;
}
