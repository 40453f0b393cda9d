import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { collaborativeKeys } from './keys';

export type PhaseTransition = components['schemas']['PhaseTransition'];

export const getPhaseTransitionsQueryOptions = (collaborativeId: string) =>
  queryOptions({
    queryKey: collaborativeKeys.transitions(collaborativeId),
    queryFn: () =>
      request(
        api.GET('/api/collaboratives/{collaborativeId}/phase-transitions', {
          params: { path: { collaborativeId }, query: { size: 100 } },
        }),
      ),
  });

export const usePhaseTransitions = (collaborativeId: string) => useQuery(getPhaseTransitionsQueryOptions(collaborativeId));
