import { useMemo, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { SelectField } from '@/components/SelectField';
import { TextAreaField } from '@/components/TextAreaField';
import { TextField } from '@/components/TextField';
import type { FullQuestion } from '../api/get-question';
import { questionFormSchema, type QuestionFormInput, type QuestionFormOutput } from '../api/save-question';
import { label } from '@/features/interview';
import { QUESTION_CATEGORIES } from '@/lib/practice-links';
import { issueText } from '@/lib/use-zod-form';
import { useT } from '../i18n';

type Form = Omit<QuestionFormInput, 'variants' | 'testCases' | 'criteria'> & {
  variants: { question: string; difficulty: '' | 'easy' | 'medium' | 'hard' }[];
  testCases: { input: string; expectedOutput: string; description: string }[];
  criteria: { criterion: string; weight: string; description: string }[];
};

const asArray = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => Boolean(x) && typeof x === 'object') : [];
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function toEditorForm(q?: FullQuestion): Form {
  return {
    question: q?.question ?? '',
    type: (q?.type ?? 'technical') as Form['type'],
    category: (q?.category ?? 'general') as Form['category'],
    difficulty: (q?.difficulty ?? 'medium') as Form['difficulty'],
    timeLimitSeconds: q?.time_limit_seconds ? String(q.time_limit_seconds) : '',
    roles: (q?.roles ?? []).join(', '),
    techStack: (q?.tech_stack ?? []).join(', '),
    skills: (q?.skills ?? []).join(', '),
    tags: (q?.tags ?? []).join(', '),
    expectedAnswer: q?.expected_answer ?? '',
    keyPoints: (q?.key_points ?? []).join('\n'),
    sampleCode: q?.sample_code ?? '',
    starterCode: q?.starter_code ?? '',
    functionName: q?.function_name ?? '',
    variants: asArray(q?.variants).map((v) => ({
      question: str(v.question),
      difficulty: (['easy', 'medium', 'hard'].includes(str(v.difficulty))
        ? str(v.difficulty)
        : '') as Form['variants'][number]['difficulty'],
    })),
    testCases: asArray(q?.test_cases).map((t) => ({
      input: JSON.stringify(t.input ?? null),
      expectedOutput: JSON.stringify(t.expectedOutput ?? null),
      description: str(t.description),
    })),
    criteria: asArray(q?.evaluation_criteria).map((c) => ({
      criterion: str(c.criterion),
      weight: String(c.weight ?? ''),
      description: str(c.description),
    })),
    isActive: q?.is_active ?? true,
  };
}

const TYPES = ['technical', 'behavioral', 'coding', 'system_design'];
const DIFFICULTIES = ['easy', 'medium', 'hard'];
const options = (values: readonly string[]) => values.map((value) => ({ value, label: label(value) }));

type Props = {
  initial?: FullQuestion | undefined;
  isSaving: boolean;
  serverError?: string | null | undefined;
  onSave: (values: QuestionFormOutput) => void;
};

/** Create/edit a bank question: variants, key points, test cases, weighted criteria (sum to 100), tags. */
export function QuestionEditor({ initial, isSaving, serverError, onSave }: Props) {
  const { t } = useT();
  const [form, setForm] = useState<Form>(() => toEditorForm(initial));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key: keyof Form) => (e: { target: { value: string } }) => set(key, e.target.value as never);
  const updateItem = <K extends 'variants' | 'testCases' | 'criteria'>(key: K, index: number, patch: Partial<Form[K][number]>) =>
    setForm((f) => ({ ...f, [key]: (f[key] as Form[K][number][]).map((item, i) => (i === index ? { ...item, ...patch } : item)) }));
  const removeItem = (key: 'variants' | 'testCases' | 'criteria', index: number) =>
    setForm((f) => ({ ...f, [key]: (f[key] as unknown[]).filter((_, i) => i !== index) }));

  const weightTotal = form.criteria.reduce((sum, c) => sum + (Number.isFinite(Number(c.weight)) ? Number(c.weight) : 0), 0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = questionFormSchema.safeParse(form);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join('.');
        if (!(key in next)) next[key] = issueText(issue);
      }
      setErrors(next);
      const first = Object.keys(next)[0];
      const target = first ? event.currentTarget.querySelector<HTMLElement>(`[data-field="${first}"], [name="${first}"]`) : null;
      target?.focus();
      return;
    }
    setErrors({});
    onSave(parsed.data);
  };

  const errorCount = Object.keys(errors).length;
  // The option lists change only with the language (a new `t`), not on every keystroke.
  const choices = useMemo(
    () => ({
      types: options(TYPES),
      difficulties: options(DIFFICULTIES),
      categories: QUESTION_CATEGORIES.map((value) => ({ value, label: t(`editor.categories.${value}`) })),
    }),
    [t],
  );
  return (
    <form className="form question-editor" noValidate onSubmit={submit}>
      <FormError message={serverError} />
      {errorCount > 0 ? <FormError title={t('editor.fixFields')} message={t('editor.problems', { count: errorCount })} /> : null}

      <TextAreaField
        label={t('editor.question')}
        name="question"
        rows={3}
        required
        value={form.question}
        error={errors.question}
        onChange={text('question')}
      />
      <div className="grid-3">
        <SelectField
          label={t('editor.type')}
          name="type"
          options={choices.types}
          value={form.type as string}
          error={errors.type}
          onChange={text('type')}
        />
        <SelectField
          label={t('editor.category')}
          name="category"
          options={choices.categories}
          value={form.category as string}
          error={errors.category}
          onChange={text('category')}
        />
        <SelectField
          label={t('editor.difficulty')}
          name="difficulty"
          options={choices.difficulties}
          value={form.difficulty as string}
          error={errors.difficulty}
          onChange={text('difficulty')}
        />
        <TextField
          label={t('editor.timeLimit')}
          name="timeLimitSeconds"
          inputMode="numeric"
          value={form.timeLimitSeconds as string}
          error={errors.timeLimitSeconds}
          onChange={text('timeLimitSeconds')}
        />
      </div>
      <div className="grid-2">
        <TextField
          label={t('editor.tags')}
          name="tags"
          hint={t('editor.commaSeparated')}
          value={form.tags as string}
          error={errors.tags}
          onChange={text('tags')}
        />
        <TextField
          label={t('editor.skills')}
          name="skills"
          hint={t('editor.commaSeparated')}
          value={form.skills as string}
          error={errors.skills}
          onChange={text('skills')}
        />
        <TextField
          label={t('editor.roles')}
          name="roles"
          hint={t('editor.rolesHint')}
          value={form.roles as string}
          error={errors.roles}
          onChange={text('roles')}
        />
        <TextField
          label={t('editor.techStack')}
          name="techStack"
          hint={t('editor.commaSeparated')}
          value={form.techStack as string}
          error={errors.techStack}
          onChange={text('techStack')}
        />
      </div>
      <TextAreaField
        label={t('editor.modelAnswer')}
        name="expectedAnswer"
        rows={5}
        value={form.expectedAnswer as string}
        error={errors.expectedAnswer}
        onChange={text('expectedAnswer')}
      />
      <TextAreaField
        label={t('editor.keyPoints')}
        name="keyPoints"
        rows={4}
        hint={t('editor.keyPointsHint')}
        value={form.keyPoints as string}
        error={errors.keyPoints}
        onChange={text('keyPoints')}
      />

      <fieldset className="editor-group">
        <legend>{t('editor.variants')}</legend>
        {form.variants.length === 0 ? <p className="muted small">{t('editor.noVariants')}</p> : null}
        {form.variants.map((v, i) => (
          <div key={i} className="editor-row">
            <TextField
              label={t('editor.variant', { number: i + 1 })}
              name={`variants.${i}.question`}
              value={v.question}
              error={errors[`variants.${i}.question`]}
              onChange={(e) => updateItem('variants', i, { question: e.target.value })}
            />
            <SelectField
              label={t('editor.difficulty')}
              name={`variants.${i}.difficulty`}
              value={v.difficulty}
              options={[{ value: '', label: t('editor.sameDifficulty') }, ...choices.difficulties]}
              onChange={(e) => updateItem('variants', i, { difficulty: e.target.value as Form['variants'][number]['difficulty'] })}
            />
            <Button
              size="sm"
              variant="ghost"
              onClick={() => removeItem('variants', i)}
              aria-label={t('editor.removeVariant', { number: i + 1 })}
            >
              {t('editor.remove')}
            </Button>
          </div>
        ))}
        <Button size="sm" variant="secondary" onClick={() => set('variants', [...form.variants, { question: '', difficulty: '' }])}>
          {t('editor.addVariant')}
        </Button>
      </fieldset>

      <fieldset className="editor-group" data-field="criteria" tabIndex={-1} aria-describedby="criteria-total">
        <legend>{t('editor.criteria')}</legend>
        {form.criteria.map((c, i) => (
          <div key={i} className="editor-row">
            <TextField
              label={t('editor.criterion', { number: i + 1 })}
              name={`criteria.${i}.criterion`}
              value={c.criterion}
              error={errors[`criteria.${i}.criterion`]}
              onChange={(e) => updateItem('criteria', i, { criterion: e.target.value })}
            />
            <TextField
              label={t('editor.weight')}
              name={`criteria.${i}.weight`}
              inputMode="decimal"
              value={c.weight}
              error={errors[`criteria.${i}.weight`]}
              onChange={(e) => updateItem('criteria', i, { weight: e.target.value })}
              className="field--narrow"
            />
            <TextField
              label={t('editor.description')}
              name={`criteria.${i}.description`}
              value={c.description}
              onChange={(e) => updateItem('criteria', i, { description: e.target.value })}
            />
            <Button
              size="sm"
              variant="ghost"
              onClick={() => removeItem('criteria', i)}
              aria-label={t('editor.removeCriterion', { number: i + 1 })}
            >
              {t('editor.remove')}
            </Button>
          </div>
        ))}
        <p
          id="criteria-total"
          className={`small ${form.criteria.length > 0 && Math.abs(weightTotal - 100) > 1e-9 ? 'field__error' : 'muted'}`}
          aria-live="polite"
        >
          {form.criteria.length === 0 ? t('editor.noCriteria') : t('editor.totalWeight', { total: Math.round(weightTotal * 100) / 100 })}
        </p>
        {errors.criteria ? (
          <p className="field__error" role="alert">
            {errors.criteria}
          </p>
        ) : null}
        <Button
          size="sm"
          variant="secondary"
          onClick={() => set('criteria', [...form.criteria, { criterion: '', weight: '', description: '' }])}
        >
          {t('editor.addCriterion')}
        </Button>
      </fieldset>

      {form.type === 'coding' || form.testCases.length > 0 ? (
        <fieldset className="editor-group">
          <legend>{t('editor.coding')}</legend>
          <TextField
            label={t('editor.functionName')}
            name="functionName"
            value={form.functionName as string}
            error={errors.functionName}
            onChange={text('functionName')}
          />
          <TextAreaField
            label={t('editor.starterCode')}
            name="starterCode"
            rows={4}
            className="mono"
            value={form.starterCode as string}
            onChange={text('starterCode')}
          />
          <TextAreaField
            label={t('editor.sampleSolution')}
            name="sampleCode"
            rows={4}
            className="mono"
            value={form.sampleCode as string}
            onChange={text('sampleCode')}
          />
          <h3 className="editor-subtitle">{t('editor.testCases')}</h3>
          {form.testCases.map((testCase, i) => (
            <div key={i} className="editor-row">
              <TextField
                label={t('editor.input', { number: i + 1 })}
                name={`testCases.${i}.input`}
                value={testCase.input}
                error={errors[`testCases.${i}.input`]}
                onChange={(e) => updateItem('testCases', i, { input: e.target.value })}
              />
              <TextField
                label={t('editor.expectedOutput')}
                name={`testCases.${i}.expectedOutput`}
                value={testCase.expectedOutput}
                error={errors[`testCases.${i}.expectedOutput`]}
                onChange={(e) => updateItem('testCases', i, { expectedOutput: e.target.value })}
              />
              <TextField
                label={t('editor.description')}
                name={`testCases.${i}.description`}
                value={testCase.description}
                onChange={(e) => updateItem('testCases', i, { description: e.target.value })}
              />
              <Button
                size="sm"
                variant="ghost"
                onClick={() => removeItem('testCases', i)}
                aria-label={t('editor.removeTestCase', { number: i + 1 })}
              >
                {t('editor.remove')}
              </Button>
            </div>
          ))}
          <Button
            size="sm"
            variant="secondary"
            onClick={() => set('testCases', [...form.testCases, { input: '[]', expectedOutput: 'null', description: '' }])}
          >
            {t('editor.addTestCase')}
          </Button>
        </fieldset>
      ) : null}

      <label className="checkbox">
        <input type="checkbox" name="isActive" checked={form.isActive as boolean} onChange={(e) => set('isActive', e.target.checked)} />{' '}
        {t('editor.active')}
      </label>
      <div className="form__actions">
        <Button type="submit" isLoading={isSaving}>
          {t('editor.save')}
        </Button>
      </div>
    </form>
  );
}
