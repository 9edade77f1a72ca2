import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { toUserMessage } from '@/lib/errors';
import { useT } from '../i18n';

/** Loading / error / empty / data for one panel of the admin console. */
export function QueryBlock<T>({
  query,
  label,
  isEmpty,
  empty,
  children,
}: {
  query: UseQueryResult<T>;
  label: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { t } = useT();
  if (query.isPending) return <LoadingState label={t('query.loading', { what: label })} />;
  if (query.isError)
    return (
      <ErrorState
        title={t('query.failed', { what: label })}
        message={toUserMessage(query.error)}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
      />
    );
  if (isEmpty?.(query.data)) return <p className="muted empty-note">{empty ?? t('query.empty')}</p>;
  return <>{children(query.data)}</>;
}
