import i18next from 'i18next';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { removeOwnFiles } from '@/lib/user-files';
import '../i18n';

export const DELETE_CONFIRMATION = 'DELETE';
export const deleteAccountSchema = z.object({
  confirmation: z.literal(DELETE_CONFIRMATION, {
    errorMap: () => ({ message: 'settings:validation.deleteConfirmation' }),
  }),
});

/**
 * Removes the user's files through Storage (rows and files; Storage refuses deleting its rows in SQL),
 * then deletes the auth user and (by cascade) everything else of theirs.
 */
export async function deleteMyAccount(input: { confirmation: string }): Promise<void> {
  const { confirmation } = deleteAccountSchema.parse(input);
  const { data: auth } = await supabase.auth.getUser();
  if (auth.user) {
    try {
      await removeOwnFiles(supabase, auth.user.id);
    } catch (cause) {
      throw new UserFacingError(i18next.t('settings:apiErrors.deleteFiles'), { code: 'files_not_deleted', cause });
    }
  }
  throwIfError(await supabase.rpc('delete_my_account', { p_confirm: confirmation }), i18next.t('settings:apiErrors.deleteAccount'));
}

/**
 * The server-side session went with the user; forget the local copy (SIGNED_OUT clears the query cache).
 * Called by the page after it has navigated away, so protected routes don't bounce to sign-in first.
 */
export async function forgetDeletedSession(): Promise<void> {
  await supabase.auth.signOut({ scope: 'local' });
}

export function useDeleteMyAccount() {
  return useMutation({ mutationKey: ['settings', 'delete-account'], mutationFn: deleteMyAccount });
}
