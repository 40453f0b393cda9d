import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { metricKeys } from './keys';

export type OverdueMetric = components['schemas']['OverdueMetric'];

export const OVERDUE_PAGE_SIZE = 20;

/** The values due and not reported yet, longest overdue first; `page` from 0. */
export const getOverdue = (collaborativeId: string, page: number) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/overdue-metrics', {
      params: { path: { collaborativeId }, query: { page, size: OVERDUE_PAGE_SIZE } },
    }),
  );

export const useOverdue = (collaborativeId: string, page: number) =>
  useQuery(
    queryOptions({
      queryKey: metricKeys.overdue(collaborativeId, { page }),
      queryFn: () => getOverdue(collaborativeId, page),
      placeholderData: keepPreviousData,
    }),
  );
