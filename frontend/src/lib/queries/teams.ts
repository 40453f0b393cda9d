import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';

export type Team = components['schemas']['Team'];

/** Enrolled teams (a decision enrols one): every key starts with 'teams'. */
export const teamKeys = {
  all: ['teams'] as const,
  list: (collaborativeId: string) => [...teamKeys.all, 'list', collaborativeId] as const,
  detail: (teamId: string) => [...teamKeys.all, 'detail', teamId] as const,
};

export const teamQueries = {
  /** Faculty and admins get every enrolled team; members of an enrolled organisation their own. */
  list: (collaborativeId: string) =>
    queryOptions({
      queryKey: teamKeys.list(collaborativeId),
      queryFn: () =>
        request(
          api.GET('/api/collaboratives/{collaborativeId}/teams', { params: { path: { collaborativeId }, query: { size: 100 } } }),
        ),
    }),
  detail: (teamId: string) =>
    queryOptions({
      queryKey: teamKeys.detail(teamId),
      queryFn: () => request(api.GET('/api/teams/{teamId}', { params: { path: { teamId } } })),
    }),
};

export const useTeams = (collaborativeId: string) => useQuery(teamQueries.list(collaborativeId));

export const useTeam = (teamId: string) => useQuery(teamQueries.detail(teamId));
