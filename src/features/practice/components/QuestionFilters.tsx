import { useEffect, useState } from 'react';
import { Button } from '@/components/Button';
import { SelectField } from '@/components/SelectField';
import { TextField } from '@/components/TextField';
import { label } from '@/features/interview';
import { CATEGORIES, DIFFICULTIES, QUESTION_TYPES, type BankFilters } from '../api/list-bank-questions';
import { useT } from '../i18n';

type Props = { filters: BankFilters; onChange: (next: Partial<BankFilters>) => void; onReset: () => void };

/** Search box + type/category/difficulty/tag filters. Text inputs apply after a short pause. */
export function QuestionFilters({ filters, onChange, onReset }: Props) {
  const { t } = useT();
  const typeOptions = [{ value: '', label: t('filters.allTypes') }, ...QUESTION_TYPES.map((value) => ({ value, label: label(value) }))];
  const categoryOptions = [
    { value: '', label: t('filters.allCategories') },
    ...CATEGORIES.map((value) => ({ value, label: t(`categories.${value}`) })),
  ];
  const difficultyOptions = [
    { value: '', label: t('filters.anyDifficulty') },
    ...DIFFICULTIES.map((value) => ({ value, label: label(value) })),
  ];
  const [search, setSearch] = useState(filters.search ?? '');
  const [tag, setTag] = useState(filters.tag ?? '');

  // Filters changed from outside (reset, back/forward): show them (adjusted while rendering, not in an effect).
  const [shownSearch, setShownSearch] = useState(filters.search);
  const [shownTag, setShownTag] = useState(filters.tag);
  if (shownSearch !== filters.search) {
    setShownSearch(filters.search);
    setSearch(filters.search ?? '');
  }
  if (shownTag !== filters.tag) {
    setShownTag(filters.tag);
    setTag(filters.tag ?? '');
  }

  useEffect(() => {
    const handle = window.setTimeout(() => {
      if ((filters.search ?? '') !== search.trim() || (filters.tag ?? '') !== tag.trim()) {
        onChange({ search: search.trim() || undefined, tag: tag.trim() || undefined });
      }
    }, 300);
    return () => window.clearTimeout(handle);
  }, [search, tag, filters.search, filters.tag, onChange]);

  return (
    <form className="filters" role="search" aria-label={t('filters.label')} onSubmit={(event) => event.preventDefault()}>
      <TextField
        label={t('filters.search')}
        name="search"
        type="search"
        value={search}
        placeholder={t('filters.searchPlaceholder')}
        onChange={(e) => setSearch(e.target.value)}
      />
      <SelectField
        label={t('filters.type')}
        name="type"
        options={typeOptions}
        value={filters.type ?? ''}
        onChange={(e) => onChange({ type: (e.target.value || undefined) as BankFilters['type'] })}
      />
      <SelectField
        label={t('filters.category')}
        name="category"
        options={categoryOptions}
        value={filters.category ?? ''}
        onChange={(e) => onChange({ category: (e.target.value || undefined) as BankFilters['category'] })}
      />
      <SelectField
        label={t('filters.difficulty')}
        name="difficulty"
        options={difficultyOptions}
        value={filters.difficulty ?? ''}
        onChange={(e) => onChange({ difficulty: (e.target.value || undefined) as BankFilters['difficulty'] })}
      />
      <TextField
        label={t('filters.tag')}
        name="tag"
        value={tag}
        placeholder={t('filters.tagPlaceholder')}
        onChange={(e) => setTag(e.target.value)}
      />
      {filters.skill ? (
        <p className="filters__skill">
          <span>
            {t('filters.skill')} <strong>{filters.skill}</strong>
          </span>
          <Button variant="ghost" size="sm" onClick={() => onChange({ skill: undefined })}>
            {t('filters.allSkills')}
          </Button>
        </p>
      ) : null}
      <div className="filters__actions">
        <Button variant="ghost" onClick={onReset}>
          {t('filters.clear')}
        </Button>
      </div>
    </form>
  );
}
