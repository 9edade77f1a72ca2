import i18next from 'i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { throwIfError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { profileKeys } from '@/lib/query-keys/profile';
import '../i18n';

export interface NotificationPreferences {
  report_ready: boolean;
  weekly_progress: boolean;
}

/** As the database reads it: the legacy boolean switches all, a missing key means on. */
export function notificationPreferencesOf(preferences: Record<string, unknown>): NotificationPreferences {
  const value = preferences.notifications;
  if (typeof value === 'boolean') return { report_ready: value, weekly_progress: value };
  const object = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return {
    report_ready: typeof object.report_ready === 'boolean' ? object.report_ready : true,
    weekly_progress: typeof object.weekly_progress === 'boolean' ? object.weekly_progress : true,
  };
}

const resultSchema = z.object({ report_ready: z.boolean(), weekly_progress: z.boolean() });

export async function setNotificationPreferences(next: NotificationPreferences): Promise<NotificationPreferences> {
  const result = throwIfError(
    await supabase.rpc('set_my_notification_preferences', { p_report_ready: next.report_ready, p_weekly_progress: next.weekly_progress }),
    i18next.t('settings:apiErrors.saveNotifications'),
  );
  return resultSchema.parse(result.data);
}

export function useSetNotificationPreferences(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['settings', 'notifications'],
    mutationFn: setNotificationPreferences,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: profileKeys.settings(userId) }),
  });
}
