import { QueryClient } from '@tanstack/react-query';

import { isApiError } from './api/problem';

/** Retries network failures and 5xx once; a 4xx answer will not change by asking again. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => !(isApiError(error) && error.status < 500) && failureCount < 1,
      },
      mutations: { retry: false },
    },
  });
}
