// Job-description coverage for the report: the skills the job description asks for (the same extraction that
// tailors the questions, _shared/tailoring) and which of them the candidate's answers actually showed.
import { requiredSkills } from '../tailoring/index.ts';
import { extractKeywords } from './keywords.ts';

export interface JobDescriptionCoverage {
  /** The job description's skills, most emphasised first (at most `limit`). */
  terms: string[];
  covered: string[];
  missed: string[];
}

export function jobDescriptionCoverage(
  jobDescription: string | null | undefined,
  answers: string[],
  vocabulary: Iterable<string>,
  limit = 12,
): JobDescriptionCoverage | null {
  const terms = requiredSkills(jobDescription, vocabulary, limit);
  if (!terms.length) return null;
  const shown = new Set(extractKeywords({ resume: answers.join('\n') }, terms).map((k) => k.term));
  return { terms, covered: terms.filter((t) => shown.has(t)), missed: terms.filter((t) => !shown.has(t)) };
}
