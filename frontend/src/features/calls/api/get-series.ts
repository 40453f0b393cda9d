import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { callKeys } from '@/lib/queries/calls';

export type CallSeries = components['schemas']['CallSeries'];

/** A series with its rule and all its calls, and its ETag. */
export const getSeries = (seriesId: string) =>
  requestVersioned(api.GET('/api/call-series/{seriesId}', { params: { path: { seriesId } } }));

export const useSeries = (seriesId: string | undefined) =>
  useQuery(
    queryOptions({ queryKey: callKeys.series(seriesId ?? ''), queryFn: () => getSeries(seriesId!), enabled: Boolean(seriesId) }),
  );
