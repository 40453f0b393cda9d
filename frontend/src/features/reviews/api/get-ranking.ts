import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { applicationKeys } from '@/lib/queries/applications';

export type ApplicationRank = components['schemas']['ApplicationRank'];

/** The collaborative's applicants by mean review score, the criteria side by side. */
export const getRanking = (collaborativeId: string, page: number, size: number) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/application-ranking', {
      params: { path: { collaborativeId }, query: { page, size } },
    }),
  );

export const RANKING_PAGE_SIZE = 25;

export const useRanking = (collaborativeId: string, page: number) =>
  useQuery(
    queryOptions({
      queryKey: applicationKeys.ranking(collaborativeId, page),
      queryFn: () => getRanking(collaborativeId, page, RANKING_PAGE_SIZE),
      placeholderData: keepPreviousData,
    }),
  );
