import { UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';

type UploadOptions = NonNullable<Parameters<ReturnType<typeof supabase.storage.from>['upload']>[2]>;

/** What a bucket accepts (its allowed_mime_types, mapped to file extensions, and file_size_limit). */
export type FileRules<Kind extends string> = { kind: Kind; types: Record<string, string>; maxBytes: number };

export type FileProblem<Kind extends string> = `${Kind}_type` | `${Kind}_too_large`;

/** Checked before uploading, so the person hears why at once (Storage refuses the same with 415/413). */
export function fileProblem<Kind extends string>(file: File, rules: FileRules<Kind>): FileProblem<Kind> | null {
  if (!rules.types[file.type]) return `${rules.kind}_type`;
  if (file.size > rules.maxBytes) return `${rules.kind}_too_large`;
  return null;
}

/**
 * Checks `file` against the bucket's rules, then stores it at `path`. Fails with a UserFacingError whose
 * code names the problem: `<kind>_type`, `<kind>_too_large` or `<kind>_upload_failed`.
 */
export async function uploadCheckedFile<Kind extends string>(
  bucketName: string,
  path: string,
  file: File,
  rules: FileRules<Kind>,
  options: UploadOptions,
): Promise<void> {
  const problem = fileProblem(file, rules);
  if (problem) throw new UserFacingError(problem, { code: problem });
  const uploaded = await supabase.storage.from(bucketName).upload(path, file, { contentType: file.type, ...options });
  if (uploaded.error) {
    const status = (uploaded.error as { status?: number }).status;
    const code = status === 413 ? `${rules.kind}_too_large` : status === 415 ? `${rules.kind}_type` : `${rules.kind}_upload_failed`;
    throw new UserFacingError(code, { code, cause: uploaded.error });
  }
}
