import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { metricKeys } from './keys';

export type RunChart = components['schemas']['RunChart'];
export type RunChartSeries = components['schemas']['RunChartSeries'];
export type RunChartSignal = components['schemas']['RunChartSignal'];

/** A measure over time: every visible team's series, the pooled one (faculty), medians and signals. */
export const getRunChart = (collaborativeId: string, measureId: string, baseline: number) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/measures/{measureId}/run-chart', {
      params: { path: { collaborativeId, measureId }, query: { baseline } },
    }),
  );

export const useRunChart = (collaborativeId: string, measureId: string | undefined, baseline: number) =>
  useQuery(
    queryOptions({
      queryKey: metricKeys.runChart(collaborativeId, measureId ?? '', baseline),
      queryFn: () => getRunChart(collaborativeId, measureId!, baseline),
      enabled: !!measureId,
      placeholderData: keepPreviousData,
    }),
  );
