import { z } from 'zod';

/** statistics.job_description_coverage of a report (complete-interview): the JD's skills the answers showed. */
const coverageSchema = z.object({
  terms: z.array(z.string()),
  covered: z.array(z.string()),
  missed: z.array(z.string()),
});
export type JobDescriptionCoverage = z.infer<typeof coverageSchema>;

export function jobDescriptionCoverageOf(statistics: Record<string, unknown> | null | undefined): JobDescriptionCoverage | null {
  const parsed = coverageSchema.safeParse(statistics?.job_description_coverage);
  return parsed.success && parsed.data.terms.length > 0 ? parsed.data : null;
}
