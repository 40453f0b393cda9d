import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import { metricKeys } from './keys';

/**
 * One team's run chart of every measure (faculty also get the pooled series to compare): the run
 * chart's median and rules, whatever the API's default analysis of each measure type.
 */
export const getTeamRunCharts = (collaborativeId: string, organizationId: string, baseline: number) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/run-charts', {
      params: { path: { collaborativeId }, query: { organizationId, baseline, chart: 'run' } },
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
