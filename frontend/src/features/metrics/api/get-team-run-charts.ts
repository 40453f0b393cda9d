import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import { metricKeys } from './keys';

/** One team's run chart of every measure (faculty also get the pooled series to compare). */
export const getTeamRunCharts = (collaborativeId: string, organizationId: string, baseline: number) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/run-charts', {
      params: { path: { collaborativeId }, query: { organizationId, baseline } },
    }),
  );

export const useTeamRunCharts = (collaborativeId: string, organizationId: string, baseline: number) =>
  useQuery(
    queryOptions({
      queryKey: metricKeys.teamRunCharts(collaborativeId, organizationId, baseline),
      queryFn: () => getTeamRunCharts(collaborativeId, organizationId, baseline),
      placeholderData: keepPreviousData,
    }),
  );
