import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { request } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { applicationKeys } from './keys';

export type Collaborative = components['schemas']['Collaborative'];

/** The collaborative applied to: its window, its capacity and places left. */
export const getCollaborative = (collaborativeId: string) =>
  request(api.GET('/api/collaboratives/{collaborativeId}', { params: { path: { collaborativeId } } }));

export const useApplicationCollaborative = (collaborativeId: string | undefined) =>
  useQuery(
    queryOptions({
      queryKey: applicationKeys.collaborative(collaborativeId ?? ''),
      queryFn: () => getCollaborative(collaborativeId ?? ''),
      enabled: !!collaborativeId,
    }),
  );
