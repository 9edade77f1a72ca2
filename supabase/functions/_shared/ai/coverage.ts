// Job-description coverage for the report: the skills the job description asks for (bank vocabulary and
// aliases, as in keywords.ts) and which of them the candidate's answers actually showed.
import { extractKeywords, SKILL_ALIASES } from './keywords.ts';

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
  if (!jobDescription?.trim()) return null;
  const terms = extractKeywords({ jobDescription }, new Set([...vocabulary, ...Object.keys(SKILL_ALIASES)])).slice(0, limit).map((k) =>
    k.term
  );
  if (!terms.length) return null;
  const shown = new Set(extractKeywords({ resume: answers.join('\n') }, terms).map((k) => k.term));
  return { terms, covered: terms.filter((t) => shown.has(t)), missed: terms.filter((t) => !shown.has(t)) };
}
