import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import { callKeys } from './keys';

/** The collaborative (title, phase) for headings and for what may be scheduled. */
export const getCollaborative = (collaborativeId: string) =>
  request(api.GET('/api/collaboratives/{collaborativeId}', { params: { path: { collaborativeId } } }));

export const useCallsCollaborative = (collaborativeId: string) =>
  useQuery(queryOptions({ queryKey: callKeys.collaborative(collaborativeId), queryFn: () => getCollaborative(collaborativeId) }));

/** The collaborative's faculty: who may facilitate. */
export const getFaculty = (collaborativeId: string) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/faculty', { params: { path: { collaborativeId }, query: { size: 100 } } }),
  );

export const useCallsFaculty = (collaborativeId: string) =>
  useQuery(queryOptions({ queryKey: callKeys.faculty(collaborativeId), queryFn: () => getFaculty(collaborativeId) }));

/** The enrolled teams: a call's audience may be one of them. */
export const getTeams = (collaborativeId: string) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/teams', { params: { path: { collaborativeId }, query: { size: 100 } } }),
  );

export const useCallsTeams = (collaborativeId: string) =>
  useQuery(queryOptions({ queryKey: callKeys.teams(collaborativeId), queryFn: () => getTeams(collaborativeId) }));
