import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import { teamKeys } from './keys';

/** The collaborative's title and places, for the roster page's heading. */
export const getCollaborative = (collaborativeId: string) =>
  request(api.GET('/api/collaboratives/{collaborativeId}', { params: { path: { collaborativeId } } }));

export const useTeamsCollaborative = (collaborativeId: string) =>
  useQuery(queryOptions({ queryKey: teamKeys.collaborative(collaborativeId), queryFn: () => getCollaborative(collaborativeId) }));
