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
export type TeamSignals = components['schemas']['TeamSignals'];

/**
 * Which teams' points the answer carries: those named (a chosen team, a page of small multiples),
 * none (the pooled series and every team's signals alone), or every team's (the default); and
 * which teams the pool counts (`cohort`).
 */
export type TeamSelection = { team?: string[]; teamSeries?: 'all' | 'none'; cohort?: 'reporting' | 'complete' };

/**
 * A measure over time: the series of the teams asked for (every visible team's by default), the
 * pooled one (faculty) and each team's signals, with the analysis asked for (a run chart, or a
 * control chart with its centre line, limits and special causes).
 */
export const getRunChart = (
  collaborativeId: string,
  measureId: string,
  baseline: number,
  chart: ChartKind = 'run',
  teams: TeamSelection = {},
) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/measures/{measureId}/run-chart', {
      params: { path: { collaborativeId, measureId }, query: { baseline, chart, ...teams } },
    }),
  );

export const useRunChart = (
  collaborativeId: string,
  measureId: string | undefined,
  baseline: number,
  chart: ChartKind = 'run',
  teams: TeamSelection = {},
  enabled = true,
) =>
  useQuery(
    queryOptions({
      queryKey: metricKeys.runChart(collaborativeId, measureId ?? '', baseline, chart, teams),
      queryFn: () => getRunChart(collaborativeId, measureId!, baseline, chart, teams),
      enabled: enabled && !!measureId,
      placeholderData: keepPreviousData,
    }),
  );
