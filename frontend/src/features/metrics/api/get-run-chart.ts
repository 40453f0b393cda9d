import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { metricKeys } from './keys';

export type RunChart = components['schemas']['RunChart'];
export type RunChartSeries = components['schemas']['RunChartSeries'];
export type RunChartSignal = components['schemas']['RunChartSignal'];
export type ChartKind = NonNullable<RunChart['chart']>;
export type ChartRule = components['schemas']['ChartRule'];
export type ChartSignal = components['schemas']['ChartSignal'];

/**
 * A measure over time: every visible team's series, the pooled one (faculty), with the analysis
 * asked for (a run chart, or a control chart with its centre line, limits and special causes).
 */
export const getRunChart = (collaborativeId: string, measureId: string, baseline: number, chart: ChartKind = 'run') =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/measures/{measureId}/run-chart', {
      params: { path: { collaborativeId, measureId }, query: { baseline, chart } },
    }),
  );

export const useRunChart = (collaborativeId: string, measureId: string | undefined, baseline: number, chart: ChartKind = 'run') =>
  useQuery(
    queryOptions({
      queryKey: metricKeys.runChart(collaborativeId, measureId ?? '', baseline, chart),
      queryFn: () => getRunChart(collaborativeId, measureId!, baseline, chart),
      enabled: !!measureId,
      placeholderData: keepPreviousData,
    }),
  );
