import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request, requestVersioned } from '@/lib/api/request';
import type { components, operations } from '@/lib/api/schema';
import { withoutVersion } from './versioned';

export type Collaborative = components['schemas']['Collaborative'];
export type CollaborativesParams = NonNullable<operations['listCollaboratives']['parameters']['query']>;
export type FacultyAssignment = components['schemas']['FacultyAssignment'];
export type LearningSession = components['schemas']['LearningSession'];
export type PhaseTransition = components['schemas']['PhaseTransition'];

/**
 * A collaborative and what hangs off it, read by most features: one cache entry each, whichever
 * page reads it, so a change made on one page shows on every other. Every key starts with
 * 'collaboratives': `collaborativeKeys.all` refreshes them all.
 */
export const collaborativeKeys = {
  all: ['collaboratives'] as const,
  lists: () => [...collaborativeKeys.all, 'list'] as const,
  list: (params: CollaborativesParams) => [...collaborativeKeys.lists(), params] as const,
  detail: (id: string) => [...collaborativeKeys.all, 'detail', id] as const,
  transitions: (id: string) => [...collaborativeKeys.all, 'transitions', id] as const,
  faculty: (id: string) => [...collaborativeKeys.all, 'faculty', id] as const,
  sessions: (id: string) => [...collaborativeKeys.all, 'sessions', id] as const,
  session: (id: string, sessionId: string) => [...collaborativeKeys.all, 'session', id, sessionId] as const,
  readinessItems: (id: string) => [...collaborativeKeys.all, 'readiness-items', id] as const,
  setup: (id: string) => [...collaborativeKeys.all, 'setup', id] as const,
};

export const collaborativeQueries = {
  list: (params: CollaborativesParams) =>
    queryOptions({
      queryKey: collaborativeKeys.list(params),
      queryFn: () => request(api.GET('/api/collaboratives', { params: { query: params } })),
      placeholderData: keepPreviousData,
    }),
  /** With its ETag (If-Match of updates and phase moves); 404 for a draft the caller may not see. */
  detail: (collaborativeId: string) =>
    queryOptions({
      queryKey: collaborativeKeys.detail(collaborativeId),
      queryFn: () =>
        requestVersioned(api.GET('/api/collaboratives/{collaborativeId}', { params: { path: { collaborativeId } } })),
    }),
  transitions: (collaborativeId: string) =>
    queryOptions({
      queryKey: collaborativeKeys.transitions(collaborativeId),
      queryFn: () =>
        request(
          api.GET('/api/collaboratives/{collaborativeId}/phase-transitions', {
            params: { path: { collaborativeId }, query: { size: 100 } },
          }),
        ),
    }),
  /** Its faculty: who leads, who may facilitate a call or review an application. */
  faculty: (collaborativeId: string) =>
    queryOptions({
      queryKey: collaborativeKeys.faculty(collaborativeId),
      queryFn: () =>
        request(
          api.GET('/api/collaboratives/{collaborativeId}/faculty', {
            params: { path: { collaborativeId }, query: { size: 100 } },
          }),
        ),
    }),
  sessions: (collaborativeId: string) =>
    queryOptions({
      queryKey: collaborativeKeys.sessions(collaborativeId),
      queryFn: () =>
        request(
          api.GET('/api/collaboratives/{collaborativeId}/learning-sessions', {
            params: { path: { collaborativeId }, query: { size: 100 } },
          }),
        ),
    }),
};

/** The collaborative with its ETag, for the pages that change it. */
export const useVersionedCollaborative = (collaborativeId: string) => useQuery(collaborativeQueries.detail(collaborativeId));

/** The collaborative (title, phase, dates, places) for pages that only show it; absent id: not fetched. */
export const useCollaborative = (collaborativeId: string | undefined) =>
  useQuery({ ...collaborativeQueries.detail(collaborativeId ?? ''), select: withoutVersion, enabled: !!collaborativeId });

export const useCollaboratives = (params: CollaborativesParams, enabled = true) =>
  useQuery({ ...collaborativeQueries.list(params), enabled });

export const useFaculty = (collaborativeId: string) => useQuery(collaborativeQueries.faculty(collaborativeId));

export const useLearningSessions = (collaborativeId: string) => useQuery(collaborativeQueries.sessions(collaborativeId));
