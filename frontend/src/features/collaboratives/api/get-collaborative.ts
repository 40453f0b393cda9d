import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api/client';
import { requestVersioned } from '@/lib/api/request';
import { collaborativeKeys } from './keys';

/** The collaborative with its ETag (If-Match of updates and phase moves). */
export const getCollaborative = (collaborativeId: string) =>
  requestVersioned(api.GET('/api/collaboratives/{collaborativeId}', { params: { path: { collaborativeId } } }));

export const getCollaborativeQueryOptions = (collaborativeId: string) =>
  queryOptions({
    queryKey: collaborativeKeys.detail(collaborativeId),
    queryFn: () => getCollaborative(collaborativeId),
  });

export const useCollaborative = (collaborativeId: string) => useQuery(getCollaborativeQueryOptions(collaborativeId));
