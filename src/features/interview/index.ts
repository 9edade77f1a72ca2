// Public surface of the interview feature.
export { EvaluationDetails, ModelAnswerReveal, ScoreBadge } from './components/FeedbackPanel';
export { InterviewNotFound } from './components/InterviewNotFound';
export { TestResultsView } from './components/TestResultsView';
export { CodeEditor } from './components/CodeEditor';
export { StrongerAnswer } from './components/StrongerAnswer';
export { runTestsInWorker } from './lib/code-runner';
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
  testCasesSchema,
  type TestCase,
  type TestResults,
  STATUSES,
  type Evaluation,
  type InterviewQuestion,
  type InterviewResponse,
  type InterviewSession,
  type InterviewStatus,
} from './lib/schemas';
export { signedVoiceAnswerUrl, VOICE_ANSWER_LINK_SECONDS } from './api/upload-voice-answer';
