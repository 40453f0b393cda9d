import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { metricKeys } from './keys';

export type Collaborative = components['schemas']['Collaborative'];

/** The collaborative's title, dates and phase, for the metrics pages' headings. */
export const getCollaborative = (collaborativeId: string) =>
  request(api.GET('/api/collaboratives/{collaborativeId}', { params: { path: { collaborativeId } } }));

export const useMetricsCollaborative = (collaborativeId: string) =>
  useQuery(
    queryOptions({ queryKey: metricKeys.collaborative(collaborativeId), queryFn: () => getCollaborative(collaborativeId) }),
  );
