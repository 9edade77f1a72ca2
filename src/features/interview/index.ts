// Public surface of the interview feature.
export { EvaluationDetails, ModelAnswerReveal, ScoreBadge } from './components/FeedbackPanel';
export { InterviewNotFound } from './components/InterviewNotFound';
export { TestResultsView } from './components/TestResultsView';
export { pointsToImprove } from './components/feedback-points';
export {
  evaluationOf,
  evaluationSchema,
  label,
  QUESTION_COLUMNS,
  questionSchema,
  RESPONSE_COLUMNS,
  responseSchema,
  SESSION_COLUMNS,
  sessionSchema,
  STATUSES,
  type Evaluation,
  type InterviewQuestion,
  type InterviewResponse,
  type InterviewSession,
  type InterviewStatus,
} from './lib/schemas';
