import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';

export type Team = components['schemas']['Team'];

/** Enrolled teams (a decision enrols one): every key starts with 'teams'. */
export const teamKeys = {
  all: ['teams'] as const,
  list: (collaborativeId: string) => [...teamKeys.all, 'list', collaborativeId] as const,
  /** Every page of the list (under `list`: what invalidates the list invalidates it too). */
  every: (collaborativeId: string) => [...teamKeys.list(collaborativeId), 'every'] as const,
  detail: (teamId: string) => [...teamKeys.all, 'detail', teamId] as const,
};

/** The most teams a page of the list holds (the API's maximum). */
const MAX_PAGE_SIZE = 100;

const teamsPage = (collaborativeId: string, page: number) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/teams', {
      params: { path: { collaborativeId }, query: { page, size: MAX_PAGE_SIZE } },
    }),
  );

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
  /**
   * Every enrolled team, by organisation name, however many pages of 100 they fill (the first page
   * says how many there are; the others are asked for together): for pickers that must offer each.
   */
  every: (collaborativeId: string) =>
    queryOptions({
      queryKey: teamKeys.every(collaborativeId),
      queryFn: async (): Promise<Team[]> => {
        const first = await teamsPage(collaborativeId, 0);
        const pages = Math.ceil(first.total / MAX_PAGE_SIZE);
        const rest = await Promise.all(
          Array.from({ length: Math.max(pages - 1, 0) }, (_, i) => teamsPage(collaborativeId, i + 1)),
        );
        return [first, ...rest].flatMap((p) => p.items);
      },
    }),
  detail: (teamId: string) =>
    queryOptions({
      queryKey: teamKeys.detail(teamId),
      queryFn: () => request(api.GET('/api/teams/{teamId}', { params: { path: { teamId } } })),
    }),
};

export const useTeams = (collaborativeId: string) => useQuery(teamQueries.list(collaborativeId));

/** Every enrolled team (see `teamQueries.every`); nothing is asked while `enabled` is false. */
export const useEveryTeam = (collaborativeId: string, enabled = true) =>
  useQuery({ ...teamQueries.every(collaborativeId), enabled });

export const useTeam = (teamId: string) => useQuery(teamQueries.detail(teamId));
