import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { ApiError, isApiError } from '@/lib/api/problem';
import { request, suggestedFileName } from '@/lib/api/request';
import { libraryKeys } from './keys';

export interface UsageParams {
  from?: string;
  to?: string;
}

/** A community's usage report, month by month, with totals (its stewards). */
export const useCommunityUsage = (collaborativeId: string, params: UsageParams) =>
  useQuery(
    queryOptions({
      queryKey: libraryKeys.usage(collaborativeId, params),
      queryFn: () =>
        request(
          api.GET('/api/collaboratives/{collaborativeId}/community-usage', {
            params: { path: { collaborativeId }, query: params },
          }),
        ),
      placeholderData: keepPreviousData,
      retry: (count, error) => !isApiError(error, 404) && !isApiError(error, 403) && count < 2,
    }),
  );

/** The same report as CSV, fetched with the bearer token. */
export async function exportUsage(collaborativeId: string, params: UsageParams): Promise<{ blob: Blob; fileName: string }> {
  const { data, error, response } = await api.GET('/api/collaboratives/{collaborativeId}/community-usage/export', {
    params: { path: { collaborativeId }, query: params },
    parseAs: 'blob',
  });
  if (!response.ok) throw new ApiError(response.status, error);
  return { blob: data as Blob, fileName: suggestedFileName(response, 'community-usage.csv') };
}
