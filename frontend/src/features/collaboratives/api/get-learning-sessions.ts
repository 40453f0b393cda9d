import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { collaborativeKeys } from './keys';

export type LearningSession = components['schemas']['LearningSession'];

export const getLearningSessionsQueryOptions = (collaborativeId: string) =>
  queryOptions({
    queryKey: collaborativeKeys.sessions(collaborativeId),
    queryFn: () =>
      request(
        api.GET('/api/collaboratives/{collaborativeId}/learning-sessions', {
          params: { path: { collaborativeId }, query: { size: 100 } },
        }),
      ),
  });

export const useLearningSessions = (collaborativeId: string) => useQuery(getLearningSessionsQueryOptions(collaborativeId));
