import type { RoomState } from './room-machine';
import type { InterviewQuestion } from './schemas';

export const hasAnswer = (state: RoomState) => state.draft.text.trim() !== '' || state.draft.code.trim() !== '';

/** A coding question the browser can run tests for (it names the function to call). */
export const isCoding = (question: InterviewQuestion | undefined) =>
  question?.question_type === 'coding' && Boolean(question.function_name);
