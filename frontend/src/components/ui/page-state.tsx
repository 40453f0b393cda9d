import type { ReactNode } from 'react';

import { NotAllowed } from '@/components/errors/not-allowed';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/layouts/page';
import { isApiError } from '@/lib/api/problem';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

/** What PageState and QueryState need of a query (TanStack Query's result has it). */
export interface QueryLike {
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface QueryStateProps {
  query: QueryLike;
  /** What is being loaded, e.g. "the attendance sheet": "Loading the attendance sheet…". */
  what: string;
  /** Overrides "Loading {what}…". */
  loading?: string;
  /** Overrides "{What} could not be loaded". */
  failed?: string;
}

/** A part of a page whose data is not there yet: loading, or what failed with "Try again". */
export function QueryState({ query, what, loading, failed }: QueryStateProps) {
  if (query.isError) {
    return (
      <ErrorState
        title={failed ?? `${capital(what)} could not be loaded`}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return <LoadingState label={loading ?? `Loading ${what}…`} />;
}

interface ListStateProps<T> extends QueryStateProps {
  query: QueryLike & { isPending: boolean; data?: { items: T[] } };
  /** Shown when the list has no item (usually an EmptyState). */
  empty: ReactNode;
  /** The list, once it has items. */
  children: (items: T[]) => ReactNode;
}

/** A list that may not be there yet: loading or failed (as QueryState), empty, or its items. */
export function ListState<T>({ query, empty, children, ...state }: ListStateProps<T>) {
  if (query.isPending || query.isError || !query.data) return <QueryState query={query} {...state} />;
  return <>{query.data.items.length === 0 ? empty : children(query.data.items)}</>;
}

interface PageStateProps extends Partial<QueryStateProps> {
  /** The page's title while its data is not there. */
  title?: string;
  before?: ReactNode;
  /** A 404 means "{notFound} does not exist, or you may not see it" (e.g. "This call"). */
  notFound?: string;
  /** The person may not open the page: why (shown instead of anything else). */
  notAllowed?: string;
}

/**
 * A page that cannot show its data (yet): loading, not found (404), not allowed, or failed with
 * "Try again". Pages return it until their query has data:
 * `if (!query.data) return <PageState query={query} title="Call" what="the call" notFound="This call" />;`
 */
export function PageState({
  query,
  title = '',
  before,
  what = 'the page',
  loading,
  failed,
  notFound,
  notAllowed,
}: PageStateProps) {
  if (notAllowed) return <NotAllowed reason={notAllowed} />;
  if (query?.isError && notFound && isApiError(query.error, 404)) return <NotFound what={notFound} />;
  return (
    <Page title={title} before={before}>
      {query && <QueryState query={query} what={what} loading={loading} failed={failed} />}
    </Page>
  );
}
