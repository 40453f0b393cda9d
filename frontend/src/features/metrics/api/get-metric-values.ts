import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { metricKeys } from './keys';

export type MetricValue = components['schemas']['MetricValue'];

export interface ValuesFilter {
  organizationId: string;
  from: string;
  to?: string;
}

/** One organisation's values over a range of periods (a grid's worth: one page of up to 1000). */
export const getMetricValues = (collaborativeId: string, filter: ValuesFilter) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/metric-values', {
      params: { path: { collaborativeId }, query: { ...filter, size: 1000 } },
    }),
  );

export const useMetricValues = (collaborativeId: string, filter: ValuesFilter, enabled = true) =>
  useQuery(
    queryOptions({
      queryKey: metricKeys.values(collaborativeId, filter),
      queryFn: () => getMetricValues(collaborativeId, filter),
      enabled,
    }),
  );
