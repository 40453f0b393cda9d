import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { applicationKeys } from './keys';

export type LearningSession = components['schemas']['LearningSession'];

/** The learning sessions the core team commits to attend. */
export const getLearningSessions = (collaborativeId: string) =>
  request(
    api.GET('/api/collaboratives/{collaborativeId}/learning-sessions', {
      params: { path: { collaborativeId }, query: { size: 100 } },
    }),
  );

export const useLearningSessions = (collaborativeId: string) =>
  useQuery(
    queryOptions({
      queryKey: applicationKeys.sessions(collaborativeId),
      queryFn: () => getLearningSessions(collaborativeId),
    }),
  );
