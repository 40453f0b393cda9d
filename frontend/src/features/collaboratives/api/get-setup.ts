import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { collaborativeKeys } from '@/lib/queries/collaboratives';

export type CollaborativeSetup = components['schemas']['CollaborativeSetup'];
export type SetupItem = components['schemas']['SetupItem'];
export type SetupItemKey = components['schemas']['SetupItemKey'];
export type SetupIncompleteProblem = components['schemas']['SetupIncompleteProblem'];

/** What is still missing before each phase (admins and the collaborative's faculty). */
export const setupQuery = (collaborativeId: string) =>
  queryOptions({
    queryKey: collaborativeKeys.setup(collaborativeId),
    queryFn: () => request(api.GET('/api/collaboratives/{collaborativeId}/setup', { params: { path: { collaborativeId } } })),
  });

export const useSetup = (collaborativeId: string, enabled = true) => useQuery({ ...setupQuery(collaborativeId), enabled });
