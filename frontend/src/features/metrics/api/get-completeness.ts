import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { metricKeys } from './keys';

export type MetricCompleteness = components['schemas']['MetricCompleteness'];
export type CompletenessState = components['schemas']['CompletenessState'];
export type CompletenessTeam = components['schemas']['CompletenessTeam'];

export interface CompletenessFilter {
  organizationId?: string;
  from?: string;
  to?: string;
}

/** Team × measure × period: reported, late, missing, locked or not due, with per-cell locks. */
export const getCompleteness = (collaborativeId: string, filter: CompletenessFilter) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/metric-completeness', {
      params: { path: { collaborativeId }, query: filter },
    }),
  );

export const useCompleteness = (collaborativeId: string, filter: CompletenessFilter, enabled = true) =>
  useQuery(
    queryOptions({
      queryKey: metricKeys.completeness(collaborativeId, filter),
      queryFn: () => getCompleteness(collaborativeId, filter),
      placeholderData: keepPreviousData,
      enabled,
    }),
  );
