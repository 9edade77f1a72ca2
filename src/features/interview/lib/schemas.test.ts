import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { lazySchema, sessionSchema } from './schemas';

describe('lazySchema', () => {
  it('builds its schema on the first parse only, and parses with it', () => {
    const build = vi.fn(() => z.object({ n: z.number() }));
    const schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    expect(schema.parse({ n: 1 })).toEqual({ n: 1 });
    expect(schema.safeParse({ n: 'one' }).success).toBe(false);
    expect(
      z
        .array(schema)
        .nullable()
        .parse([{ n: 2 }]),
    ).toEqual([{ n: 2 }]);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('reads an interview row as before (transforms, catches and defaults inside a lazy schema)', () => {
    const row = sessionSchema.parse({
      id: 'i',
      session_id: 's',
      title: 't',
      job_role: 'r',
      custom_role: null,
      company: null,
      interview_type: 'mixed',
      difficulty: 'easy',
      tech_stack: null,
      interaction_mode: 'video',
      status: 'completed',
      total_questions: 5,
      questions_answered: 5,
      resume_filename: null,
      job_description_filename: null,
      duration_seconds: null,
      score: '7.5',
      started_at: null,
      completed_at: null,
      created_at: '2026-12-06T00:00:00Z',
    });
    expect(row.tech_stack).toEqual([]);
    expect(row.interaction_mode).toBe('text');
    expect(row.score).toBe(7.5);
    expect(sessionSchema.safeParse({ ...row, status: 'unknown' }).success).toBe(false);
  });
});
