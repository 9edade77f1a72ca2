import { useEffect, useState } from 'react';
import { Button } from '@/components/Button';
import { SelectField } from '@/components/SelectField';
import { TextField } from '@/components/TextField';
import { CATEGORIES, DIFFICULTIES, QUESTION_TYPES, TYPE_LABELS, type BankFilters } from '../api/list-bank-questions';

const capitalise = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
const TYPE_OPTIONS = [{ value: '', label: 'All types' }, ...QUESTION_TYPES.map((value) => ({ value, label: TYPE_LABELS[value] }))];
const CATEGORY_OPTIONS = [{ value: '', label: 'All categories' }, ...CATEGORIES.map((value) => ({ value, label: capitalise(value) }))];
const DIFFICULTY_OPTIONS = [{ value: '', label: 'Any difficulty' }, ...DIFFICULTIES.map((value) => ({ value, label: capitalise(value) }))];

type Props = { filters: BankFilters; onChange: (next: Partial<BankFilters>) => void; onReset: () => void };

/** Search box + type/category/difficulty/tag filters. Text inputs apply after a short pause. */
export function QuestionFilters({ filters, onChange, onReset }: Props) {
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
    <form className="filters" role="search" aria-label="Filter questions" onSubmit={(event) => event.preventDefault()}>
      <TextField
        label="Search"
        name="search"
        type="search"
        value={search}
        placeholder="e.g. closures, conflict"
        onChange={(e) => setSearch(e.target.value)}
      />
      <SelectField
        label="Type"
        name="type"
        options={TYPE_OPTIONS}
        value={filters.type ?? ''}
        onChange={(e) => onChange({ type: (e.target.value || undefined) as BankFilters['type'] })}
      />
      <SelectField
        label="Category"
        name="category"
        options={CATEGORY_OPTIONS}
        value={filters.category ?? ''}
        onChange={(e) => onChange({ category: (e.target.value || undefined) as BankFilters['category'] })}
      />
      <SelectField
        label="Difficulty"
        name="difficulty"
        options={DIFFICULTY_OPTIONS}
        value={filters.difficulty ?? ''}
        onChange={(e) => onChange({ difficulty: (e.target.value || undefined) as BankFilters['difficulty'] })}
      />
      <TextField label="Tag" name="tag" value={tag} placeholder="e.g. react" onChange={(e) => setTag(e.target.value)} />
      {filters.skill ? (
        <p className="filters__skill">
          <span>
            Skill: <strong>{filters.skill}</strong>
          </span>
          <Button variant="ghost" size="sm" onClick={() => onChange({ skill: undefined })}>
            Show all skills
          </Button>
        </p>
      ) : null}
      <div className="filters__actions">
        <Button variant="ghost" onClick={onReset}>
          Clear filters
        </Button>
      </div>
    </form>
  );
}
