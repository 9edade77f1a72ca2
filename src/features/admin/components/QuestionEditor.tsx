import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { FormError } from '@/components/FormError';
import { SelectField } from '@/components/SelectField';
import { TextAreaField } from '@/components/TextAreaField';
import { TextField } from '@/components/TextField';
import type { FullQuestion } from '../api/get-question';
import { questionFormSchema, type QuestionFormInput, type QuestionFormOutput } from '../api/save-question';
import { QUESTION_CATEGORIES } from '@/lib/practice-links';

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

const TYPES = [
  { value: 'technical', label: 'Technical' },
  { value: 'behavioral', label: 'Behavioral' },
  { value: 'coding', label: 'Coding' },
  { value: 'system_design', label: 'System design' },
];
const CATEGORIES = QUESTION_CATEGORIES.map((v) => ({ value: v, label: v.charAt(0).toUpperCase() + v.slice(1) }));
const DIFFICULTIES = [
  { value: 'easy', label: 'Easy' },
  { value: 'medium', label: 'Medium' },
  { value: 'hard', label: 'Hard' },
];

type Props = {
  initial?: FullQuestion | undefined;
  isSaving: boolean;
  serverError?: string | null | undefined;
  onSave: (values: QuestionFormOutput) => void;
};

/** Create/edit a bank question: variants, key points, test cases, weighted criteria (sum to 100), tags. */
export function QuestionEditor({ initial, isSaving, serverError, onSave }: Props) {
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
        if (!(key in next)) next[key] = issue.message;
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
  return (
    <form className="form question-editor" noValidate onSubmit={submit}>
      <FormError message={serverError} />
      {errorCount > 0 ? (
        <FormError title="Please fix the highlighted fields" message={`${errorCount} problem${errorCount === 1 ? '' : 's'} found.`} />
      ) : null}

      <TextAreaField
        label="Question"
        name="question"
        rows={3}
        required
        value={form.question}
        error={errors.question}
        onChange={text('question')}
      />
      <div className="grid-3">
        <SelectField label="Type" name="type" options={TYPES} value={form.type as string} error={errors.type} onChange={text('type')} />
        <SelectField
          label="Category"
          name="category"
          options={CATEGORIES}
          value={form.category as string}
          error={errors.category}
          onChange={text('category')}
        />
        <SelectField
          label="Difficulty"
          name="difficulty"
          options={DIFFICULTIES}
          value={form.difficulty as string}
          error={errors.difficulty}
          onChange={text('difficulty')}
        />
        <TextField
          label="Time limit (seconds)"
          name="timeLimitSeconds"
          inputMode="numeric"
          value={form.timeLimitSeconds as string}
          error={errors.timeLimitSeconds}
          onChange={text('timeLimitSeconds')}
        />
      </div>
      <div className="grid-2">
        <TextField
          label="Tags"
          name="tags"
          hint="Comma-separated"
          value={form.tags as string}
          error={errors.tags}
          onChange={text('tags')}
        />
        <TextField
          label="Skills"
          name="skills"
          hint="Comma-separated"
          value={form.skills as string}
          error={errors.skills}
          onChange={text('skills')}
        />
        <TextField
          label="Roles"
          name="roles"
          hint="Comma-separated, e.g. frontend engineer"
          value={form.roles as string}
          error={errors.roles}
          onChange={text('roles')}
        />
        <TextField
          label="Tech stack"
          name="techStack"
          hint="Comma-separated"
          value={form.techStack as string}
          error={errors.techStack}
          onChange={text('techStack')}
        />
      </div>
      <TextAreaField
        label="Model answer"
        name="expectedAnswer"
        rows={5}
        value={form.expectedAnswer as string}
        error={errors.expectedAnswer}
        onChange={text('expectedAnswer')}
      />
      <TextAreaField
        label="Key points"
        name="keyPoints"
        rows={4}
        hint="One per line; answers are checked for each."
        value={form.keyPoints as string}
        error={errors.keyPoints}
        onChange={text('keyPoints')}
      />

      <fieldset className="editor-group">
        <legend>Variants</legend>
        {form.variants.length === 0 ? (
          <p className="muted small">No variants. Variants are alternative phrasings used to avoid repeats.</p>
        ) : null}
        {form.variants.map((v, i) => (
          <div key={i} className="editor-row">
            <TextField
              label={`Variant ${i + 1}`}
              name={`variants.${i}.question`}
              value={v.question}
              error={errors[`variants.${i}.question`]}
              onChange={(e) => updateItem('variants', i, { question: e.target.value })}
            />
            <SelectField
              label="Difficulty"
              name={`variants.${i}.difficulty`}
              value={v.difficulty}
              options={[{ value: '', label: 'Same as question' }, ...DIFFICULTIES]}
              onChange={(e) => updateItem('variants', i, { difficulty: e.target.value as Form['variants'][number]['difficulty'] })}
            />
            <Button size="sm" variant="ghost" onClick={() => removeItem('variants', i)} aria-label={`Remove variant ${i + 1}`}>
              Remove
            </Button>
          </div>
        ))}
        <Button size="sm" variant="secondary" onClick={() => set('variants', [...form.variants, { question: '', difficulty: '' }])}>
          Add variant
        </Button>
      </fieldset>

      <fieldset className="editor-group" data-field="criteria" tabIndex={-1} aria-describedby="criteria-total">
        <legend>Weighted criteria</legend>
        {form.criteria.map((c, i) => (
          <div key={i} className="editor-row">
            <TextField
              label={`Criterion ${i + 1}`}
              name={`criteria.${i}.criterion`}
              value={c.criterion}
              error={errors[`criteria.${i}.criterion`]}
              onChange={(e) => updateItem('criteria', i, { criterion: e.target.value })}
            />
            <TextField
              label="Weight (%)"
              name={`criteria.${i}.weight`}
              inputMode="decimal"
              value={c.weight}
              error={errors[`criteria.${i}.weight`]}
              onChange={(e) => updateItem('criteria', i, { weight: e.target.value })}
              className="field--narrow"
            />
            <TextField
              label="Description"
              name={`criteria.${i}.description`}
              value={c.description}
              onChange={(e) => updateItem('criteria', i, { description: e.target.value })}
            />
            <Button size="sm" variant="ghost" onClick={() => removeItem('criteria', i)} aria-label={`Remove criterion ${i + 1}`}>
              Remove
            </Button>
          </div>
        ))}
        <p
          id="criteria-total"
          className={`small ${form.criteria.length > 0 && Math.abs(weightTotal - 100) > 1e-9 ? 'field__error' : 'muted'}`}
          aria-live="polite"
        >
          {form.criteria.length === 0
            ? 'No criteria: the default rubric for the question type is used.'
            : `Total weight: ${Math.round(weightTotal * 100) / 100} of 100.`}
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
          Add criterion
        </Button>
      </fieldset>

      {form.type === 'coding' || form.testCases.length > 0 ? (
        <fieldset className="editor-group">
          <legend>Coding</legend>
          <TextField
            label="Function name"
            name="functionName"
            value={form.functionName as string}
            error={errors.functionName}
            onChange={text('functionName')}
          />
          <TextAreaField
            label="Starter code"
            name="starterCode"
            rows={4}
            className="mono"
            value={form.starterCode as string}
            onChange={text('starterCode')}
          />
          <TextAreaField
            label="Sample solution"
            name="sampleCode"
            rows={4}
            className="mono"
            value={form.sampleCode as string}
            onChange={text('sampleCode')}
          />
          <h3 className="editor-subtitle">Test cases</h3>
          {form.testCases.map((t, i) => (
            <div key={i} className="editor-row">
              <TextField
                label={`Input ${i + 1} (JSON)`}
                name={`testCases.${i}.input`}
                value={t.input}
                error={errors[`testCases.${i}.input`]}
                onChange={(e) => updateItem('testCases', i, { input: e.target.value })}
              />
              <TextField
                label="Expected output (JSON)"
                name={`testCases.${i}.expectedOutput`}
                value={t.expectedOutput}
                error={errors[`testCases.${i}.expectedOutput`]}
                onChange={(e) => updateItem('testCases', i, { expectedOutput: e.target.value })}
              />
              <TextField
                label="Description"
                name={`testCases.${i}.description`}
                value={t.description}
                onChange={(e) => updateItem('testCases', i, { description: e.target.value })}
              />
              <Button size="sm" variant="ghost" onClick={() => removeItem('testCases', i)} aria-label={`Remove test case ${i + 1}`}>
                Remove
              </Button>
            </div>
          ))}
          <Button
            size="sm"
            variant="secondary"
            onClick={() => set('testCases', [...form.testCases, { input: '[]', expectedOutput: 'null', description: '' }])}
          >
            Add test case
          </Button>
        </fieldset>
      ) : null}

      <label className="checkbox">
        <input type="checkbox" name="isActive" checked={form.isActive as boolean} onChange={(e) => set('isActive', e.target.checked)} />{' '}
        Active (shown in the practice library and used in interviews)
      </label>
      <div className="form__actions">
        <Button type="submit" isLoading={isSaving}>
          Save question
        </Button>
      </div>
    </form>
  );
}
