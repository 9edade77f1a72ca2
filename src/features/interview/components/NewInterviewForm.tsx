import { useId, useRef, useState, type FormEvent } from 'react';
import { Trans } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { TextField } from '@/components/TextField';
import { toUserMessage, UserFacingError } from '@/lib/errors';
import { issueText } from '@/lib/use-zod-form';
import { useT } from '../i18n';
import { MAX_JOB_DESCRIPTION_CHARS, MAX_RESUME_CHARS, type CreateInterviewInput } from '../api/create-interview';
import type { PlanUsage } from '@/lib/plan-usage';
import type { ParsedDocument } from '../lib/parse-document';
import { DIFFICULTIES, INTERVIEW_TYPES, label, lazySchema, type Difficulty, type InterviewType } from '../lib/schemas';
import { getRecognitionConstructor } from '../lib/speech';
import { useMyUserId } from '@/features/auth';
import { downloadSavedResume, useSavedResume } from '../api/saved-resume';
import { DocumentUpload } from './DocumentUpload';
import { TagInput } from './TagInput';
import { z } from 'zod';
import { routes } from '@/lib/routes';

export const ROLE_PRESETS = [
  'Frontend Developer',
  'Backend Developer',
  'Full-Stack Developer',
  'Software Engineer',
  'Mobile Developer',
  'DevOps Engineer',
  'Data Engineer',
  'Data Scientist',
  'QA Engineer',
  'Product Manager',
  'Engineering Manager',
] as const;
const CUSTOM = '__custom__';

const STACK_SUGGESTIONS: Record<string, string[]> = {
  'Frontend Developer': ['JavaScript', 'TypeScript', 'React', 'CSS', 'Accessibility'],
  'Backend Developer': ['Node.js', 'PostgreSQL', 'REST APIs', 'Caching', 'Docker'],
  'Full-Stack Developer': ['TypeScript', 'React', 'Node.js', 'PostgreSQL', 'REST APIs'],
  'Software Engineer': ['JavaScript', 'Algorithms', 'Data Structures', 'SQL', 'Testing'],
  'Mobile Developer': ['React Native', 'iOS', 'Android', 'TypeScript'],
  'DevOps Engineer': ['Docker', 'Kubernetes', 'CI/CD', 'Linux', 'Observability'],
  'Data Engineer': ['Python', 'SQL', 'Data Pipelines', 'Data Modeling'],
  'Data Scientist': ['Python', 'Statistics', 'Machine Learning', 'SQL'],
};

export type FeedbackTiming = 'immediate' | 'deferred';

export type NewInterviewValues = CreateInterviewInput & { feedbackTiming: FeedbackTiming };

// Built on the first submit, not while the page starts.
const formSchema = lazySchema(() =>
  z
    .object({
      rolePreset: z.string().min(1, 'interview:newForm.validation.role'),
      customRole: z.string().trim().max(120, 'interview:newForm.validation.customRoleTooLong'),
      company: z.string().trim().max(120, 'interview:newForm.validation.companyTooLong'),
      totalQuestions: z.coerce
        .number()
        .int()
        .min(1, 'interview:newForm.validation.tooFewQuestions')
        .max(20, 'interview:newForm.validation.tooManyQuestions'),
    })
    .superRefine((value, ctx) => {
      if (value.rolePreset === CUSTOM && value.customRole.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['customRole'], message: 'interview:newForm.validation.customRoleRequired' });
      }
    }),
);

type FormProps = {
  planUsage: Pick<PlanUsage, 'features' | 'interviews_limit' | 'interviews_remaining' | 'bonus_interviews'> | undefined;
  onSubmit: (values: NewInterviewValues) => void;
  isSubmitting: boolean;
  submitLabel: string;
  error: unknown;
};

export function NewInterviewForm({ planUsage, onSubmit, isSubmitting, submitLabel, error }: FormProps) {
  const { t } = useT();
  const savedResume = useSavedResume(useMyUserId()).data ?? null;
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [rolePreset, setRolePreset] = useState<string>(ROLE_PRESETS[0]);
  const [customRole, setCustomRole] = useState('');
  const [company, setCompany] = useState('');
  const [interviewType, setInterviewType] = useState<InterviewType>('mixed');
  const [difficulty, setDifficulty] = useState<Difficulty>('medium');
  const [techStack, setTechStack] = useState<string[]>([]);
  const [totalQuestions, setTotalQuestions] = useState('5');
  const [mode, setMode] = useState<'text' | 'speech'>('text');
  const [feedbackTiming, setFeedbackTiming] = useState<FeedbackTiming>('immediate');
  const [resume, setResume] = useState<ParsedDocument | null>(null);
  const [jobDescription, setJobDescription] = useState<ParsedDocument | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<'rolePreset' | 'customRole' | 'company' | 'totalQuestions', string>>>({});

  const voiceAllowed = planUsage?.features.voice === true;
  const speechSupported = getRecognitionConstructor() !== null;
  const quotaReached = planUsage?.interviews_remaining === 0 && (planUsage.bonus_interviews ?? 0) === 0;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = formSchema.safeParse({ rolePreset, customRole, company, totalQuestions });
    if (!parsed.success) {
      const errors: typeof fieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as keyof typeof fieldErrors;
        if (!errors[key]) errors[key] = issueText(issue);
      }
      setFieldErrors(errors);
      const first = (['rolePreset', 'customRole', 'company', 'totalQuestions'] as const).find((key) => errors[key]);
      if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setFieldErrors({});
    const isCustom = rolePreset === CUSTOM;
    onSubmit({
      jobRole: isCustom ? parsed.data.customRole : rolePreset,
      customRole: isCustom ? parsed.data.customRole : null,
      company: parsed.data.company || null,
      interviewType,
      difficulty,
      techStack,
      totalQuestions: parsed.data.totalQuestions,
      interactionMode: mode,
      resume: resume ? { fileName: resume.fileName || 'pasted-resume.txt', text: resume.text } : null,
      jobDescription: jobDescription ? { fileName: jobDescription.fileName || null, text: jobDescription.text } : null,
      feedbackTiming,
    });
  };

  const serverError = error ? toUserMessage(error) : null;
  const errorCode = error instanceof UserFacingError ? error.code : undefined;
  const needsUpgrade = errorCode === 'quota_exceeded' || errorCode === 'plan_feature';

  return (
    <form
      ref={formRef}
      className="form interview-form"
      onSubmit={handleSubmit}
      noValidate
      aria-describedby={quotaReached ? `${id}-quota` : undefined}
    >
      {quotaReached ? (
        <p id={`${id}-quota`} className="note note--warning">
          <Trans
            t={t}
            i18nKey="newForm.quotaReached"
            values={{ count: planUsage?.interviews_limit ?? 0 }}
            components={{ a: <Link to={routes.pricing} /> }}
          />
        </p>
      ) : null}

      <section className="card form-section" aria-labelledby={`${id}-role`}>
        <h2 id={`${id}-role`} className="form-section__title">
          {t('newForm.role.title')}
        </h2>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-preset`}>
            {t('newForm.role.jobRole')}
          </label>
          <select
            id={`${id}-preset`}
            name="rolePreset"
            className="field__input"
            value={rolePreset}
            onChange={(event) => setRolePreset(event.target.value)}
          >
            {ROLE_PRESETS.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
            <option value={CUSTOM}>{t('newForm.role.other')}</option>
          </select>
        </div>
        {rolePreset === CUSTOM ? (
          <TextField
            label={t('newForm.role.yourRole')}
            name="customRole"
            value={customRole}
            onChange={(event) => setCustomRole(event.target.value)}
            error={fieldErrors.customRole}
            maxLength={120}
            required
            placeholder={t('newForm.role.yourRolePlaceholder')}
          />
        ) : null}
        <TextField
          label={t('newForm.role.company')}
          name="company"
          value={company}
          onChange={(event) => setCompany(event.target.value)}
          error={fieldErrors.company}
          maxLength={120}
          placeholder={t('newForm.role.companyPlaceholder')}
        />
        <TagInput
          label={t('newForm.role.techStack')}
          tags={techStack}
          onChange={setTechStack}
          suggestions={STACK_SUGGESTIONS[rolePreset] ?? []}
          hint={t('newForm.role.techStackHint')}
        />
      </section>

      <section className="card form-section" aria-labelledby={`${id}-format`}>
        <h2 id={`${id}-format`} className="form-section__title">
          {t('newForm.format.title')}
        </h2>
        <fieldset className="choice-group">
          <legend className="field__label">{t('newForm.format.type')}</legend>
          <div className="choices">
            {INTERVIEW_TYPES.map((type) => (
              <label key={type} className="choice">
                <input
                  type="radio"
                  name="interviewType"
                  value={type}
                  checked={interviewType === type}
                  onChange={() => setInterviewType(type)}
                />
                <span>
                  <strong>{label(type)}</strong>
                  <span className="choice__hint">{t(`newForm.format.typeHelp.${type}`)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="choice-group">
          <legend className="field__label">{t('newForm.format.difficulty')}</legend>
          <div className="choices choices--inline">
            {DIFFICULTIES.map((level) => (
              <label key={level} className="choice choice--compact">
                <input type="radio" name="difficulty" value={level} checked={difficulty === level} onChange={() => setDifficulty(level)} />
                <span>{label(level)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-count`}>
            {t('newForm.format.count')}
          </label>
          <select
            id={`${id}-count`}
            name="totalQuestions"
            className="field__input field__input--short"
            value={totalQuestions}
            onChange={(event) => setTotalQuestions(event.target.value)}
            aria-invalid={fieldErrors.totalQuestions ? true : undefined}
          >
            {[3, 5, 8, 10, 15].map((n) => (
              <option key={n} value={n}>
                {t('newForm.format.countOption', { count: n, minutes: n * 5 })}
              </option>
            ))}
          </select>
          {fieldErrors.totalQuestions ? <p className="field__error">{fieldErrors.totalQuestions}</p> : null}
        </div>
        <fieldset className="choice-group">
          <legend className="field__label">{t('newForm.format.answerBy')}</legend>
          <div className="choices choices--inline">
            <label className="choice choice--compact">
              <input type="radio" name="mode" value="text" checked={mode === 'text'} onChange={() => setMode('text')} />
              <span>{t('newForm.format.typing')}</span>
            </label>
            <label className="choice choice--compact">
              <input
                type="radio"
                name="mode"
                value="speech"
                checked={mode === 'speech'}
                onChange={() => setMode('speech')}
                disabled={!voiceAllowed}
                aria-describedby={`${id}-voice-note`}
              />
              <span>{voiceAllowed ? t('newForm.format.voice') : t('newForm.format.voicePro')}</span>
            </label>
          </div>
          <p id={`${id}-voice-note`} className="field__hint">
            {!voiceAllowed ? (
              <Trans t={t} i18nKey="newForm.format.voiceIsPro" components={{ a: <Link to={routes.pricing} /> }} />
            ) : !speechSupported ? (
              t('newForm.format.noSpeechRecognition')
            ) : (
              t('newForm.format.voiceHelp')
            )}
          </p>
        </fieldset>
        <fieldset className="choice-group">
          <legend className="field__label">{t('newForm.format.feedback')}</legend>
          <div className="choices choices--inline">
            <label className="choice choice--compact">
              <input
                type="radio"
                name="feedbackTiming"
                checked={feedbackTiming === 'immediate'}
                onChange={() => setFeedbackTiming('immediate')}
              />
              <span>{t('newForm.format.feedbackImmediate')}</span>
            </label>
            <label className="choice choice--compact">
              <input
                type="radio"
                name="feedbackTiming"
                checked={feedbackTiming === 'deferred'}
                onChange={() => setFeedbackTiming('deferred')}
              />
              <span>{t('newForm.format.feedbackDeferred')}</span>
            </label>
          </div>
        </fieldset>
      </section>

      <section className="card form-section" aria-labelledby={`${id}-docs`}>
        <h2 id={`${id}-docs`} className="form-section__title">
          {t('newForm.documents.title')}
        </h2>
        <DocumentUpload
          kind="resume"
          label={t('newForm.documents.resume')}
          description={t('newForm.documents.resumeHelp')}
          maxChars={MAX_RESUME_CHARS}
          value={resume}
          onChange={setResume}
          allowPaste
          saved={
            savedResume
              ? {
                  label: t('savedResume.use', { name: savedResume.filename }),
                  load: () => downloadSavedResume(savedResume),
                  loadError: t('savedResume.unavailable'),
                }
              : undefined
          }
        />
        <DocumentUpload
          kind="jobDescription"
          label={t('newForm.documents.jobDescription')}
          description={t('newForm.documents.jobDescriptionHelp')}
          maxChars={MAX_JOB_DESCRIPTION_CHARS}
          value={jobDescription}
          onChange={setJobDescription}
          allowPaste
        />
      </section>

      <FormError
        message={serverError}
        details={error instanceof UserFacingError ? error.details : undefined}
        title={needsUpgrade ? t('newForm.upgradeNeeded') : undefined}
      />
      {needsUpgrade ? (
        <p>
          <Link to={routes.pricing} className="btn btn--secondary btn--md">
            {t('newForm.seePlans')}
          </Link>
        </p>
      ) : null}
      <div className="form__actions">
        <Button type="submit" size="lg" isLoading={isSubmitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
