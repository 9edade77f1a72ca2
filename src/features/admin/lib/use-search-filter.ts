import { useEffect, useState } from 'react';

/**
 * A list filter with a debounced free-text search and a page number: changing the search (after
 * 300 ms) or any other filter value goes back to the first page.
 */
export function useSearchFilter<F extends { search: string; page: number }>(initial: F) {
  const [search, setSearch] = useState(initial.search);
  const [filter, setFilter] = useState<F>(initial);

  useEffect(() => {
    const handle = window.setTimeout(
      () => setFilter((f) => (f.search === search.trim() ? f : { ...f, search: search.trim(), page: 0 })),
      300,
    );
    return () => window.clearTimeout(handle);
  }, [search]);

  /** Sets one filter value and goes back to the first page. */
  const setValue = <K extends Exclude<keyof F, 'search' | 'page'>>(key: K, value: F[K]) =>
    setFilter((f) => ({ ...f, [key]: value, page: 0 }));
  const setPage = (update: (page: number) => number) => setFilter((f) => ({ ...f, page: update(f.page) }));

  return { search, setSearch, filter, setValue, setPage };
}
