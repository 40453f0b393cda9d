import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { metricKeys } from './keys';

export type PeriodUnlock = components['schemas']['PeriodUnlock'];

export const UNLOCKS_PAGE_SIZE = 20;

/** The unlocks granted in the collaborative, newest first; `page` from 0. */
export const getUnlocks = (collaborativeId: string, page: number) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/period-unlocks', {
      params: { path: { collaborativeId }, query: { page, size: UNLOCKS_PAGE_SIZE } },
    }),
  );

export const useUnlocks = (collaborativeId: string, page: number) =>
  useQuery(
    queryOptions({
      queryKey: metricKeys.unlocks(collaborativeId, { page }),
      queryFn: () => getUnlocks(collaborativeId, page),
      placeholderData: keepPreviousData,
    }),
  );
