import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import { teamKeys } from './keys';

export const getTeam = (teamId: string) => request(api.GET('/api/teams/{teamId}', { params: { path: { teamId } } }));

export const useTeam = (teamId: string) =>
  useQuery(queryOptions({ queryKey: teamKeys.detail(teamId), queryFn: () => getTeam(teamId) }));
