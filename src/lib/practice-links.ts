import { routes } from './routes';
/** The question bank's categories (question_bank.category check constraint). */
export const QUESTION_CATEGORIES = ['frontend', 'backend', 'fullstack', 'data', 'devops', 'mobile', 'product', 'general'] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];

const isCategory = (value: string): value is QuestionCategory => (QUESTION_CATEGORIES as readonly string[]).includes(value);

/**
 * The practice library filtered for a skill named in a report or skill gap. Questions without skills are
 * reported under their category ("general", "backend"…), so those names open the category instead.
 */
export function practiceUrlForSkill(skill: string): string {
  const lower = skill.trim().toLowerCase();
  return isCategory(lower)
    ? `${routes.app.practice}?category=${lower}`
    : `${routes.app.practice}?skill=${encodeURIComponent(skill.trim())}`;
}

/** One bank question, to answer in practice. */
export const practiceUrlForQuestion = (bankQuestionId: string) => routes.app.practiceQuestion(bankQuestionId);
