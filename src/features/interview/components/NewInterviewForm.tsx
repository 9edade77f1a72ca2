import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { TextField } from '@/components/TextField';
import { toUserMessage, UserFacingError } from '@/lib/errors';
import { MAX_JOB_DESCRIPTION_CHARS, MAX_RESUME_CHARS, type CreateInterviewInput } from '../api/create-interview';
import type { PlanUsage } from '@/lib/plan-usage';
import type { ParsedDocument } from '../lib/parse-document';
import { DIFFICULTIES, INTERVIEW_TYPES, label, type Difficulty, type InterviewType } from '../lib/schemas';
import { getRecognitionConstructor } from '../lib/speech';
import { DocumentUpload } from './DocumentUpload';
import { TagInput } from './TagInput';
import { z } from 'zod';

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

const TYPE_HELP: Record<InterviewType, string> = {
  mixed: 'A realistic loop: technical, behavioral, coding and design.',
  technical: 'Concepts and trade-offs of your stack.',
  behavioral: 'STAR stories about teamwork, conflict and impact.',
  coding: 'Write JavaScript functions and run the tests.',
  system_design: 'Design a system end to end and defend the trade-offs.',
};

export type FeedbackTiming = 'immediate' | 'deferred';

export type NewInterviewValues = CreateInterviewInput & { feedbackTiming: FeedbackTiming };

const formSchema = z
  .object({
    rolePreset: z.string().min(1, 'Choose a job role.'),
    customRole: z.string().trim().max(120, 'Keep the role under 120 characters.'),
    company: z.string().trim().max(120, 'Keep the company name under 120 characters.'),
    totalQuestions: z.coerce.number().int().min(1, 'Ask for at least 1 question.').max(20, 'At most 20 questions per interview.'),
  })
  .superRefine((value, ctx) => {
    if (value.rolePreset === CUSTOM && value.customRole.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['customRole'], message: 'Type the role you are interviewing for.' });
    }
  });

type FormProps = {
  planUsage: Pick<PlanUsage, 'features' | 'interviews_limit' | 'interviews_remaining' | 'bonus_interviews'> | undefined;
  onSubmit: (values: NewInterviewValues) => void;
  isSubmitting: boolean;
  submitLabel: string;
  error: unknown;
};

export function NewInterviewForm({ planUsage, onSubmit, isSubmitting, submitLabel, error }: FormProps) {
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
        if (!errors[key]) errors[key] = issue.message;
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
          You have used all {planUsage?.interviews_limit} free interviews this month. <Link to="/pricing">Upgrade to Pro</Link> for
          unlimited interviews.
        </p>
      ) : null}

      <section className="card form-section" aria-labelledby={`${id}-role`}>
        <h2 id={`${id}-role`} className="form-section__title">
          The role
        </h2>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-preset`}>
            Job role
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
            <option value={CUSTOM}>Other (type your own)…</option>
          </select>
        </div>
        {rolePreset === CUSTOM ? (
          <TextField
            label="Your role"
            name="customRole"
            value={customRole}
            onChange={(event) => setCustomRole(event.target.value)}
            error={fieldErrors.customRole}
            maxLength={120}
            required
            placeholder="e.g. Site Reliability Engineer"
          />
        ) : null}
        <TextField
          label="Company (optional)"
          name="company"
          value={company}
          onChange={(event) => setCompany(event.target.value)}
          error={fieldErrors.company}
          maxLength={120}
          placeholder="e.g. Acme Corp"
        />
        <TagInput
          label="Tech stack (optional)"
          tags={techStack}
          onChange={setTechStack}
          suggestions={STACK_SUGGESTIONS[rolePreset] ?? []}
          hint="Technologies the interview should focus on. Press Enter or comma to add."
        />
      </section>

      <section className="card form-section" aria-labelledby={`${id}-format`}>
        <h2 id={`${id}-format`} className="form-section__title">
          The interview
        </h2>
        <fieldset className="choice-group">
          <legend className="field__label">Interview type</legend>
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
                  <span className="choice__hint">{TYPE_HELP[type]}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="choice-group">
          <legend className="field__label">Difficulty</legend>
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
            Number of questions
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
                {n} questions (~{n * 5} min)
              </option>
            ))}
          </select>
          {fieldErrors.totalQuestions ? <p className="field__error">{fieldErrors.totalQuestions}</p> : null}
        </div>
        <fieldset className="choice-group">
          <legend className="field__label">Answer by</legend>
          <div className="choices choices--inline">
            <label className="choice choice--compact">
              <input type="radio" name="mode" value="text" checked={mode === 'text'} onChange={() => setMode('text')} />
              <span>Typing</span>
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
              <span>Voice {voiceAllowed ? '' : '(Pro)'}</span>
            </label>
          </div>
          <p id={`${id}-voice-note`} className="field__hint">
            {!voiceAllowed ? (
              <>
                Voice answers are part of Pro. <Link to="/pricing">See plans</Link>.
              </>
            ) : !speechSupported ? (
              "Your browser doesn't support speech recognition, so voice mode will read questions aloud and you'll type answers."
            ) : (
              'Questions are read aloud and your answer is transcribed live; you can edit it before submitting.'
            )}
          </p>
        </fieldset>
        <fieldset className="choice-group">
          <legend className="field__label">Feedback</legend>
          <div className="choices choices--inline">
            <label className="choice choice--compact">
              <input
                type="radio"
                name="feedbackTiming"
                checked={feedbackTiming === 'immediate'}
                onChange={() => setFeedbackTiming('immediate')}
              />
              <span>After each answer</span>
            </label>
            <label className="choice choice--compact">
              <input
                type="radio"
                name="feedbackTiming"
                checked={feedbackTiming === 'deferred'}
                onChange={() => setFeedbackTiming('deferred')}
              />
              <span>All at the end, in the report</span>
            </label>
          </div>
        </fieldset>
      </section>

      <section className="card form-section" aria-labelledby={`${id}-docs`}>
        <h2 id={`${id}-docs`} className="form-section__title">
          Tailor it (optional)
        </h2>
        <DocumentUpload
          label="Resume"
          description="PDF, DOCX or TXT up to 5 MB. It's read in your browser; only the text and file name are saved, to tailor questions to your experience."
          maxChars={MAX_RESUME_CHARS}
          value={resume}
          onChange={setResume}
          allowPaste
        />
        <DocumentUpload
          label="Job description"
          description="Upload the posting (PDF, DOCX or TXT up to 5 MB) or paste it, so questions match what the role asks for."
          maxChars={MAX_JOB_DESCRIPTION_CHARS}
          value={jobDescription}
          onChange={setJobDescription}
          allowPaste
        />
      </section>

      <FormError
        message={serverError}
        details={error instanceof UserFacingError ? error.details : undefined}
        title={needsUpgrade ? 'Upgrade needed' : undefined}
      />
      {needsUpgrade ? (
        <p>
          <Link to="/pricing" className="btn btn--secondary btn--md">
            See Pro plans
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
