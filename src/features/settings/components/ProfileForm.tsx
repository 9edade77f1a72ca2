import { useMemo, useState } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { SelectField } from '@/components/SelectField';
import { TextAreaField } from '@/components/TextAreaField';
import { TextField } from '@/components/TextField';
import { toUserMessage, UserFacingError } from '@/lib/errors';
import { LANGUAGE_NAMES, setLanguage, SUPPORTED_LANGUAGES, toSupportedLanguage } from '@/lib/i18n';
import { useZodForm } from '@/lib/use-zod-form';
import type { MySettings } from '../api/get-my-settings';
import { profileFormSchema, useUpdateProfile, type ProfileUpdate } from '../api/update-profile';
import { setAppTheme } from '../lib/theme';
import { useT } from '../i18n';

// Only languages the UI is translated into: choosing one changes every screen at once.
export const LANGUAGES = SUPPORTED_LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }));

const FALLBACK_ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'Australia/Sydney',
];

function timeZones(current: string): string[] {
  let zones: string[] = FALLBACK_ZONES;
  try {
    const supported = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone');
    if (supported && supported.length > 0) zones = ['UTC', ...supported.filter((z) => z !== 'UTC')];
  } catch {
    // old browser: fallback list
  }
  return zones.includes(current) ? zones : [current, ...zones];
}

export function toFormValues(settings: MySettings) {
  return {
    fullName: settings.full_name ?? '',
    username: settings.username,
    bio: settings.bio ?? '',
    skills: settings.skills.join(', '),
    experienceLevel: settings.experience_level ?? '',
    avatarUrl: settings.avatar_url ?? '',
    location: settings.location ?? '',
    website: settings.website ?? '',
    theme: settings.preferences.theme,
    language: settings.preferences.language,
    timezone: settings.preferences.timezone,
  };
}

/** Profile and preferences (one save). Theme applies app-wide on save. */
export function ProfileForm({ settings }: { settings: MySettings }) {
  const { t } = useT();
  const initial = useMemo(() => toFormValues(settings), [settings]);
  const form = useZodForm(profileFormSchema, initial);
  const mutation = useUpdateProfile();
  const [saved, setSaved] = useState(false);
  const zones = useMemo(() => timeZones(form.values.timezone), [form.values.timezone]);
  const languages = LANGUAGES.some((l) => l.value === form.values.language)
    ? LANGUAGES
    : [{ value: form.values.language, label: form.values.language }, ...LANGUAGES];

  const onSubmit = form.handleSubmit((values: ProfileUpdate) => {
    setSaved(false);
    mutation.mutate(
      { userId: settings.id, values, previousPreferences: settings.preferences },
      {
        onSuccess: (row) => {
          setSaved(true);
          setAppTheme(row.preferences.theme);
          const language = toSupportedLanguage(row.preferences.language);
          if (language) void setLanguage(language);
        },
      },
    );
  });

  const change = (name: keyof typeof initial) => (event: { target: { value: string } }) => {
    setSaved(false);
    form.setValue(name, event.target.value);
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="profile-title">
      <h2 id="profile-title">{t('profile.title')}</h2>
      <FormError
        message={mutation.error ? toUserMessage(mutation.error) : null}
        details={mutation.error instanceof UserFacingError ? mutation.error.details : undefined}
      />
      <div className="grid-2">
        <TextField label={t('profile.name')} autoComplete="name" {...form.register('fullName')} />
        <TextField
          label={t('profile.username')}
          autoComplete="username"
          required
          hint={t('profile.usernameHint')}
          {...form.register('username')}
        />
      </div>
      <TextAreaField
        label={t('profile.bio')}
        name="bio"
        rows={4}
        value={form.values.bio}
        error={form.errors.bio}
        hint={t('profile.bioHint')}
        onChange={change('bio')}
      />
      <TextField label={t('profile.skills')} hint={t('profile.skillsHint')} {...form.register('skills')} />
      <div className="grid-2">
        <SelectField
          label={t('profile.experience')}
          name="experienceLevel"
          value={form.values.experienceLevel}
          error={form.errors.experienceLevel}
          onChange={change('experienceLevel')}
          options={[
            { value: '', label: t('profile.experienceLevels.none') },
            { value: 'junior', label: t('profile.experienceLevels.junior') },
            { value: 'mid', label: t('profile.experienceLevels.mid') },
            { value: 'senior', label: t('profile.experienceLevels.senior') },
          ]}
        />
        <TextField label={t('profile.location')} autoComplete="address-level2" {...form.register('location')} />
      </div>
      <div className="grid-2">
        <TextField label={t('profile.avatarUrl')} type="url" inputMode="url" placeholder="https://…" {...form.register('avatarUrl')} />
        <TextField
          label={t('profile.website')}
          type="url"
          inputMode="url"
          autoComplete="url"
          placeholder="https://…"
          {...form.register('website')}
        />
      </div>

      <h2 id="preferences-title" className="form__subtitle">
        {t('preferences.title')}
      </h2>
      <div className="grid-3">
        <SelectField
          label={t('preferences.theme')}
          name="theme"
          value={form.values.theme}
          error={form.errors.theme}
          onChange={change('theme')}
          options={[
            { value: 'system', label: t('common:theme.system') },
            { value: 'light', label: t('common:theme.light') },
            { value: 'dark', label: t('common:theme.dark') },
          ]}
        />
        <SelectField
          label={t('preferences.language')}
          name="language"
          value={form.values.language}
          error={form.errors.language}
          onChange={change('language')}
          options={languages}
        />
        <SelectField
          label={t('preferences.timezone')}
          name="timezone"
          value={form.values.timezone}
          error={form.errors.timezone}
          onChange={change('timezone')}
          options={zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))}
        />
      </div>
      <div className="form__actions">
        <Button type="submit" isLoading={mutation.isPending}>
          {t('preferences.save')}
        </Button>
        <span role="status" aria-live="polite" className="form__status">
          {saved ? t('preferences.saved') : ''}
        </span>
      </div>
    </form>
  );
}
