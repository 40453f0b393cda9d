import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { metricKeys } from './keys';

export type Measure = components['schemas']['Measure'];
export type MeasureType = components['schemas']['MeasureType'];

/** The collaborative's Core Data Set, by key (a collaborative defines a few dozen at most). */
export const getMeasures = (collaborativeId: string) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/measures', { params: { path: { collaborativeId }, query: { size: 100 } } }),
  );

export const useMeasures = (collaborativeId: string) =>
  useQuery(queryOptions({ queryKey: metricKeys.measures(collaborativeId), queryFn: () => getMeasures(collaborativeId) }));
