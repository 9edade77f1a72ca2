import { describe, expect, it, vi } from 'vitest';
import { fileProblem } from './upload-file';

vi.mock('@/lib/supabase', async () => (await import('@/test/supabase-mock')).createSupabaseModuleMock());

const rules = { kind: 'resume', types: { 'application/pdf': 'pdf' }, maxBytes: 4 } as const;

describe('fileProblem', () => {
  it('names a wrong type before a size, and accepts a file within the rules', () => {
    expect(fileProblem(new File(['too long'], 'a.gif', { type: 'image/gif' }), rules)).toBe('resume_type');
    expect(fileProblem(new File(['12345'], 'a.pdf', { type: 'application/pdf' }), rules)).toBe('resume_too_large');
    expect(fileProblem(new File(['1234'], 'a.pdf', { type: 'application/pdf' }), rules)).toBeNull();
  });
});
