/** The practice library: bank questions, their revealed answers and the user's attempts at each. */
export const practiceKeys = {
  all: ['practice'] as const,
  questions: <Filters extends object>(filters: Filters) => [...practiceKeys.all, 'questions', filters] as const,
  question: (bankQuestionId: string) => [...practiceKeys.all, 'question', bankQuestionId] as const,
  reveal: (bankQuestionId: string) => [...practiceKeys.all, 'reveal', bankQuestionId] as const,
  attemptsAll: (bankQuestionId: string) => [...practiceKeys.all, 'attempts', bankQuestionId] as const,
  attempts: (bankQuestionId: string, userId: string) => [...practiceKeys.attemptsAll(bankQuestionId), userId] as const,
};
