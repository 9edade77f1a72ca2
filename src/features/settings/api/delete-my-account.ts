import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/api-errors';
import { supabase } from '@/lib/supabase';

export const DELETE_CONFIRMATION = 'DELETE';
export const deleteAccountSchema = z.object({
  confirmation: z.literal(DELETE_CONFIRMATION, {
    errorMap: () => ({ message: 'settings:validation.deleteConfirmation' }),
  }),
});

/** Deletes the auth user and (by cascade) everything of theirs. */
export async function deleteMyAccount(input: { confirmation: string }): Promise<void> {
  const { confirmation } = deleteAccountSchema.parse(input);
  throwIfError(await supabase.rpc('delete_my_account', { p_confirm: confirmation }), "We couldn't delete your account. Please try again.");
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
