import i18next from 'i18next';
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { fromFunctionError, UserFacingError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import '../i18n';

const responseSchema = z.object({ url: z.string().url() });

/** A Stripe Customer Portal URL (cancel, change plan, update card, invoices). */
export async function openBillingPortal(): Promise<string> {
  const returnUrl = `${window.location.origin}/app/billing`;
  let { data, error } = await supabase.functions.invoke('billing-portal', { body: { return_url: returnUrl } });
  if (error) {
    const mapped = await fromFunctionError(error, i18next.t('billing:apiErrors.openPortal'));
    if (mapped.code !== 'invalid_return_url') throw mapped;
    ({ data, error } = await supabase.functions.invoke('billing-portal', { body: {} }));
    if (error) throw await fromFunctionError(error, i18next.t('billing:apiErrors.openPortal'));
  }
  const parsed = responseSchema.safeParse(data);
  if (!parsed.success) throw new UserFacingError(i18next.t('billing:apiErrors.unexpectedReply'));
  return parsed.data.url;
}

export function useOpenBillingPortal() {
  return useMutation({
    mutationKey: ['billing', 'portal'],
    mutationFn: openBillingPortal,
    onSuccess: (url) => window.location.assign(url),
  });
}
