import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { teamKeys } from './keys';

export type Team = components['schemas']['Team'];

/** Faculty and admins see every enrolled team; members of an enrolled organisation their own. */
export const getTeams = (collaborativeId: string) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/teams', { params: { path: { collaborativeId }, query: { size: 100 } } }),
  );

export const useTeams = (collaborativeId: string) =>
  useQuery(queryOptions({ queryKey: teamKeys.list(collaborativeId), queryFn: () => getTeams(collaborativeId) }));
